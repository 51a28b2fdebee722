"""Tests of ``analysis.ingest.layout.meta_lines``: the line right over an item's dated meta
line ("May 31, 2015 // <paper> - <country> - <language>") is the item's headline, over a
site's tagline standing first (held-out 93)."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from analysis.core.text import count_words
from analysis.dates import find_dates
from analysis.ingest.layout import read_article
from analysis.ingest.layout.meta_lines import _SEPARATOR, META_MIN_WORDS, dated_meta_line
from analysis.ingest.page_rules import TIME_OF_DAY
from tests.strategies import real_lines

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


def _dated_meta_line_slow(text: str) -> bool:
    """``dated_meta_line`` without perf31's gate: the line's dates read always."""
    found = [m for m in find_dates(text[:60]) if not m.relative]
    if not found or found[0].start > 0 or found[0].precision != "day":
        return False
    sep = _SEPARATOR.match(text, found[0].end)
    if sep is None:
        return False
    rest = TIME_OF_DAY.sub(" ", text[sep.end() :])
    return len(re.findall(r"[^\W\d_]{2,}", rest)) >= META_MIN_WORDS and count_words(rest) <= 20


_DAYS = st.sampled_from(["May 31, 2015", "Monday, March 3, 2020", "3 June 2019", "2019", ""])
_SEPARATORS = st.sampled_from(
    [" // ", " | ", " • ", " · ", " - ", " – ", " — ", "-", "/", " \u0387 ", " ", "\t|\t", ""]
)
_REST = st.sampled_from(["El Diario del Lago", "Nicaragua - Spanish", "10:05 GMT+7", "2 comments"])


@given(st.lists(st.tuples(_DAYS, _SEPARATORS, _REST).map("".join), min_size=1, max_size=3))
def test_the_separator_gate_agrees_with_reading_the_dates(items: list[str]) -> None:
    text = " ".join(items)
    assert dated_meta_line(text) == _dated_meta_line_slow(text)


def test_the_separator_gate_agrees_on_the_zoos_lines() -> None:
    for line in real_lines():
        assert dated_meta_line(line.strip()) == _dated_meta_line_slow(line.strip())
