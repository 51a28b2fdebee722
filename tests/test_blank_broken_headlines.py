"""Tests of ``analysis.ingest.layout.blank_broken_headlines``: a headline broken after a
joining word with a blank line between its pieces is joined (held-out 136's embassy
page)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.blank_broken_headlines import blank_broken_tail

# A page of our own: the headline over two lines with a blank between, two blanks under it.
PAGE = (
    "Why the river towns keep one timetable for\n\n"
    "the ferries of the dry season\n\n\n"
    "Six river towns have agreed one timetable for their ferries, so that travellers can "
    "change boats without waiting overnight.\n\n"
    "The timetable starts next month and will be reviewed after the rains.\n"
)


def test_a_headline_broken_across_a_blank_line_is_one_title() -> None:
    title = read_article(PAGE).title
    assert title == "Why the river towns keep one timetable for the ferries of the dry season"


def test_a_capitalised_or_closed_lower_piece_is_no_tail() -> None:
    assert not blank_broken_tail("Why the river towns keep one timetable for", "The ferries")
    assert not blank_broken_tail("Why the river towns keep one timetable for", "the ferries.")
    assert not blank_broken_tail("Why the river towns keep one timetable", "for the ferries")


def test_a_byline_under_a_headline_ending_in_by_is_no_tail() -> None:
    assert not blank_broken_tail("Ferries run again, as reported by", "by Anna Berg")
