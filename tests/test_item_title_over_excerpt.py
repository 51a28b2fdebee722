"""Tests of the item's title over a bare "… Continue reading" (``continue_links``, fix41c):
a category page saved from its first item down takes the item's title, a short line over
its excerpt (held-out 139's tlfoundation), when the layout found no headline."""

from __future__ import annotations

from analysis.ingest.layout import read_article

#: A foundation's category page from its first item (placeholder text): the item's
#: title, its excerpt closed by a bare link.
CATEGORY_PAGE = (
    "Vietnamese River Ferries\n\n"
    "For thirty years the ferry families of the two river towns kept logs of every "
    "crossing, the floods and the fares; our volunteers are gathering the logs and the "
    "stories told about them on the landings at night in … Continue reading\n"
)


def test_the_items_title_over_a_bare_continue_link() -> None:
    article = read_article(CATEGORY_PAGE)
    assert article.title == "Vietnamese River Ferries"
    assert "no_headline" not in article.metadata_flags


def test_a_sentence_over_the_excerpt_is_no_title() -> None:
    page = CATEGORY_PAGE.replace("Vietnamese River Ferries", "The ferry families kept logs.")
    assert "excerpt closed by" not in read_article(page).title_source


def test_an_excerpt_without_the_link_gives_no_title() -> None:
    page = CATEGORY_PAGE.replace(" … Continue reading", ".")
    assert read_article(page).title == ""
