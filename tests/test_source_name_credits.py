"""An alert e-mail's or aggregator's item: the headline right over its source's name alone
on a credit line, then a snippet (``title_scoring._before_date_or_byline``, held-out 99).
The headline outranks the alert's query above it; a source's name is shaped as one to four
capitalised words, so a dateline, an "Updated" line or a sentence is none."""

from __future__ import annotations

from pathlib import Path

from analysis.ingest.title_scoring import _SOURCE_NAME
from benchmarks.accuracy import read_one

HEADLINE = "Vietnam, Chile agree to double two-way farm trade by 2030"
SNIPPET = (
    "Foreign Minister Tran Quoc Hung and his Chilean counterpart agreed in Santiago on "
    "Wednesday to double two-way farm trade by 2030 and to open ..."
)


def _doc(tmp_path: Path, *lines: str):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_one(path)[0]


def test_source_name_shapes() -> None:
    assert _SOURCE_NAME.fullmatch("VnExpress International")
    assert _SOURCE_NAME.fullmatch("The Voice of Vietnam")
    assert not _SOURCE_NAME.fullmatch("Hanoi, May 5 (VNA) -")
    assert not _SOURCE_NAME.fullmatch("Updated May 5, 2024")
    assert not _SOURCE_NAME.fullmatch("The ministers met in Santiago on Wednesday")


def test_alert_item_headline_outranks_the_query(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "Google Alerts",
        "Vietnam trade minister",
        "Daily update ⋅ April 18, 2024",
        "NEWS",
        HEADLINE,
        "VnExpress International",
        SNIPPET,
        "Flag as irrelevant",
    )
    assert doc["title"] == HEADLINE


def test_headline_over_a_byline_and_dateline_stays(tmp_path: Path) -> None:
    doc = _doc(tmp_path, HEADLINE, "By Lan Chi", "Santiago, April 17 (VNA) - " + SNIPPET[:-4] + ".")
    assert doc["title"] == HEADLINE
    assert doc["author"] == "Lan Chi"
