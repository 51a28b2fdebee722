"""Tests of ``analysis.ingest.layout.crumb_cuts``: a glued breadcrumb trail closed by the
headline cut with an ellipsis (held-out 92), on a page of our own (a barge line)."""

from __future__ import annotations

import re

from hypothesis import assume, given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.crumb_cuts import crumb_cut_copy

HEADLINE = "New Barge Line Links Two Border Ports on the Red River"

PAGE = "\n".join(
    [
        "HomeRiver TradeNew Barge Line Links Two Border Ports on the,...",
        "",
        HEADLINE,
        "",
        "A new barge line between two border ports carried its first loads of fruit this week.",
        "",
        "The barges run twice a week, and trucks take the goods on to the markets.",
    ]
)


def test_the_trail_is_set_aside_and_the_headline_under_it_is_the_title() -> None:
    article = read_article(PAGE)
    assert article.title == HEADLINE
    trail = article.paragraphs[0]
    assert trail.kind == "boilerplate"


def test_a_cut_headline_without_a_trail_or_another_line_is_no_copy() -> None:
    assert not crumb_cut_copy("New Barge Line Links Two Border Ports on the,...", HEADLINE)
    assert not crumb_cut_copy("HomeRiver TradeOld Ferry Line Closes After a,...", HEADLINE)
    assert not crumb_cut_copy("HomeRiver TradeNew Barge Line Links Two Border Ports", HEADLINE)


@given(st.text(max_size=80), st.text(max_size=80))
def test_a_line_without_a_closing_ellipsis_is_never_a_cut_copy(line: str, nxt: str) -> None:
    assume(not re.search(r"(?:\.{3}|…)\s*$", line))
    assert not crumb_cut_copy(line, nxt)
