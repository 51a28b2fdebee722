"""Tests of ``analysis.dates.days``: the handlers for days of news text without a written
year (weekdays, today/yesterday, "this morning", now/recently, the weekend, holidays,
"the day before", "the week of March 6", "the morning of March 4"), read through
``find_dates`` against an anchor (a Wednesday)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.dates import find_dates
from analysis.dates.days import easter_sunday
from tests.date_helpers import ANCHOR
from tests.date_helpers import one_anchored as one

T = pd.Timestamp


@pytest.mark.parametrize(
    ("text", "start", "end", "value", "open_value"),
    [
        ("yesterday", "2024-03-12", "2024-03-12", "2024-03-12", "XXXX-XX-XX"),
        ("today", "2024-03-13", "2024-03-13", "2024-03-13", "XXXX-XX-XX"),
        ("the weekend", "2024-03-09", "2024-03-10", "2024-W10-WE", "XXXX-WXX-WE"),
        # the ISO week of March 6 2024 (a Wednesday) runs from Monday March 4
        ("the week of March 6", "2024-03-04", "2024-03-10", "2024-W10", "XXXX-WXX"),
    ],
)
def test_relative_days(text: str, start: str, end: str, value: str, open_value: str) -> None:
    match = one(text)
    assert (match.date_start, match.date_end, match.timex_value) == (T(start), T(end), value)
    assert match.relative is True and match.anchor_date == ANCHOR
    unresolved = one(text, None)
    assert unresolved.date_start is None
    assert unresolved.timex_value == open_value
    assert "unresolved_relative" in unresolved.flags


def test_weekday_goes_back_unless_the_sentence_looks_ahead() -> None:
    assert one("They met on Friday.").date_start == T("2024-03-08")
    assert one("He will arrive on Friday.").date_start == T("2024-03-15")
    assert one("Friday's vote was close.").date_start == T("2024-03-08")  # possessive
    assert one("this Friday").date_start == T("2024-03-15")
    assert one("last Wednesday").date_start == T("2024-03-06")  # never the anchor day
    assert one("next Wednesday").date_start == T("2024-03-20")
    assert one("on Wednesday").date_start == ANCHOR  # the anchor is that day


def test_weekday_with_a_part_of_the_day_is_a_time_value() -> None:
    match = one("They met on Friday morning.")
    assert match.timex_value == "2024-03-08TMO"
    assert one("this morning").timex_value == "2024-03-13TMO"


def test_part_of_a_named_day_is_a_time_of_that_day() -> None:
    match = one("They met on the morning of March 4, 2019.")
    assert (match.timex_type, match.timex_value) == ("TIME", "2019-03-04TMO")
    assert match.relative is False  # the year is written
    assert one("They met on the morning of March 4.").timex_value == "2024-03-04TMO"


def test_holiday_goes_to_its_date() -> None:
    match = one("They met at Christmas.")
    assert match.date_start == T("2023-12-25")
    assert match.timex_value == "2023-12-25"


def test_now_and_recently_are_references_without_dates() -> None:
    assert (one("now").timex_value, one("now").date_start) == ("PRESENT_REF", None)
    assert one("recently").timex_value == "PAST_REF"


def test_this_moment_is_the_present() -> None:
    match = one("The envoy would not travel at this crucial moment.")
    assert (match.text, match.timex_value, match.date_start) == (
        "this crucial moment",
        "PRESENT_REF",
        None,
    )
    assert one("At the present moment, talks go on.").timex_value == "PRESENT_REF"
    assert find_dates("He waited for the moment to speak.", anchor=ANCHOR) == []


def test_the_day_before_reads_from_the_date_before() -> None:
    found = find_dates("The talks opened on May 2, 2023. They had met the day before.")
    assert found[-1].date_start == T("2023-05-01")


def test_nth_day_said_of_the_present_is_the_anchor_day() -> None:
    match = one("It's the fifth day of the blockade.")
    assert (match.text, match.timex_value, match.date_start) == (
        "the fifth day",
        "2024-03-13",
        ANCHOR,
    )
    found = find_dates("Today is the 3rd straight day of rain.", anchor=ANCHOR)
    assert [m.text for m in found] == ["Today", "the 3rd straight day"]
    assert one("It is the second day of talks.", None).timex_value == "XXXX-XX-XX"
    # said of the past, or not as the complement of "is": no date of its own
    assert find_dates("Friday was the third day of talks.", anchor=ANCHOR)[-1].text == "Friday"
    assert find_dates("On the second day, they left.", anchor=ANCHOR) == []


@given(st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]))
def test_named_weekday_lands_on_that_weekday_within_a_week(name: str) -> None:
    for sentence in (f"They met on {name}.", f"They will meet on {name}."):
        day = one(sentence).date_start
        assert day.day_name() == name
        assert abs((day - ANCHOR).days) <= 6


@pytest.mark.parametrize(
    ("year", "day"),
    [(2000, "2000-04-23"), (2019, "2019-04-21"), (2024, "2024-03-31"), (2038, "2038-04-25")],
)
def test_easter_sunday_is_the_gregorian_one(year: int, day: str) -> None:
    assert easter_sunday(year) == T(day).date()


def test_easter_feasts_go_to_their_computed_days() -> None:
    assert one("They will celebrate Easter.").timex_value == "2024-03-31"
    assert one("They met on Good Friday.").timex_value == "2023-04-07"  # past: last year's
    week = one("Protesters prayed as Easter week began.")
    assert (week.timex_value, week.date_start, week.date_end) == (
        "2024-W13",
        T("2024-03-25"),
        T("2024-03-31"),
    )
    assert one("Easter week", None).timex_value == "XXXX-WXX"
    assert find_dates("He flew to Easter Island.", anchor=ANCHOR) == []
