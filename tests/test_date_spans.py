"""Tests of ``analysis.ingest.date_spans``: one end of a span of two dates is no day of
publication (misses27; held-out 71's provincial portal, its layout)."""

from __future__ import annotations

import calendar
from pathlib import Path

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from analysis.dates.scan import find_dates
from analysis.ingest.corpus import build_documents
from analysis.ingest.date_scoring import absolute_dates
from analysis.ingest.date_spans import SPAN_MAX_DAYS, date_span, month_of_span
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


def test_the_ends_of_an_infoboxs_span_of_whole_days_are_marked() -> None:
    # an encyclopedia infobox's row glued to its label (held-out 139's wiki mirrors)
    line = "Date12 March 1921 – 4 October 1922"
    assert _span(line, "12 March 1921") and _span(line, "4 October 1922")
    assert _span("March 12, 1921 - October 4, 1922", "October 4, 1922")
    assert not _span("Updated 4 October 1922 - 09:15", "4 October 1922")


def test_a_date_beside_a_weekday_a_time_or_a_week_is_no_span() -> None:
    assert not _span("Thứ 4 - 13/03/2019", "13/03/2019")
    assert not _span("12/03/2024 - 09:15", "12/03/2024")
    line = "Weekly Update - 41st Week of 2020 - October 11, 2020"
    assert not _span(line, "October 11, 2020")


def test_the_portals_anniversary_span_no_longer_dates_the_page() -> None:
    path = LAYOUTS / PORTAL
    row, _ = parse_document(path.stem, str(path), path.read_bytes())
    assert str(row["published"]) in ("NaT", "None", "")  # the gold has no date


#: A seminar paper's page of our own: its title, the seminar's name and place, the days
#: of the seminar on a line of their own, then the paper's text.
_PAPER = """Ferry Landings and River Towns: Notes from the Delta

Paper presented at the Seminar on River Transport, Lakeside College, Can Tho

6-7 July 2017

The ferries of the delta carry more people than its bridges do, and the towns on both
banks have grown around their landings.

This paper looks at three landings and at the markets that grew beside them.
"""


def _published(text: str) -> tuple[object, str]:
    row, _rows = parse_document("page", "page.txt", text.encode())
    doc = build_documents([row]).iloc[0]
    return doc["published"], doc["published_precision"]


def test_a_seminars_days_date_the_paper_by_their_month() -> None:
    assert _published(_PAPER) == (pd.Timestamp("2017-07-01"), "month")


def test_a_span_across_months_gives_no_date() -> None:
    assert _published(_PAPER.replace("6-7 July 2017", "30 June - 2 July 2017"))[0] is pd.NaT


def test_numeric_and_long_spans_stay_ranges() -> None:
    assert month_of_span(find_dates("25-26.4.2010")[0]) is None  # a paper's issue
    assert month_of_span(find_dates("1-28 February 2019")[0]) is None  # a month's programme
    assert [m.precision for m in absolute_dates("November 27-28, 2017, Can Tho")] == ["month"]


@given(
    year=st.integers(1990, 2030),
    month=st.integers(1, 12),
    first=st.integers(1, 20),
    length=st.integers(1, SPAN_MAX_DAYS),
    month_first=st.booleans(),
)
def test_any_short_span_within_a_month_gives_that_month(
    year: int, month: int, first: int, length: int, month_first: bool
) -> None:
    last = min(first + length, calendar.monthrange(year, month)[1])
    name = calendar.month_name[month]
    text = f"{name} {first}-{last}, {year}" if month_first else f"{first}-{last} {name} {year}"
    found = month_of_span(find_dates(text)[0])
    assert found is not None
    assert (found.date_start, found.precision) == (pd.Timestamp(year, month, 1), "month")


_UNION_ITEM = """Women's union delegations visit reading rooms in three northern provinces.

From 12-14 May 2009, leaders of the union visited reading rooms run by local unions

in three provinces, where members lend books on farming and childcare to women in villages.

The delegation agreed that the reading corners would receive new books twice a year.
"""


def test_a_span_opening_a_sentence_of_the_lede_leaves_the_page_undated() -> None:
    assert _published(_UNION_ITEM)[0] is pd.NaT
    dated = _UNION_ITEM.replace(
        ", leaders of the union visited reading rooms run by local unions", ""
    )
    assert _published(dated) == (pd.Timestamp("2009-05-01"), "month")
