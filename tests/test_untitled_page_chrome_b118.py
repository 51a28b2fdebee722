"""Tests of the interface lines added to ``chrome`` of ``data/header_scoring.yaml`` for
held-out 118: pages saved without their headline (an event page from its registration box,
a transcription service's public transcript, a talk show's page from under its title)
opened with interface text that was read as the headline (placeholder pages in the
fixtures' layouts)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

TEXT = (
    "Port officials from the three provinces met on Monday to agree on one timetable for the "
    "ferries that cross the bay, so that passengers can change boats without waiting overnight. "
    "The timetable will be printed in three languages and posted at every pier.\n\n"
    "The officials will meet again in the autumn to add the winter crossings and to review "
    "the fares charged on the longest routes.\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "Registration\nYou will receive an email confirming your registration.\n",
        "Happy Harbour Logo\n\n\nProofread by 0 readers\n\n",
        "Guest Host: Marta Quill\n\n",
        "What's happening on\n\n",
    ],
)
def test_interface_text_over_a_page_saved_without_its_headline_is_no_headline(
    opening: str,
) -> None:
    article = read_article(opening + TEXT)
    assert article.title == ""
    assert article.author == ""


@pytest.mark.parametrize(
    "headline",
    [
        "Registration Opens for the Ferry Pass Scheme",
        "What's Happening on the Bay Ferries?",
        "Guest Host Marta Quill Leaves the Morning Show",
    ],
)
def test_headlines_opening_with_the_same_words_stay_headlines(headline: str) -> None:
    article = read_article(f"{headline}\n\nBy Lan Pham\n\nHanoi, May 5 (VNA) - {TEXT}")
    assert article.title == headline
