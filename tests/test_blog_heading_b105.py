"""Tests of ``blog_posts.above_blog_heading`` (title feature ``above_blog_heading``, held-out
105): on a blog's label page the blog's name, printed twice over "Showing posts with label
X. Show all posts", had won the headline over the first post's title under its date header
(placeholder pages in the fixture's layout)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

POST = "Sunday Ferry History: The Night Boats of the Red River Delta"
TEXT = (
    "Readers of last week's post asked about the night boats that carried mail and rice "
    "between the delta's river towns until the bridges were built.\n\n"
    "The boats sailed after dark to avoid the daytime traffic, and their crews knew every "
    "sandbank of the river by the sound of the water against the hull.\n"
)

LABEL_PAGES = {
    "label": "River Notes\n\nRiver Notes\nShowing posts with label Vietnam. Show all posts\n"
    "Showing posts with label Vietnam. Show all posts\n\n",
    "search": "River Notes\n\nShowing posts sorted by relevance for query ferry. Sort by date "
    "Show all posts\n\n",
}


@pytest.mark.parametrize("name", sorted(LABEL_PAGES))
def test_the_first_posts_title_under_the_blogs_heading(name: str) -> None:
    page = LABEL_PAGES[name] + f"Sunday, March 13, 2022\n\n{POST}\n\n{TEXT}"
    article = read_article(page)
    assert article.title == POST
    assert article.paragraphs[0].kind != "title"


@pytest.mark.parametrize(
    "page",
    [
        # a post page with no label heading: its title under the date header
        f"River Notes\n\nSunday, March 13, 2022\n\n{POST}\n\n{TEXT}\nPost a Comment\n",
        # a news story with a dateline
        f"{POST}\n\nBy Lan Pham\n\nHanoi, May 5 (VNA) - {TEXT}",
    ],
)
def test_pages_without_a_listing_heading_keep_their_headline(page: str) -> None:
    assert read_article(page).title == POST


def test_a_heading_further_down_leaves_the_headline_alone() -> None:
    page = (
        f"{POST}\n\nSunday, March 13, 2022\n\n{TEXT}\nRelated posts\n\nAn older post\n\n"
        "Another post\n\nShowing posts with label Vietnam. Show all posts\n"
    )
    assert read_article(page).title == POST
