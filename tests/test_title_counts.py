"""Tests of ``analysis.ingest.layout.title_counts``: an aggregator's count in brackets
closing a headline is no part of it (fix42a, held-out 141's uaport)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.title_counts import without_closing_count

#: An aggregator's item (placeholder text of our own): the headline and its count of
#: related items, the source and its stamp, the teaser.
AGGREGATOR_ITEM = (
    "Two Ferry Companies Agree To Share River Piers (14)\n\n"
    "River Weekly 2015.03.02 09:10\n"
    "The two companies that run boats on the upper river will share four piers from next "
    "month, their managers said on Monday, ending a long quarrel over berthing times.\n"
)


def test_an_aggregators_count_closing_the_headline_is_dropped() -> None:
    assert read_article(AGGREGATOR_ITEM).title == "Two Ferry Companies Agree To Share River Piers"


def test_a_year_or_a_part_number_closing_a_headline_stays() -> None:
    assert without_closing_count("Defence White Paper (2019)") == "Defence White Paper (2019)"
    assert without_closing_count("River quarrels explained (2)") == "River quarrels explained (2)"


#: A photo agency's gallery page (placeholder text of our own): the gallery's heading with
#: its count of pictures, the viewing control, the description.
GALLERY_PAGE = (
    "Ferry Piers - Upper River Towns (24 images)\n\n"
    "View: 50 | All\n\n"
    "Pictures of the four shared piers taken on the day the two ferry companies opened them "
    "to each other's boats, with the crews and the town's harbour staff.\n"
)


def test_a_count_naming_what_it_counts_is_dropped_whatever_its_digits() -> None:
    assert without_closing_count("Ferry piers at dawn (6 Photos)") == "Ferry piers at dawn"
    assert without_closing_count("Ferry Piers - Upper River Towns (24 images)") == (
        "Ferry Piers - Upper River Towns"
    )
    assert read_article(GALLERY_PAGE).title == "Ferry Piers - Upper River Towns"
