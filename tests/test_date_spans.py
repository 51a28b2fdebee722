"""Tests of ``analysis.ingest.date_spans``: one end of a span of two dates is no day of
publication (misses27; held-out 71's provincial portal, its layout)."""

from __future__ import annotations

from pathlib import Path

from analysis.ingest.date_spans import date_span
from analysis.ingest.file_parsing import parse_document

LAYOUTS = Path(__file__).parent / "data" / "layouts"
PORTAL = (
    "dufo_dongnai_colour_switch_vietnamese_weekday_today_date_other_titles_before_headline"
    "_standfirst_subheading_no_date.txt"
)


def _span(line: str, date: str) -> bool:
    start = line.index(date)
    return date_span(line, start, start + len(date))


def test_both_ends_of_a_span_are_marked() -> None:
    line = "Founding of the Harbour Union Remembered (12/5/1956 - 12/5/2016)"
    assert _span(line, "12/5/1956") and _span(line, "12/5/2016")
    assert _span("The Provincial Congress, 2016 - 2021", "2016")


def test_a_date_beside_a_weekday_a_time_or_a_week_is_no_span() -> None:
    assert not _span("Thứ 4 - 13/03/2019", "13/03/2019")
    assert not _span("12/03/2024 - 09:15", "12/03/2024")
    line = "Weekly Update - 41st Week of 2020 - October 11, 2020"
    assert not _span(line, "October 11, 2020")


def test_the_portals_anniversary_span_no_longer_dates_the_page() -> None:
    path = LAYOUTS / PORTAL
    row, _ = parse_document(path.stem, str(path), path.read_bytes())
    assert str(row["published"]) in ("NaT", "None", "")  # the gold has no date
