"""Tests of ``analysis.dates.handlers``: the rule handlers for dates written with
numbers and month names with a year, read through ``find_dates`` on short invented
sentences (dates relative to the anchor: ``test_relative_dates.py``)."""

from __future__ import annotations

import datetime

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.dates import find_dates
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


@given(st.dates(datetime.date(1950, 1, 1), datetime.date(2068, 12, 31)))
def test_numeric_date_reads_back(day: datetime.date) -> None:
    for text in (f"{day:%d/%m/%Y}", f"{day:%Y-%m-%d}", f"on {day.day} {day:%B} {day.year}."):
        match = one(text)
        assert match.date_start == match.date_end == T(day)
        assert "impossible_date" not in match.flags
