"""Tests of ``analysis.ingest.layout.name_tails``: a writer's bare name with a place, a post
or an outlet after it under the headline, "Name, Hanoi", "Name | <paper>" (placeholder
pages)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.layout.name_tails import name_with_tail
from analysis.ingest.page_rules import load_rules
from tests.credit_pages import HEADLINE, credit_page


@pytest.mark.parametrize(
    "credit",
    [
        "Hoang Thi Ngoc, Hanoi",
        "Hoang Thi Ngoc in Da Nang",
        "Hoang Thi Ngoc, Reporter",
        "Hoang Thi Ngoc - Staff Writer",
        "Hoang Thi Ngoc | VnExpress",
        "Hoang Thi Ngoc, River Post Weekly",
    ],
)
def test_a_writer_with_a_tail_under_the_headline(credit):
    article = read_article(credit_page(credit, "River Post Weekly"))
    assert article.author == "Hoang Thi Ngoc"
    assert article.title == HEADLINE


def _lines(*texts: str) -> list[Paragraph]:
    return [Paragraph(t, t, k + 1, k) for k, t in enumerate(texts)]


@pytest.mark.parametrize(
    "line",
    [
        "Hoang Thi Ngoc, Farmer",  # no post of a writer
        "Quang Ninh, Vietnam",  # a place line
        "Lao Cai Province, Vietnam",
        "Hoang Thi Ngoc, Tran Van Duc",  # two names (the co-writer rule's)
        "Ferry Services Resume in Lao Cai Province Today",  # a headline in Title Case
    ],
)
def test_lines_that_are_no_writer_with_a_tail(line):
    paras = _lines("River Post Weekly", HEADLINE, line)
    assert not name_with_tail(paras, 2, load_rules())


def test_two_names_with_tails_in_a_row_are_a_panel_not_a_writer():
    rules = load_rules()
    paras = _lines(HEADLINE, "Hoang Thi Ngoc, Reporter", "Tran Van Duc, Reporter", "Text.")
    assert not name_with_tail(paras, 1, rules)
    alone = _lines(HEADLINE, "Hoang Thi Ngoc, Reporter", "The port reopened on Monday.")
    assert name_with_tail(alone, 1, rules)
