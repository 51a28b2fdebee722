"""Tests of ``analysis.ingest.cable_references``: a cable library's address ends with the
cable's reference, whose year dates a cable text that shows no date."""

from __future__ import annotations

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from analysis.core import schema
from analysis.ingest.cable_references import cable_reference_year
from analysis.ingest.corpus import build_documents, parse_document
from analysis.ingest.sidecar_overlay import apply_sidecar

#: A cable's text of our own (numbered paragraphs in capitals, no routing block, no date).
_CABLE = """1. PROVINCIAL FERRY OFFICIALS MET THE CONSULATE'S STAFF TO
DESCRIBE THE NEW TIMETABLE FOR THE CROSSINGS OF THE RIVER.
2. THE OFFICIALS ASKED FOR HELP WITH LIFE JACKETS FOR THE
SMALLER BOATS AND WITH TRAINING FOR THEIR PILOTS.
"""


def _document(text: str, url: str) -> pd.Series:
    row, rows = parse_document("page", "page.txt", text.encode())
    paragraphs = pd.DataFrame(rows, columns=list(schema.PARAGRAPH_COLUMNS))
    sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["page"], name="doc_id"))
    return apply_sidecar(build_documents([row]), sidecar, paragraphs).iloc[0]


def test_the_references_year_dates_the_cable() -> None:
    doc = _document(_CABLE, "https://cables.example.org/plusd/cables/1979LAKESIDE01234_b.html")
    assert doc["published"] == pd.Timestamp("1979-01-01")
    assert doc["published_precision"] == "year"


def test_no_reference_no_date() -> None:
    doc = _document(_CABLE, "https://cables.example.org/plusd/cables/lakeside-ferries.html")
    assert doc["published"] is pd.NaT
    assert cable_reference_year("https://x.org/news/2019report123.html") is None  # no post
    assert cable_reference_year("https://x.org/1979HANOI12/page.html") is None  # not the file


@given(
    year=st.integers(1960, 2019),
    post=st.sampled_from(["HANOI", "PARIS", "BANGKOK", "USUNNEWYORK", "STATE"]),
    number=st.integers(100, 999999),
    suffix=st.sampled_from(["", "_a", "_b"]),
)
def test_any_reference_gives_its_year(year: int, post: str, number: int, suffix: str) -> None:
    found = cable_reference_year(f"https://x.org/cables/{year}{post}{number}{suffix}.html")
    assert found is not None
    assert (found.date_start, found.precision) == (pd.Timestamp(year, 1, 1), "year")


def test_the_usual_two_digit_reference_dates_the_cable() -> None:
    """The usual form of a cable's reference, '05HANOI42' (held-out 136's cable library
    page; fix42b): a two-digit year (50-99 of the 1900s) and any number."""
    doc = _document(_CABLE, "https://cables.example.org/plusd/cables/05LAKESIDE42.html")
    assert (doc["published"], doc["published_precision"]) == (pd.Timestamp("2005-01-01"), "year")
    found = cable_reference_year("https://x.org/cables/76LAKESIDE12345_b.html")
    assert found is not None and found.date_start == pd.Timestamp("1976-01-01")
    assert cable_reference_year("https://x.org/news/20FEB2024.html") is None  # a day
    assert cable_reference_year("https://x.org/news/05lakeside42.html") is None  # no post
