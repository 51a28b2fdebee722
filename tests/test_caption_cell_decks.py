"""Tests of a copy saved from its lead picture's cell (``layout.pipe_cells``,
``layout.opening_captions``, ``layout.byline_headlines``; fix42a): an empty image cell, a
caption closed by its agency's credit and a table cell's bar, the deck over "By Name".
The deck is no headline: the copy kept none (held-out 141's koreatimes)."""

from __future__ import annotations

from analysis.ingest.layout import read_article

#: A daily's story saved from its photo (placeholder text of our own).
PICTURE_CELL_PAGE = (
    "![]() |\n"
    "Two ministers walk past the harbour cranes in Busan, March 4. Hanbit |\n"
    "Planners say the port should add berths slowly as cargo from the south keeps growing\n"
    "By Lee Min-ho\n"
    "Cargo handled at the southern harbour rose for a third year in a row, the port office said.\n"
    "Officials plan two new berths but want to see next year's figures before they build.\n"
    "Shipping lines have asked for longer opening hours at the container yards.\n"
)


def test_a_deck_under_an_agency_credited_caption_cell_is_no_headline() -> None:
    article = read_article(PICTURE_CELL_PAGE)
    assert article.title == ""
    kinds = [p.kind for p in article.paragraphs[:3]]
    assert kinds[1] == "caption"


def test_a_headline_over_the_picture_cell_is_kept() -> None:
    page = "Busan harbour to add two berths\n" + PICTURE_CELL_PAGE.replace("![]() |\n", "")
    assert read_article(page).title == "Busan harbour to add two berths"
