"""Header date forms of ``analysis.ingest.header_forms``: "March/April 2022" and a day,
a month's name and a two-digit year after a weekday ("Tue - 14 November 23", held-out
103's Indian daily), never a two-digit number that is no year."""

from __future__ import annotations

import pandas as pd

from analysis.ingest.date_scoring import absolute_dates
from analysis.ingest.header_forms import MONTHS, month_pair_dates, weekday_short_year_dates


def _days(text: str) -> list[str]:
    return [m.date_start.date().isoformat() for m in weekday_short_year_dates(text)]


def test_weekday_dash_day_month_two_digit_year_is_a_day() -> None:
    line = "By ANI Published Date - 06:15 PM, Tue - 14 November 23"
    assert _days(line) == ["2023-11-14"]
    assert _days("Mon, 16 Oct 23") == ["2023-10-16"]
    found = absolute_dates(line)
    assert [m.date_start for m in found] == [pd.Timestamp(2023, 11, 14)]


def test_no_two_digit_year_without_its_own_weekday() -> None:
    assert _days("Wed - 14 November 23") == []  # 14 November 2023 was a Tuesday
    assert _days("14 November 23") == []  # no weekday: a count or a day
    assert _days("Tue - 14 November 23:15") == []  # a time, not a year
    assert _days("Tue - 14 November 2023") == []  # four digits: the grammar's form
    assert _days("Hanoi, May 5 (VNA) - The ministry said on Tuesday 14 people") == []
    assert _days("Updated: Tue, 14 November 2023 06:15 PM") == []


def test_month_pair_is_the_first_month() -> None:
    found = month_pair_dates("Vol. 12, March/April 2022")
    assert [(m.date_start, m.precision) for m in found] == [(pd.Timestamp(2022, 3, 1), "month")]
    assert month_pair_dates("Hanoi/Tokyo 2022") == []
    assert MONTHS["sept"] == 9
