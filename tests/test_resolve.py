"""Tests of ``analysis.dates.resolve``: the tense of the sentence around an expression,
the nearest weekday / year / month-year to an anchor, and the TimeML value helpers
(ISO weeks, durations)."""

from __future__ import annotations

import datetime
import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.dates.resolve import (
    PAST_TOLERANCE_DAYS,
    REPORTED_TOLERANCE_DAYS,
    TENSE_TOLERANCE_DAYS,
    duration_value,
    is_title,
    nearest_month_year,
    nearest_weekday,
    nearest_year,
    same_sentence,
    sentence_tense,
    tense_cue,
    week_value,
    words_before,
    yearless_tense,
)

ANCHOR = pd.Timestamp("2024-03-13")  # a Wednesday (weekday 2)
T = pd.Timestamp


def tense_of(sentence: str, expression: str) -> str:
    """``sentence_tense`` of the first ``expression`` in ``sentence``."""
    start = sentence.index(expression)
    return sentence_tense(sentence, start, start + len(expression))


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("The delegation will arrive on Friday.", "future"),
        ("The delegation arrived on Friday.", "past"),
        ("The delegation said it was ready on Friday.", "past"),
        ("The delegation is ready on Friday.", ""),
        ("The treaty will be signed on Friday.", "future"),  # a participle, not the past
        ("The deal had been due to expire on Friday.", "past"),  # a plan of the past
        ("The United States on Friday.", ""),  # a name in -ed is not a verb
        ("He said so. The delegation will arrive on Friday.", "future"),  # own sentence
        ("The talks last until Friday.", "future"),  # "until" looks ahead
        # a present-tense verb of a scheduled event is the plan's future
        ("The two envoys meet separately on Friday in Hanoi.", "future"),
        ("The congress opens Friday, the spokesman says.", "future"),
        # ... but not as an infinitive or after "not": the other verb decides
        ("The envoys agreed to meet on Friday.", "past"),
        ("The envoys did not meet on Friday.", "past"),
        # ... nor after the expression ("began in Friday's session and holds")
        ("The fund began buying shares of the firm on Friday and leaves the board.", "past"),
        # a word in -ed after a determiner is an adjective, not the past
        ("The board weighs the proposed merger on Friday.", ""),
        ("The board weighs a still unsettled offer on Friday.", ""),
        ("The fund still owned the plant on Friday.", "past"),
        # ... and so is a plan word ("a hastily planned trip" is not the plan of "Friday")
        ("On Friday, after a hastily planned trip, the envoy returned home.", "past"),
    ],
)
def test_sentence_tense(sentence: str, tense: str) -> None:
    assert tense_of(sentence, "Friday") == tense


def test_tense_cue_names_the_deciding_word() -> None:
    sentence = "Officials told reporters the talks would end Friday."
    start = sentence.index("Friday")
    assert tense_cue(sentence, start, start + 6) == ("future", "would")
    assert tense_cue("", 0, 0) == ("", "")


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # "until" at the head of the sentence gives way to the main verb
        ("Until Friday, the talks continued.", ("past", "continued")),
        ("The talks continued until Friday.", ("future", "until")),
        # "was" before a future cue is the auxiliary of a plan, not the past
        ("On Friday, the vote was expected.", ("future", "expected")),
        ("On Friday, the vote was held.", ("past", "was")),
    ],
)
def test_tense_cue_skips_words_that_are_not_the_deciding_verb(
    sentence: str, cue: tuple[str, str]
) -> None:
    start = sentence.index("Friday")
    assert tense_cue(sentence, start, start + 6, prepositions=False) == cue


def test_through_names_the_end_of_a_span_whatever_the_tense() -> None:
    # the verb dates the span; the month after "through" is read as the nearest one
    assert tense_of("The banks extended the loans through January.", "January") == ""
    assert tense_of("Sales rose this year through August.", "August") == ""
    assert tense_of("The banks extended the loans in January.", "January") == "past"
    anchor = T("2023-10-30")  # January 2024 is nearer than January 2023
    sentence = "The banks extended the loans through January."
    start = sentence.index("January")
    tense, tolerance = yearless_tense(sentence, start, start + 7)
    assert nearest_month_year(anchor, 1, tense, tolerance=tolerance) == 2024


def test_same_sentence_sees_an_end_right_before_the_capital() -> None:
    text = "Net rose for the quarter ended Aug. 26. A year earlier it fell, said Gen. Lam."
    assert same_sentence(text, text.index("26") + 2, text.index("A year")) is False
    assert same_sentence(text, text.index("it fell"), text.index("Lam")) is True  # "Gen."


def test_abbreviation_does_not_end_the_sentence() -> None:
    # "U.S." and "Gen." do not end a sentence, so "met" still counts for "Friday"
    assert tense_of("They met the U.S. envoy Friday.", "Friday") == "past"
    assert tense_of("They met Gen. Lam Friday.", "Friday") == "past"


def test_yearless_tense_tolerance_depends_on_the_cue() -> None:
    said = "They said they expect to close by Dec. 15 and then rest."
    start = said.index("Dec. 15")
    assert yearless_tense(said, start, start + 7)[1] in (
        REPORTED_TOLERANCE_DAYS,
        TENSE_TOLERANCE_DAYS,
    )
    ended = "The year ended Jan. 31."
    start = ended.index("Jan. 31")
    assert yearless_tense(ended, start, start + 7) == ("past", PAST_TOLERANCE_DAYS)
    start = "They reported on Jan. 31.".index("Jan")
    assert yearless_tense("They reported on Jan. 31.", start, start + 7) == (
        "past",
        REPORTED_TOLERANCE_DAYS,
    )
    assert yearless_tense("Jan. 31", 0, 7) == ("", TENSE_TOLERANCE_DAYS)


def test_nearest_weekday() -> None:
    assert nearest_weekday(ANCHOR, 2, "past") == ANCHOR  # the anchor is that day
    assert nearest_weekday(ANCHOR, 4, "past") == T("2024-03-08")
    assert nearest_weekday(ANCHOR, 4, "future") == T("2024-03-15")
    assert nearest_weekday(ANCHOR, 4, "") == T("2024-03-15")  # 2 days ahead, 5 back
    assert nearest_weekday(ANCHOR, 0, "") == T("2024-03-11")  # 2 days back, 5 ahead


def test_nearest_year() -> None:
    assert nearest_year(ANCHOR, 3, 4, "") == 2024
    assert nearest_year(ANCHOR, 12, 20, "") == 2023  # 84 days back beats 282 ahead
    assert nearest_year(ANCHOR, 9, 1, "") == 2024  # 172 days ahead beats 194 back
    assert nearest_year(ANCHOR, 5, 1, "past") == 2023  # past, 49 days ahead > 31
    assert nearest_year(ANCHOR, 5, 1, "past", tolerance=60) == 2024
    assert nearest_year(ANCHOR, 1, 20, "future") == 2025
    assert nearest_year(ANCHOR, 2, 31, "") is None
    assert nearest_year(T("2023-03-01"), 2, 29, "") == 2024  # the only leap day near


def test_nearest_month_year_reads_the_middle_of_the_month() -> None:
    assert nearest_month_year(ANCHOR, 12, "") == 2023
    assert nearest_month_year(ANCHOR, 12, "future") == 2024
    assert nearest_month_year(ANCHOR, 4, "") == 2024


def test_week_value_is_the_iso_week() -> None:
    assert week_value(T("2024-10-21")) == "2024-W43"
    assert week_value(T("2021-01-03")) == "2020-W53"  # ISO year differs


@pytest.mark.parametrize(
    ("n", "unit", "value"),
    [
        (3, "month", "P3M"),
        (4, "hour", "PT4H"),
        (None, "year", "PXY"),
        (2.5, "year", "P2Y6M"),
        (0.5, "year", "P6M"),
        (1.5, "hour", "PT1H30M"),
        (2, "decade", "P20Y"),
        (1, "quarter", "P3M"),
        (1.5, "day", "P1.5D"),
    ],
)
def test_duration_value(n: float | None, unit: str, value: str) -> None:
    assert duration_value(n, unit) == value


def test_is_title_only_mid_sentence_capitals() -> None:
    text = "He spoke on ABC's This Week program. Week after week it ran."
    mid = re.compile(r"(?P<unit>Week)").search(text)
    assert is_title(mid, text)
    head = re.compile(r"(?P<unit>Week)").search(text, mid.end())
    assert not is_title(head, text)
    lower = re.compile(r"(?P<unit>week)").search(text)
    assert not is_title(lower, text)


def test_words_before_matches_only_at_the_end() -> None:
    pattern = words_before("until|by")
    assert pattern.search("open until ")
    assert pattern.search("open BY  ")
    assert not pattern.search("until now")
    assert not pattern.search("nearby ")


@given(st.dates(datetime.date(1950, 1, 1), datetime.date(2090, 12, 31)), st.integers(0, 6))
def test_nearest_weekday_is_that_weekday_within_six_days(day: datetime.date, wd: int) -> None:
    anchor = T(day)
    for tense in ("", "past", "future"):
        found = nearest_weekday(anchor, wd, tense)
        assert found.weekday() == wd
        assert abs((found - anchor).days) <= 6
        if tense == "past":
            assert found <= anchor
        if tense == "future":
            assert found >= anchor
