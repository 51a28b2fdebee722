"""The headline of an RSS reader's entry stands right over its "host / by Name / 3h" line
(``title_scoring._host_byline``, held-out 99): that line counts as a byline for the line
above it, so the headline outranks the reader's feed-and-section line over it. A host line
with no writer gives nothing, and the usual "By Name" and dateline pages keep their
headlines."""

from __future__ import annotations

from pathlib import Path

from analysis.ingest.page_rules import load_rules, scoring_of
from analysis.ingest.title_scoring import _host_byline
from benchmarks.accuracy import read_one

TEXT = (
    "HÀ NỘI — Việt Nam and Chile agreed on Tuesday to speed up work on a farm trade "
    "agreement, including rules on fruit exports and the inspection of seafood."
)
MORE = "The two sides also discussed a shipping line that would link Valparaíso with Hải Phòng."
HEADLINE = "Việt Nam, Chile pledge faster farm trade talks"


def _doc(tmp_path: Path, *lines: str, url: str = "https://feedly.com/i/entry/abc123"):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_one(path, url)[0]


def test_host_byline_shapes() -> None:
    scoring = scoring_of(load_rules())
    assert _host_byline("vietnamnews.vn / by Lan Chi / 3h", scoring)
    assert _host_byline("eastasiaforum.org — Lan Chi", scoring)
    assert not _host_byline("hanoitimes.vn / by the numbers / 3h", scoring)
    assert not _host_byline("By Lan Chi", scoring)
    assert not _host_byline("Hanoi, May 5 (VNA) -", scoring)


def test_reader_entry_headline_outranks_the_feed_line(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "Viet Nam News – Politics & Laws",
        HEADLINE,
        "vietnamnews.vn / by Lan Chi / 3h",
        TEXT,
        MORE,
        "Visit Website",
    )
    assert doc["title"] == HEADLINE
    assert doc["author"] == "Lan Chi"


def test_usual_pages_keep_their_headlines(tmp_path: Path) -> None:
    doc = _doc(tmp_path, HEADLINE, "By Lan Chi", TEXT, MORE, url="")
    assert doc["title"] == HEADLINE
    doc = _doc(tmp_path, HEADLINE, "Updated May 5, 2024", "Hanoi, May 5 (VNA) - " + MORE, url="")
    assert doc["title"] == HEADLINE
