"""Tests of ``analysis.dates.timeml``: the handlers for periods of news text without a
written year (last week, quarters, halves, seasons, "the year", narrative time), read
through ``find_dates`` against an anchor (a Wednesday)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.dates import find_dates
from tests.date_helpers import ANCHOR
from tests.date_helpers import one_anchored as one

T = pd.Timestamp


@pytest.mark.parametrize(
    ("text", "start", "end", "value", "open_value"),
    [
        ("last week", "2024-03-04", "2024-03-10", "2024-W10", "XXXX-WXX"),
        ("the first half", "2024-01-01", "2024-06-30", "2024-H1", "XXXX-H1"),
        ("this summer", "2024-06-01", "2024-08-31", "2024-SU", "XXXX-SU"),
        ("the year", "2024-01-01", "2024-12-31", "2024", "XXXX"),
    ],
)
def test_relative_periods_and_parts_of_the_year(
    text: str, start: str, end: str, value: str, open_value: str
) -> None:
    match = one(text)
    assert (match.date_start, match.date_end, match.timex_value) == (T(start), T(end), value)
    assert match.relative is True and match.anchor_date == ANCHOR
    unresolved = one(text, None)
    assert unresolved.date_start is None
    assert unresolved.timex_value == open_value
    assert "unresolved_relative" in unresolved.flags


def test_quarter_in_the_past_is_the_last_one_completed() -> None:
    match = one("Sales rose in the third quarter.")
    assert (match.date_start, match.date_end) == (T("2023-07-01"), T("2023-09-30"))
    assert match.timex_value == "2023-Q3"


def test_narrative_time_reads_from_the_date_before() -> None:
    following = find_dates("On May 2, 2023 they met. The next day they signed.")
    assert following[1].date_start == T("2023-05-03")
    that_year = find_dates("In 2019 the plan began. That year trade grew.")
    assert that_year[1].date_start == T("2019-01-01")
    assert that_year[1].note == "that year"


def test_that_day_with_no_date_before_is_not_reported() -> None:
    assert [m.text for m in find_dates("That day they signed.", anchor=ANCHOR)] == []


def test_march_or_may_before_a_noun_after_the_is_the_month() -> None:
    assert one("The March accession will enlarge the alliance.").timex_value == "2024-03"
    assert one("Officials praised the May elections.").timex_value == "2023-05"
    # a name or a walk: a function word or a capital after it, or no "the" before it
    for text in (
        "They joined the March on Washington.",
        "He ran the May Department Stores.",
        "May officials agree?",
        "They joined the march to the capital.",
    ):
        assert find_dates(text, anchor=ANCHOR) == [], text


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The dividend is twice as high this year as last.", ["2024", "2023"]),
        ("Sales were higher this month than last, he said.", ["2024-03", "2024-02"]),
        ("They earned more this week than last.", ["2024-W11", "2024-W10"]),
    ],
)
def test_elliptic_last_is_the_unit_before_the_one_compared(text: str, values: list[str]) -> None:
    found = find_dates(text, anchor=ANCHOR)
    assert [m.timex_value for m in found] == values
    assert found[-1].text == "last"


def test_last_alone_without_a_comparison_is_no_date() -> None:
    assert find_dates("He came last.", anchor=ANCHOR) == []
    assert find_dates("This year, as last time, he came.", anchor=ANCHOR)[-1].text == "This year"
    unresolved = find_dates("Sales rose this year as last.")
    assert [m.timex_value for m in unresolved] == ["XXXX", "XXXX"]


def test_the_year_of_an_amount_is_the_anchor_year() -> None:
    # "of" plus money is what the year reached, not "the year of the dragon"
    assert one("Shares hit a high for the year of $42.").timex_value == "2024"
    assert find_dates("It was the year of the dragon.", anchor=ANCHOR) == []
