"""Tests of ``analysis.dates.measures``: durations, "ago" / "earlier", sets, clock
times, spoken years and centuries, read through ``find_dates``."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.dates import find_dates
from analysis.dates.measures import SPOKEN_TEENS, SPOKEN_TENS, SPOKEN_UNITS, clock_time
from analysis.dates.rules import RULES
from tests.date_helpers import ANCHOR
from tests.date_helpers import one_date as one

T = pd.Timestamp


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("The project took three years.", "three years", "P3Y"),
        ("two and a half years", "two and a half years", "P2Y6M"),
        ("talks lasted for 5 1/2 hours", "5 1/2 hours", "PT5H30M"),
        ("thirty-one days", "thirty-one days", "P31D"),
        ("for several years", "several years", "PXY"),
    ],
)
def test_durations_have_a_value_and_no_dates(text: str, extent: str, value: str) -> None:
    match = one(text, ANCHOR)
    assert (match.text, match.kind, match.timex_type, match.timex_value) == (
        extent,
        "duration",
        "DURATION",
        value,
    )
    assert match.date_start is None  # a duration is not a date for the chronology


def test_duration_anchored_to_now_is_relative() -> None:
    match = one("over the past five months")
    assert match.timex_value == "P5M"
    assert match.relative is True


def test_ago_counts_from_the_anchor_and_earlier_from_the_text() -> None:
    ago = one("The plan began two years ago.", ANCHOR)
    assert (ago.date_start, ago.date_end) == (T("2022-01-01"), T("2022-12-31"))
    assert ago.note == "shift -2 year"
    earlier = one("a year earlier", ANCHOR)
    assert earlier.note == "anaphoric -1 year"
    assert "unresolved_relative" in one("two years ago").flags


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Reports are filed daily.", "P1D"),
        ("They meet every year.", "P1Y"),
        ("It costs $5 million a year.", "P1Y"),
        ("Markets open every Monday.", "XXXX-WXX-1"),
    ],
)
def test_sets(text: str, value: str) -> None:
    match = one(text)
    assert (match.kind, match.timex_type, match.timex_value) == ("set", "SET", value)


def test_a_year_after_a_verb_is_a_duration_not_a_set() -> None:
    assert one("We stayed a year.").timex_type == "DURATION"


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("We meet once a year.", "once a year", "P1Y"),
        ("It rains twice a week.", "twice a week", "P1W"),
    ],
)
def test_a_frequency_word_makes_a_set_in_its_extent(text: str, extent: str, value: str) -> None:
    # TimeML: "twice a week" is one SET (value P1W, frequency 2X), not a duration
    match = one(text)
    assert (match.text, match.timex_type, match.timex_value) == (extent, "SET", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The talks opened at 10 a.m.", "2024-03-13T10:00"),
        ("They broke for lunch at noon.", "2024-03-13T12:00"),
        ("It ended at 3:30 p.m.", "2024-03-13T15:30"),
    ],
)
def test_clock_times_are_on_the_anchor_day(text: str, value: str) -> None:
    match = one(text, ANCHOR)
    assert (match.timex_type, match.timex_value) == ("TIME", value)
    assert match.date_start is None
    assert one(text).timex_value == "XXXX-XX-XX" + value[10:]


def test_clock_time_with_a_day_is_on_that_day() -> None:
    match = one("They will land at 10 a.m. Friday.", ANCHOR)
    assert match.timex_value == "2024-03-15T10:00"
    assert match.date_start == T("2024-03-15")


@pytest.mark.parametrize("text", ["at 13 p.m.", "at 10:75 a.m."])
def test_impossible_clock_times_are_not_read(text: str) -> None:
    assert all(m.timex_type != "TIME" for m in find_dates(text, anchor=ANCHOR))


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("at noon", (12, 0)),
        ("at midnight", (24, 0)),
        ("at 12:15 a.m.", (0, 15)),
        ("at 12 p.m.", (12, 0)),
        ("at 3:30 p.m.", (15, 30)),
        ("at 4 in the morning", (4, 0)),
        ("at 8 in the evening", (20, 0)),
        ("at 11 in the night", (23, 0)),
        ("at 2 in the night", (2, 0)),  # before six, a night hour is after midnight
        ("at 13 p.m.", None),
    ],
)
def test_clock_time_reads_the_hour_on_the_24_hour_clock(
    text: str, time: tuple[int, int] | None
) -> None:
    (clock,) = [rule for rule in RULES if rule.name == "clock"]
    match = re.search(clock.pattern, text, re.IGNORECASE)
    assert match is not None
    assert clock_time(match) == time


def test_spoken_years_and_centuries() -> None:
    spoken = one("born in nineteen ninety-six")
    assert spoken.date_start == T("1996-01-01")
    assert spoken.timex_value == "1996"
    century = one("in the 21st century")
    assert (century.date_start, century.date_end) == (T("2001-01-01"), T("2100-12-31"))
    assert century.timex_value == "20"  # TimeML: the century's leading digits


def test_spoken_number_fragments_are_alternations() -> None:
    assert "nineteen" in SPOKEN_TEENS.split("|")
    assert "ninety" in SPOKEN_TENS.split("|")
    assert "six" in SPOKEN_UNITS.split("|")


@given(st.integers(1, 99), st.sampled_from(["days", "weeks", "months", "years"]))
def test_numeric_duration_value(n: int, unit: str) -> None:
    match = one(f"The work lasted {n} {unit} in all.")
    assert match.timex_type == "DURATION"
    assert match.timex_value == f"P{n}{unit[0].upper()}"


@pytest.mark.parametrize("text", ["The talks ended at 3:30 p.m. on Friday.", "at 10 p.m. Friday"])
def test_clock_time_and_weekday_agree_on_the_day(text: str) -> None:
    """With no tense cue a weekday is the one before the anchor; a clock time naming a
    weekday is on that same day (it was read as the nearest, two days ahead)."""
    days = {m.timex_value[:10] for m in find_dates(text, anchor=ANCHOR)}
    days |= {m.timex_value[:10] for m in find_dates("on Friday", anchor=ANCHOR)}
    assert days == {"2024-03-08"}
