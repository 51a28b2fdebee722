"""A section's or a chapter's heading whose last word is a plural noun of notes, rules or
notices ("Info Notes", "General Definitions") is no writer's name (fix42d, held-out 145);
nor is a staff post after the name ("Name, Education Services Manager", held-out 144)."""

from __future__ import annotations

import pytest

from analysis.ingest.bylines import clean_author
from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules

_NOTE_PAGE = """Consulate of Placeholder Land

Info Notes

Links Between Two Harbour Towns, 14.03.2019

Links Between Two Harbour Towns

The two towns have exchanged trade fairs every spring since the ferry line opened.

A joint committee meets twice a year and has signed three small agreements on fishing.

Students from each town spend a term at the other's college.
"""

_CHAPTER_PAGE = """Full Text of the Placeholder Harbour Agreement

Preamble (English) (Other language)

Chapter 1: Initial Provisions and General Definitions (Other language)

Chapter 2: Movement of Goods (English) (Other language)

Chapter 3: Final Provisions (English)
"""


@pytest.mark.parametrize("page", [_NOTE_PAGE, _CHAPTER_PAGE])
def test_a_heading_of_notes_or_definitions_is_no_writer(page: str) -> None:
    assert read_article(page).author == ""


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Info Notes", ""),
        ("Travel Regulations", ""),
        ("Press Announcements", ""),
        ("Chapter 1: Initial Provisions and General Definitions (Other language)", ""),
        # negatives: writers' names stay
        ("By Nadia Kessler", "Nadia Kessler"),
        ("By Omar Provis and Lena Noteboom", "Omar Provis; Lena Noteboom"),
    ],
)
def test_heading_words_in_a_byline(byline: str, authors: str) -> None:
    assert clean_author(byline, load_rules()) == authors


_POST_PAGE = """Students Abroad: What the New Figures Say

The number of students leaving for study abroad rose again this year, the placeholder office said.

Most of them chose undergraduate courses, while graduate places went to scholarship holders.

Analysis by Rosa Lindqvist, Education Services Manager
"""


def test_a_staff_post_after_the_name_is_no_second_writer() -> None:
    assert read_article(_POST_PAGE).author == "Rosa Lindqvist"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Rosa Lindqvist, Education Services Manager", "Rosa Lindqvist"),
        ("By Omar Saleh, Programme Coordinator", "Omar Saleh"),
        ("By Anna Berg, Policy Specialist", "Anna Berg"),
        # negatives: two writers stay two
        ("By Anna Berg and Omar Saleh", "Anna Berg; Omar Saleh"),
    ],
)
def test_staff_posts_after_a_name(byline: str, authors: str) -> None:
    assert clean_author(byline, load_rules()) == authors
