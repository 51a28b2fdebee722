"""Tests of ``analysis.ingest.layout.interview_headlines``: a headline naming the person
interviewed over that name alone on its line (held-out 112, fix33d), on a page of our own
(an interview with a ferry historian)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.interview_headlines import interviewed_name

BODY = [
    "",
    "Mai Thu Hoang is a historian of river transport at Delta University and a visiting "
    "fellow at the Coastal Institute. Her research concerns ferries and landing stages.",
    "",
    "How did you come to study ferries?",
    "",
    "My grandmother ran a landing stage on the river, and I grew up with the boats and "
    "their timetables. Nobody had written about the people who kept them running.",
]


def test_the_name_the_interview_headline_gives_is_no_writer() -> None:
    article = read_article("\n".join(["Interview – Mai Thu Hoang", "", "Mai Thu Hoang", *BODY]))
    assert article.title == "Interview – Mai Thu Hoang"
    assert article.author == ""


def test_an_interviewers_byline_or_another_name_stays_the_writer() -> None:
    with_by = read_article("\n".join(["Interview – Mai Thu Hoang", "", "By Corin Ashby", *BODY]))
    assert with_by.author == "Corin Ashby"
    other = read_article("\n".join(["Ferries Come Back to the Delta", "", "Mai Thu Hoang", *BODY]))
    assert other.author == "Mai Thu Hoang"  # no interview's label: an author's card as before


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Interview – Mai Thu Hoang", "mai thu hoang"),
        ("Interview with Mai Thu Hoang", "mai thu hoang"),
        ("In conversation with Corin Ashby", "corin ashby"),
        ("Q&A: Corin Ashby", "corin ashby"),
        # Negatives: a headline about interviews, a dateline, a plain headline.
        ("Interviews show a split over ferry fares", ""),
        ("Hanoi, May 5 (VNA) - Ferries return", ""),
        ("Ferries Come Back to the Delta", ""),
    ],
)
def test_interviewed_name(title: str, name: str) -> None:
    assert interviewed_name(title) == name
