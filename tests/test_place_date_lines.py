"""Tests of ``analysis.ingest.layout.place_date_lines``: a line of places then a day's
date ("Da Nang, Viet Nam | 9 November 2017") is where and when a paper was issued, never
its headline (fix36a, held-out 121)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.place_date_lines import place_date_features, places_then_date

_TEXT = (
    "This statement records what the ministers responsible for river transport decided when "
    "they met in the city on 8-9 November 2017, two years after their last meeting.\n\n"
    "We instruct our officials to agree on a common format for reporting ferry accidents.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "Da Nang, Viet Nam | 9 November 2017",
        "Hanoi, 12 March 2019",
        "Geneva, Switzerland - November 8, 2022",
        "Ho Chi Minh City, Vietnam · 3 May 2021 10:30",
    ],
)
def test_places_then_a_day(text: str) -> None:
    assert places_then_date(text)
    assert place_date_features(text, ["good_length"]) == ["date_place"]
    assert place_date_features(text, ["date_place"]) == []  # not twice


@pytest.mark.parametrize(
    "text",
    [
        "Talks in Da Nang, Viet Nam | 9 November 2017",  # words of a headline before
        "Da Nang, Viet Nam | 9 November 2017 | Ministers agree on ferries",  # words after
        "Hanoi, March 2019",  # a month, no day
        "Da Nang, Riverside | 9 November 2017",  # the last place not a listed one
        "Hanoi 12 March 2019",  # no separator
        "Vietnam, Laos agree on river ferries",  # no date
    ],
)
def test_other_lines(text: str) -> None:
    assert not places_then_date(text)


def test_a_paper_without_its_heading_has_no_headline() -> None:
    page = f"Skip to main content\n\n\nDa Nang, Viet Nam | 9 November 2017\n\n\n{_TEXT}"
    assert read_article(page).title == ""


def test_the_heading_over_the_line_stays() -> None:
    page = f"Joint Statement on River Ferries\n\nDa Nang, Viet Nam | 9 November 2017\n\n{_TEXT}"
    assert read_article(page).title == "Joint Statement on River Ferries"
