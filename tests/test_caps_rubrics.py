"""Tests of ``analysis.ingest.layout.caps_rubrics``: a rubric in capitals run into the
headline on one line is no part of it (fix42a, held-out 140's vindy)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.caps_rubrics import without_caps_rubric

#: A wire story on a regional daily's page (placeholder text of our own): the rubric run
#: into the headline, the deck, the dateline and the lede.
RUBRIC_PAGE = (
    "RIVER TRANSPORT Two provinces agree to share ferry timetables\n\n"
    "Officials from both banks met for a day of talks.\n"
    "CAN THO (AP) -- Two delta provinces said Friday they would publish one timetable for "
    "the ferries that cross the river between them, ending years of missed connections.\n"
    "The new timetable starts next month and will be printed at every pier.\n"
)


def test_a_capitals_rubric_run_into_the_headline_is_dropped() -> None:
    title = read_article(RUBRIC_PAGE).title
    assert title == "Two provinces agree to share ferry timetables"


def test_an_acronym_or_a_headline_in_capitals_stays() -> None:
    assert without_caps_rubric("ASEAN Leaders Meet in Hanoi") == "ASEAN Leaders Meet in Hanoi"
    assert without_caps_rubric("TWO PROVINCES SHARE FERRIES") == "TWO PROVINCES SHARE FERRIES"
