"""Tests for two forms of link chrome in ``chrome`` (``data/header_scoring.yaml``),
held-out 114: a theme's skip link naming the key to press and a section heading glued to
its "See all →" link. Placeholder pages; headlines holding the same words stay headlines."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules, scoring_of
from tests.page_reading import line_kinds

#: A student paper's opinion page saved from its top (placeholder text about bicycles).
SKIP_PAGE = (
    'Press "Enter" to skip to content\n\n'
    "Let the bicycles back on campus\n\n"
    "Anyone who has crossed the main quad at noon knows how much time a bicycle would save, "
    "and the ban that has kept them off the paths for six years no longer makes sense.\n\n"
    "The safety worries that led to the ban were real, but the new paths are wide enough for "
    "both walkers and riders, and most other campuses in the city allow bicycles.\n"
)

#: A country page listing an analysis service's reports (placeholder text about ports).
SEE_ALL_PAGE = (
    "\nLaos\n"
    "Reports on Laos See all →\n\n"
    "River ports wait for the dry season\n\n"
    "Barges on the upper river run half empty from March to May, and port operators say "
    "they cannot plan for the year until the dams publish their release schedules.\n\n"
    "Rice exports find new buyers\n"
    "Millers have signed contracts with buyers in three new markets this year.\n"
)


def test_a_skip_link_naming_the_key_is_no_headline():
    article = read_article(SKIP_PAGE)
    assert article.title == "Let the bicycles back on campus"
    kinds = line_kinds(article)
    assert kinds['Press "Enter" to skip to content'] == "boilerplate"


def test_a_heading_glued_to_its_see_all_link_is_no_headline():
    article = read_article(SEE_ALL_PAGE)
    assert article.title == "River ports wait for the dry season"
    kinds = line_kinds(article)
    assert kinds["Reports on Laos See all →"] == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        'Press "Enter" to skip to content',
        "Press “Enter” to skip to content",
        "Press Enter to skip to main content",
        "Reports on Vietnam See all →",
        "Latest news View all ›",
        "See all →",
        "Opinion See more »",
    ],
)
def test_link_chrome_lines(line: str):
    assert scoring_of(load_rules()).chrome.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Press freedom group says it will skip the summit",
        "Enter the dragon: a new ferry for the delta",
        "Why the ministers did not see all the risks",
        "Visitors can now see all twelve islands from the new lighthouse",
        "View all the photos from the ferry launch",
        "Hanoi (VNA) - Visitors may see all exhibits free of charge on Sunday.",
        "By Nguyen Van An",
    ],
)
def test_headlines_and_text_with_those_words_are_not_chrome(line: str):
    chrome = scoring_of(load_rules()).chrome
    assert not chrome.match(line)
