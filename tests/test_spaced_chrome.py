"""Tests of ``analysis.ingest.layout.spaced_chrome``: a row of skip and help links copied
with a space between them is chrome, never the headline (held-out 132: a publisher's book
chapter page opening "Skip to main content Accessibility help")."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.spaced_chrome import spaced_chrome
from analysis.ingest.page_rules import load_rules, scoring_of

CHROME = scoring_of(load_rules()).chrome

#: An invented chapter page in the publisher's form: the link row first, the stamp of the
#: visit, the chapter's title, its part, its day, its writers and the summary.
_CHAPTER = (
    "Skip to main content Accessibility help\n"
    "×\n"
    "Hostname: page-component-1a2b3c Total loading time: 0 Render date: 2024-06-02T09:15:40Z "
    "Has data issue: false hasContentIssue false\n\n"
    "River Ports and the Lower Mekong Trade\n\n"
    "from CAMBODIA\n\n"
    "Published online by Cambridge University Press:  10 September 2020\n\n"
    "Le Thi Hoa\n"
    "Affiliation:\n"
    "Researcher at a provincial institute of trade studies.\n"
    "Get access\n\n"
    "Summary\n\n"
    "Barges carrying rice and fertiliser have used the river ports of the lower Mekong for "
    "a century, and the chapter follows the rules that three governments set for them.\n\n"
    "It also reviews the customs posts opened along the river since 2010 and the joint "
    "inspections of cargo held at two of them.\n"
)


def test_skip_and_help_links_side_by_side_are_chrome() -> None:
    for row in (
        "Skip to main content Accessibility help",
        "Skip to main content  Skip to navigation",
        "Jump to page content Accessibility statement",
    ):
        assert spaced_chrome(row, CHROME), row


def test_a_headline_or_one_label_is_no_chrome_row() -> None:
    for row in (
        "Skip to main content",  # one label: the whole-line chrome pattern's business
        "Skip to main content Vietnam and the River Commission",  # a headline after it
        "Vietnam Widens Its Farm Partnerships Across Africa",  # title case: no labels
        "Accessibility help for Vietnamese readers of the Forum",
    ):
        assert not spaced_chrome(row, CHROME), row


def test_the_chapters_link_row_is_no_headline() -> None:
    article = read_article(_CHAPTER)
    assert article.title == "River Ports and the Lower Mekong Trade"
    assert article.paragraphs[0].kind == "boilerplate"
