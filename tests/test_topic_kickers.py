"""Tests of ``topic_kickers``: a topic kicker on a paper's first line ("Asean Summit:
Singapore") over the headline, a standfirst and captions is no headline (held-out 98's
miss, fix31). Placeholder pages; colon headlines, labels over a question and datelines
are no kickers."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.topic_kickers import topic_kicker

HEADLINE = "Harbour Town and Port Lia to share ferry timetables through a joint office"
PAGE = (
    "{kicker}\n\n{headline}\n\nOffice to open next spring, says port chief\n\n"
    "Port officials at the quay in Harbour Town on Friday.\n"
    "Port officials at the quay in Harbour Town on Friday.PHOTO: HARBOUR OFFICE\n\n"
    "Harbour Town and Port Lia will open a joint office to share ferry timetables, the "
    "port chief said on Friday after talks with his counterpart.\n\n"
    "The office will publish one timetable for both ports from next spring.\n"
)


@pytest.mark.parametrize(
    "kicker", ["Ferry Summit: Harbour Town", "Coronavirus: Port Lia", "Budget 2024: Ports"]
)
def test_the_headline_under_a_topic_kicker(kicker: str) -> None:
    assert read_article(PAGE.format(kicker=kicker, headline=HEADLINE)).title == HEADLINE


@pytest.mark.parametrize(
    ("line", "below"),
    [
        ("Interview: Le Minh Chau", "How are the ferry ports adapting to demand?"),
        ("Ferry talks: the ports agree to share timetables", HEADLINE),  # a colon headline
        ("Harbour Town, May 5 (VNA) - Ferries resumed", HEADLINE),
        ("Mekong Ports: Emerging Trade Architecture In The Delta", HEADLINE),  # too long
        ("Ferry summit: harbour town", HEADLINE),  # not capitalised
    ],
)
def test_lines_that_are_no_topic_kicker(line: str, below: str) -> None:
    assert not topic_kicker(line, below)
