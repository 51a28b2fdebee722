"""Event candidates in one sentence (``analysis/annotators/event_candidates.py``): the forms found
with their dates and countries, the negatives, and no error on any text."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.annotators.timeline import (
    event_candidates,
    load_event_types,
)
from analysis.dates import find_dates

T = pd.Timestamp


def candidates(text: str, anchor: str | None = None) -> list[tuple[str, str, str, str]]:
    matches = find_dates(text, anchor=T(anchor) if anchor else None)
    return [
        (c.type, str(c.date_start.date()), str(c.date_end.date()), "; ".join(c.countries))
        for c in event_candidates(text, matches)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "US President Joe Biden paid a state visit to Vietnam from September 10-11, 2023.",
            [("visit", "2023-09-10", "2023-09-11", "United States; Vietnam")],
        ),
        (
            "In late 2023, Vietnam and Japan elevated bilateral relations to a Comprehensive "
            "strategic partnership.",
            [("upgrade", "2023-09-01", "2023-12-31", "Vietnam; Japan")],
        ),
        (
            "Prime Minister Pham Minh Chinh held phone talks with Japan's Prime Minister on "
            "March 3, 2022.",
            [("talks", "2022-03-03", "2022-03-03", "Vietnam; Japan")],
        ),
        (
            "Vietnam and Laos signed a cooperation agreement on 5 January 2023.",
            [("agreement", "2023-01-05", "2023-01-05", "Vietnam; Laos")],
        ),
        (
            "Vietnam was elected a member of the United Nations Human Rights Council for the "
            "term 2023-2025.",
            [("appointment", "2023-01-01", "2025-12-31", "Vietnam")],
        ),
        (
            "He said that from May 21-23 last year, Dmitry Medvedev visited Vietnam.",
            [("visit", "2023-05-21", "2023-05-23", "Russia; Vietnam")],
        ),
    ],
)
def test_event_candidates_forms(sentence, expected):
    assert candidates(sentence, anchor="2024-01-01") == expected


def test_two_events_in_one_sentence_get_their_own_dates_and_people():
    text = (
        "With regard to China, the visit to Vietnam from December 12-13, 2023 by President "
        "Xi Jinping, and the trip to China from October 30 to November 1, 2022 by General "
        "Secretary Nguyen Phu Trong were landmarks."
    )
    matches = find_dates(text)
    found = [(c.type, c.date_start, c.persons) for c in event_candidates(text, matches)]
    assert found == [
        ("visit", T("2023-12-12"), ("Xi Jinping",)),
        ("visit", T("2022-10-30"), ("Nguyen Phu Trong",)),
    ]


def test_after_a_congress_dates_the_visit_to_the_following_month():
    text = (
        "The official visit to China made by General Secretary Nguyen Phu Trong immediately "
        "after the 20th National Congress of the Communist Party of China."
    )
    found = {c.type: c for c in event_candidates(text, find_dates(text))}
    assert set(found) == {"visit", "congress"}
    assert found["visit"].date_start == T("2022-10-23")
    assert found["visit"].date_end == T("2022-11-21")
    assert "after_reference" in found["visit"].flags
    assert found["congress"].date_start == T("2022-10-16")


@pytest.mark.parametrize(
    "sentence",
    [
        # a trigger word but nobody and nowhere to place it
        "The visit, a particularly important political event in 2022, achieved results.",
        # "elevated" without a new framework is not an upgrade
        "The Party's external relations in 2022 continued to be strengthened and elevated.",
        # dates but no diplomatic action
        "In 2022, Vietnam's trade turnover exceeded 700 billion USD.",
        # no date at all
        "General Secretary Nguyen Phu Trong paid an official visit to China.",
        # a count, not a year
        "Vietnam received 2000 delegations from China.",
    ],
)
def test_event_candidates_negative(sentence):
    assert candidates(sentence, anchor="2024-01-01") == []


_event_words = st.sampled_from(
    [
        "visit",
        "visited",
        "talks",
        "summit",
        "signed",
        "elevated relations to a strategic partnership",
        "after the 20th National Congress of the Communist Party of China",
        "the 60th anniversary",
        "Vietnam",
        "China",
        "Xi Jinping",
        "Trong said",
        "from May 21-23 last year",
        "on 13/12/2021",
        "in late 2023",
        "for the term 2023-2025",
        "2022",
        ",",
        ";",
        ", and the",
        ".",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.one_of(_event_words, st.text(max_size=8)), max_size=25),
    anchor=st.one_of(st.none(), st.dates(T("1990-01-01").date(), T("2090-12-31").date())),
)
def test_event_candidates_never_raise_and_keep_dates_ordered(words, anchor):
    text = " ".join(words)
    matches = find_dates(text, anchor=T(anchor) if anchor else None)
    for cand in event_candidates(text, matches):
        assert cand.date_start <= cand.date_end
        assert cand.type in {t.id for t in load_event_types()}
        assert cand.date_start.year >= 1900 and cand.date_end.year <= 2100
