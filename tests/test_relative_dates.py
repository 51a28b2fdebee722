"""Tests of ``analysis.dates.relative_dates``: the rule handlers for dates said relative
to the anchor ("last year", "last December", "two years ago", a day without a year), read
through ``find_dates`` on short invented sentences."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.dates.relative_dates import YEARLESS_LOOKAHEAD_DAYS
from tests.date_helpers import ANCHOR
from tests.date_helpers import one_date as one

T = pd.Timestamp


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
