"""Tests of ``analysis.ingest.layout.wiki_taglines``: a wiki's tagline "From <Site>" over
its skip links names the site (held-out 139's Leftypedia), while a repost's "From <Name>"
credit alone does not."""

from __future__ import annotations

from analysis.ingest.layout import read_article

#: A MediaWiki article of a wiki of its own (placeholder text): the title, the tagline,
#: the skip links, a caption, the lead.
WIKI_PAGE = (
    "River Ferry War\n\n"
    "From Riverpedia\n"
    "Jump to navigation Jump to search\n"
    "Map of the two river towns.\n\n"
    "The River Ferry War was a short dispute between two river towns over the landing "
    "fees of the night crossings, settled by the provincial court a year later.\n"
)


def test_a_wikis_tagline_names_the_site() -> None:
    article = read_article(WIKI_PAGE)
    assert article.outlet == "Riverpedia"
    assert article.author == ""


def test_a_from_line_without_skip_links_stays_a_credit() -> None:
    page = WIKI_PAGE.replace("Jump to navigation Jump to search\n", "")
    assert read_article(page).outlet != "Riverpedia"


def test_an_older_skins_skip_links_and_a_redirect_note() -> None:
    older = WIKI_PAGE.replace("Jump to navigation Jump to search", "Jump to: navigation, search")
    assert read_article(older).outlet == "Riverpedia"
    redirected = WIKI_PAGE.replace(
        "Jump to navigation", "  (Redirected from River ferry war)\nJump to navigation"
    )
    assert read_article(redirected).outlet == "Riverpedia"
