"""Tests of ``analysis.ingest.layout.wiki_titles``: the line over a wiki's tagline
("From <Site>" over the skip links) is the headline (held-out 139's Leftypedia)."""

from __future__ import annotations

from analysis.ingest.layout import read_article

#: A MediaWiki article of a wiki of its own (placeholder text): the title, the tagline,
#: the skip links, a caption, the lead naming the title again.
WIKI_PAGE = (
    "Hill Canal Dispute\n\n"
    "From Canalpedia\n"
    "Jump to navigation Jump to search\n"
    "Map of the two valleys along the canal.\n\n"
    "The Hill Canal Dispute was a quarrel between two valley towns over the water of the "
    "canal in dry summers, settled by the provincial council after a long hearing.\n"
)


def test_the_line_over_a_wikis_tagline_is_the_headline() -> None:
    article = read_article(WIKI_PAGE)
    assert article.title == "Hill Canal Dispute"
    assert article.outlet == "Canalpedia"
    assert "over_wiki_tagline" in article.title_source


def test_a_sentence_over_the_tagline_is_no_headline() -> None:
    page = WIKI_PAGE.replace("Hill Canal Dispute\n\n", "This page was moved in the spring.\n\n", 1)
    assert "over_wiki_tagline" not in read_article(page).title_source


def test_a_blogs_title_over_a_copied_wiki_header_is_left_to_the_scorer() -> None:
    page = "Notes on the Canal Quarrel (Part One)\n\n" + WIKI_PAGE
    assert "over_wiki_tagline" not in read_article(page).title_source
