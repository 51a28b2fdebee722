"""Tests of ``analysis.dates.handlers``: the rule handlers for dates written with
numbers and month names (with a year, or relative to the anchor), read through
``find_dates`` on short invented sentences."""

from __future__ import annotations

import datetime

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.dates import find_dates
from analysis.dates.handlers import YEARLESS_LOOKAHEAD_DAYS
from tests.date_helpers import ANCHOR
from tests.date_helpers import one_date as one

T = pd.Timestamp


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "value"),
    [
        ("Signed 13/12/2021 in Hanoi.", "2021-12-13", "2021-12-13", "day", "2021-12-13"),
        ("Released 2021-12-13.", "2021-12-13", "2021-12-13", "day", "2021-12-13"),
        ("ngày 13 tháng 12 năm 2021", "2021-12-13", "2021-12-13", "day", "2021-12-13"),
        # Blogger's Vietnamese short month (held-out 53)
        ("18 thg 10, 2011", "2011-10-18", "2011-10-18", "day", "2011-10-18"),
        ("In 12/2021 the office opened.", "2021-12-01", "2021-12-31", "month", "2021-12"),
        ("Talks were held in May 2023.", "2023-05-01", "2023-05-31", "month", "2023-05"),
        ("early March 2024", "2024-03-01", "2024-03-10", "month", "2024-03"),
        ("late 2023", "2023-09-01", "2023-12-31", "season", "2023"),
        ("summer 2023", "2023-06-01", "2023-08-31", "season", "2023-SU"),
        ("December 12-13, 2023", "2023-12-12", "2023-12-13", "day", "2023-12-12/2023-12-13"),
        ("12-15/3/2024", "2024-03-12", "2024-03-15", "day", "2024-03-12/2024-03-15"),
        ("from March to May 2024", "2024-03-01", "2024-05-31", "month", "2024-03/2024-05"),
        ("March 2023 to May 2024", "2023-03-01", "2024-05-31", "month", "2023-03/2024-05"),
        ("the 2021-2025 period", "2021-01-01", "2025-12-31", "period", "2021/2025"),
        ("in the 1990s", "1990-01-01", "1999-12-31", "period", "199"),
        ("the nineties", "1990-01-01", "1999-12-31", "period", "199"),
    ],
)
def test_absolute_dates(text: str, start: str, end: str, precision: str, value: str) -> None:
    match = one(text)
    assert (match.date_start, match.date_end) == (T(start), T(end))
    assert match.precision == precision
    assert match.timex_value == value
    assert match.relative is False
    assert one(text, ANCHOR).date_start == T(start)  # an anchor changes nothing


def test_numeric_dates_are_day_first_and_flag_what_they_guess() -> None:
    match = one("05/06/21")
    assert match.date_start == T("2021-06-05")
    assert set(match.flags) == {"two_digit_year", "ambiguous_day_month"}
    assert "ambiguous_day_month" not in one("13/06/2021").flags


def test_impossible_date_is_kept_with_no_dates() -> None:
    match = one("It was dated 31/02/2021.")
    assert match.text == "31/02/2021"
    assert match.date_start is None and match.date_end is None
    assert match.flags == ("impossible_date",)


def test_written_weekday_is_checked() -> None:
    assert one("Tuesday, February 6, 2024").flags == ()
    assert one("Friday, February 6, 2024").flags == ("weekday_mismatch",)


@pytest.mark.parametrize(
    "text",
    ["It employs 2000 people.", "Decree No. 1007 was issued.", "about 1,500 delegates", ""],
)
def test_counts_and_numbers_are_not_years(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "start", "end", "value"),
    [
        ("last year", "2023-01-01", "2023-12-31", "2023"),
        ("next month", "2024-04-01", "2024-04-30", "2024-04"),
        ("last December", "2023-12-01", "2023-12-31", "2023-12"),
    ],
)
def test_relative_dates_need_the_anchor(text: str, start: str, end: str, value: str) -> None:
    resolved = one(text, ANCHOR)
    assert (resolved.date_start, resolved.date_end) == (T(start), T(end))
    assert resolved.timex_value == value
    assert resolved.relative is True and resolved.anchor_date == ANCHOR
    unresolved = one(text)
    assert unresolved.date_start is None
    assert "unresolved_relative" in unresolved.flags
    assert "X" in unresolved.timex_value


def test_date_without_a_year_goes_to_the_nearest_and_says_so() -> None:
    match = one("The ministers met on March 4.", ANCHOR)
    assert match.date_start == T("2024-03-04")
    assert "no_year" in match.flags
    # a few weeks ahead in the future tense stays this year; a past tense far ahead
    # goes to the year before
    assert one("They will meet on April 2.", ANCHOR).date_start == T("2024-04-02")
    assert one("They met on November 20.", ANCHOR).date_start == T("2023-11-20")
    assert YEARLESS_LOOKAHEAD_DAYS > 0


def test_years_ago_counts_back_from_the_anchor() -> None:
    match = one("two years ago", ANCHOR)
    assert (match.date_start, match.date_end) == (T("2022-01-01"), T("2022-12-31"))


@given(st.dates(datetime.date(1950, 1, 1), datetime.date(2068, 12, 31)))
def test_numeric_date_reads_back(day: datetime.date) -> None:
    for text in (f"{day:%d/%m/%Y}", f"{day:%Y-%m-%d}", f"on {day.day} {day:%B} {day.year}."):
        match = one(text)
        assert match.date_start == match.date_end == T(day)
        assert "impossible_date" not in match.flags
