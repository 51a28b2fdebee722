"""Tests of the tagline added to ``chrome`` of ``data/header_scoring.yaml`` for held-out
105: an institute's blog prints "Published daily by the <Institute>" over its archive, a
line that had tied with the first item's headline and won by standing first (placeholder
pages in the fixture's layout)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

HEADLINE = "Storm season: who answers the ferry's mayday call?"
ARCHIVE = (
    "Skip to main content\nThe Harbour Review\n\nReview - Menu Links\n\n  • Articles\n"
    "  • Debates\n  • About\n\nPublished daily by the Harbour Institute\n\n"
    "  • 9 Nov 2021\n    • Islands\n\n"
    f"    {HEADLINE}\n\n    Lan Pham\n"
    "    Island provinces share a handful of rescue boats. A common duty roster would let "
    "them cover twice the water.\n  • 8 Nov 2021\n    • Ports\n\n"
    "    Keeping the lights on at the pier\n\n    Minh Tran\n"
    "    Pier lamps on the outer islands are ageing, and solar lamps would cut the cost.\n"
)


def test_the_first_items_headline_under_the_tagline() -> None:
    article = read_article(ARCHIVE)
    assert article.title == HEADLINE
    tagline = next(p for p in article.paragraphs if p.text.startswith("Published daily"))
    assert tagline.kind == "boilerplate"


@pytest.mark.parametrize(
    "headline",
    [
        "Published weekly by volunteers, a river paper turns fifty",  # a clause runs on
        "Published Daily by the Ferry Board: A History of the Timetable",  # a colon, a title
    ],
)
def test_headlines_opening_with_the_words_stay_headlines(headline: str) -> None:
    page = (
        f"{headline}\n\nBy Lan Pham\n\nHanoi, May 5 (VNA) - The river paper printed its "
        "first issue fifty years ago this week, and its volunteers still fold every copy.\n"
    )
    assert read_article(page).title == headline
