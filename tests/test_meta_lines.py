"""Tests of ``analysis.ingest.layout.meta_lines``: the line right over an item's dated meta
line ("May 31, 2015 // <paper> - <country> - <language>") is the item's headline, over a
site's tagline standing first (held-out 93)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.meta_lines import dated_meta_line

#: A translation site's tag page: its tagline, the tag, two items (placeholder text).
TAG_PAGE = """Read What the River Towns Say About Us

Delta ferries

Night Crossings on the Lower River

April 12, 2016 // Delta Courier - Vietnam - Vietnamese

Why do the upstream towns, or rather their ferry boards, keep changing the night timetable?

Upstream Boards Eye New Ferry Engines

March 2, 2015 // River Review - Laos - Lao

The boards pursue every kind of cooperation with the delta's ferry crews save one.
"""


def test_the_item_over_its_meta_line_is_the_headline() -> None:
    assert read_article(TAG_PAGE).title == "Night Crossings on the Lower River"


def test_a_clock_under_a_site_name_is_no_meta_line() -> None:
    assert not dated_meta_line("Monday, March 3, 2020 | 10:05 GMT+7")
    assert not dated_meta_line("March 3, 2020")
    assert not dated_meta_line("March 2020 // Delta Courier")  # a month, not a day


@given(
    day=st.dates(dt.date(1995, 1, 1), dt.date(2030, 12, 31)),
    sep=st.sampled_from(["//", "|", "•", "–"]),
)
def test_any_day_and_separator_before_a_source_is_a_meta_line(day: dt.date, sep: str) -> None:
    line = f"{day.strftime('%B')} {day.day}, {day.year} {sep} Delta Courier - Vietnam"
    assert dated_meta_line(line)
