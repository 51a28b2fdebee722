"""Tests for ``analysis.ingest.layout.back_matter`` (held-out 147)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.back_matter import back_matter_start
from analysis.ingest.layout.lines import split_lines
from tests.page_reading import line_kinds

#: A reading site's summary of a think tank's paper (placeholder text): labels, points,
#: and the cited works under "References", one a line as "Mon YYYY <SOURCE> <title>".
SUMMARY_PAGE = (
    "BLUF\n\n"
    "For all its talk of balance, the river commission quietly favours whatever keeps the "
    "shared water rules in place.\n\n"
    "Summary\n\n"
    "A contributor argues that any view of the new dam pact must include the downstream "
    "states, which judge it to serve the upstream partner's own interests.\n\n"
    "The pact grew out of two dry seasons and a long quarrel over fishing grounds.\n\n"
    "References\n\n"
    "Aug 2021 ASPI Vietnam and Laos build a framework for river talks\n\n"
    "Sep 2021 The Diplomat Dam politics seen from the delta\n"
)


def test_references_under_the_text_give_no_headline_and_no_byline():
    """'References' is no headline, and a cited work's line is no byline."""
    article = read_article(SUMMARY_PAGE)
    assert article.title == ""
    assert article.author == ""
    kinds = line_kinds(article)
    assert kinds["References"] == "boilerplate"
    assert kinds["Aug 2021 ASPI Vietnam and Laos build a framework for river talks"] == (
        "boilerplate"
    )


def test_a_label_above_the_text_is_no_back_matter():
    """A 'Sources' line over the text (a menu's, a section's) starts no back matter."""
    page = "Sources\n\nThe river commission met on Monday and agreed on new rules for dams.\n"
    assert back_matter_start(split_lines(page)) == -1


def test_the_text_before_the_back_matter_keeps_its_kinds():
    """The summary's paragraphs above the heading stay text."""
    kinds = line_kinds(read_article(SUMMARY_PAGE))
    assert kinds[
        "The pact grew out of two dry seasons and a long quarrel over fishing grounds."
    ] in (
        "lede",
        "body",
    )
