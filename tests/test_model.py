"""Tests of ``analysis.dates.model``: the date finder's result types and the small date
helpers its rules share (days that exist, month and year spans, two-digit years,
weekday checks, single days and day ranges)."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.dates import find_dates
from analysis.dates.model import (
    MAX_YEAR,
    MIN_YEAR,
    PRECISIONS,
    DateMatch,
    Reading,
    _day,
    _day_range,
    _in_range,
    _month_of,
    _month_span,
    _single_day,
    _two_digit_year,
    _weekday_flags,
    _year_span,
)


def test_day_exists_or_is_none() -> None:
    assert _day(2024, 2, 29) == pd.Timestamp("2024-02-29")
    assert _day(2023, 2, 29) is None  # not a leap year
    assert _day(2021, 2, 31) is None
    assert _day(2021, 13, 1) is None
    assert _day(2021, 0, 1) is None


def test_spans_cover_whole_months_and_years() -> None:
    assert _month_span(2024, 2) == (pd.Timestamp("2024-02-01"), pd.Timestamp("2024-02-29"))
    assert _month_span(2023, 12)[1] == pd.Timestamp("2023-12-31")
    assert _year_span(1999) == (pd.Timestamp("1999-01-01"), pd.Timestamp("1999-12-31"))


def test_years_in_range_are_the_bounds_inclusive() -> None:
    assert _in_range(MIN_YEAR) and _in_range(MAX_YEAR)
    assert not _in_range(MIN_YEAR - 1) and not _in_range(MAX_YEAR + 1)


@pytest.mark.parametrize(
    ("token", "year", "flags"),
    [
        ("21", 2021, ("two_digit_year",)),
        ("68", 2068, ("two_digit_year",)),
        ("69", 1969, ("two_digit_year",)),
        ("00", 2000, ("two_digit_year",)),
        ("2021", 2021, ()),
    ],
)
def test_two_digit_years_pivot_at_68(token: str, year: int, flags: tuple[str, ...]) -> None:
    assert _two_digit_year(token) == (year, flags)


def test_month_of_reads_names_but_not_lower_case_words() -> None:
    assert _month_of("March") == 3
    assert _month_of("Sept.") == 9
    assert _month_of("march") is None  # "to march": a verb
    assert _month_of("MAY") == 5
    assert _month_of("december") == 12  # not a look-alike word
    assert _month_of(None) is None
    assert _month_of("Brumaire") is None


def test_weekday_flag_only_when_the_weekday_disagrees() -> None:
    day = pd.Timestamp("2024-02-06")  # a Tuesday
    match = re.match(r"(?P<wd>\w+)", "Tuesday")
    assert _weekday_flags(match, day) == ()
    assert _weekday_flags(re.match(r"(?P<wd>\w+)", "Friday"), day) == ("weekday_mismatch",)
    assert _weekday_flags(re.match(r"(?P<wd>\w+)?", ""), day) == ()
    assert _weekday_flags(match, None) == ()


def test_single_day_flags_impossible_dates_and_drops_years_out_of_range() -> None:
    good = _single_day(2021, 12, 13)
    assert good == Reading(pd.Timestamp("2021-12-13"), pd.Timestamp("2021-12-13"), "day")
    bad = _single_day(2021, 2, 31, ("ambiguous_day_month",))
    assert bad.date_start is None
    assert bad.flags == ("ambiguous_day_month", "impossible_date")
    assert _single_day(1850, 1, 1) is None


def test_day_range_is_ordered_and_checked() -> None:
    ok = _day_range((2023, 12, 12), (2023, 12, 13))
    assert (ok.date_start, ok.date_end, ok.kind) == (
        pd.Timestamp("2023-12-12"),
        pd.Timestamp("2023-12-13"),
        "range",
    )
    backwards = _day_range((2023, 12, 13), (2023, 12, 12))
    assert backwards.date_start is None and "impossible_date" in backwards.flags
    assert _day_range((2023, 2, 30), (2023, 3, 2)).date_start is None
    assert _day_range((1800, 1, 1), (2023, 1, 2)) is None


def test_date_match_offsets_slice_the_text() -> None:
    text = "Signed on 13/12/2021 in Hanoi; talks from May 2 to May 4, 2023."
    found = find_dates(text)
    assert [m.text for m in found] == ["13/12/2021", "from May 2 to May 4, 2023"]
    for match in found:
        assert isinstance(match, DateMatch)
        assert text[match.start : match.end] == match.text
        assert match.precision in PRECISIONS


@given(st.integers(MIN_YEAR, MAX_YEAR), st.integers(1, 12), st.integers(1, 31))
def test_single_day_is_the_day_or_flagged(year: int, month: int, day: int) -> None:
    reading = _single_day(year, month, day)
    exists = _day(year, month, day)
    if exists is None:
        assert reading.date_start is None and "impossible_date" in reading.flags
    else:
        assert reading.date_start == reading.date_end == exists
        assert _month_span(year, month)[0] <= exists <= _month_span(year, month)[1]
