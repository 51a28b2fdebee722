"""An RSS reader's entry line under the headline, "host / by Name / 3h" (``host_bylines`` of
``data/header_scoring.yaml``, ``layout/reader_bylines.py``, held-out 99): the name is the
writer, the host and the entry's age are the reader's chrome. An Instapaper line, a "By"
byline, an agency dateline and a host line with no name keep their readings."""

from __future__ import annotations

from pathlib import Path

from benchmarks.accuracy import read_one

TEXT = (
    "HÀ NỘI — Việt Nam and Chile agreed on Tuesday to speed up work on a farm trade "
    "agreement, including rules on fruit exports and the inspection of seafood."
)
MORE = "The two sides also discussed a shipping line that would link Valparaíso with Hải Phòng."


def _doc(tmp_path: Path, *lines: str, url: str = "https://feedly.com/i/entry/abc123"):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc, paragraphs = read_one(path, url)
    return doc, paragraphs


def test_reader_entry_line_gives_the_writer(tmp_path: Path) -> None:
    for age in ("3h", "12 min", "2d", "Mar 4"):
        doc, paragraphs = _doc(
            tmp_path,
            "Viet Nam News – Politics & Laws",
            "Việt Nam, Chile pledge faster farm trade talks",
            f"vietnamnews.vn / by Lan Chi / {age}",
            TEXT,
            MORE,
            "Visit Website",
        )
        assert doc["author"] == "Lan Chi"
        bylines = paragraphs[paragraphs["kind"] == "byline"]["text"].tolist()
        assert bylines == ["Lan Chi"]


def test_instapaper_line_still_gives_the_writer(tmp_path: Path) -> None:
    doc, _ = _doc(
        tmp_path,
        "Việt Nam, Chile pledge faster farm trade talks",
        "eastasiaforum.org — Lan Chi",
        TEXT,
        MORE,
        url="",
    )
    assert doc["author"] == "Lan Chi"


def test_other_lines_keep_their_readings(tmp_path: Path) -> None:
    doc, _ = _doc(
        tmp_path,
        "Việt Nam, Chile pledge faster farm trade talks",
        "By Lan Chi",
        "Hanoi, May 5 (VNA) - " + TEXT,
        MORE,
        url="",
    )
    assert doc["author"] == "Lan Chi"
    doc, _ = _doc(
        tmp_path,
        "Việt Nam, Chile pledge faster farm trade talks",
        "hanoitimes.vn / by the numbers / 3h",
        TEXT,
        MORE,
    )
    assert doc["author"] == ""
