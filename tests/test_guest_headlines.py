"""Tests of ``analysis.ingest.layout.guest_headlines``: a headline ``Name: <post>`` names
the page's guest, not its writer."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.guest_headlines import guest_headline, is_post
from analysis.ingest.page_rules import load_rules, scoring_of

SCORING = scoring_of(load_rules())

#: The radio archive of held-out 57 (classical89): the guest's name and post as the
#: headline, one paragraph with the air date glued to its end.
_RADIO_ARCHIVE = (
    "Tran Minh Khoa: Shrimp Farmer and Community Organiser\n"
    "He left Phan Thiet by boat in 1979 and now runs a cooperative of forty shrimp boats "
    "out of Port Arthur. We talk about the Gulf Coast families who send buyers back to "
    "Vietnam every winter, the trade missions that now come the other way, and why a man "
    "who once fled the country sits on a committee that welcomes its officials."
    "—Original airdate: 3/14/2016\n"
)


def test_a_guests_name_and_post_in_the_headline_is_no_writer() -> None:
    article = read_article(_RADIO_ARCHIVE)
    assert article.title == "Tran Minh Khoa: Shrimp Farmer and Community Organiser"
    assert article.author == ""


def test_a_commentary_headline_after_the_writers_name_still_gives_the_writer() -> None:
    """Negative: the same page with a headline after the colon keeps the writer's name
    (``unbylined_authors._headline_writer``)."""
    commentary = _RADIO_ARCHIVE.replace(
        "Shrimp Farmer and Community Organiser", "Why the Gulf Coast Trade Keeps Growing"
    )
    assert read_article(commentary).author == "Tran Minh Khoa"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shrimp Farmer and Community Organiser", True),
        ("Former Ambassador to Vietnam", True),
        ("Poet, Translator & Teacher", True),
        ("Veterans", True),
        ("Why the Ambassador Must Go", False),
        ("shrimp farmer and community organiser", False),  # not title case: a sentence
        ("Farmer and the Long Road Home", False),  # a part ending with no post
        ("One Two Three Four Five Six Seven Eight Farmer", False),  # too long for a post
        ("", False),
    ],
)
def test_is_post(text: str, expected: bool) -> None:
    assert is_post(text, SCORING) is expected


def test_guest_headline_needs_a_colon() -> None:
    assert not guest_headline("Shrimp Farmer and Community Organiser", SCORING)
    assert guest_headline("Le Thi Hoa: Poet", SCORING)


def test_headline_posts_are_read_through_the_rules() -> None:
    assert {"farmer", "organiser", "ambassador"} <= SCORING.headline_posts
