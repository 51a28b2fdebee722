"""Tests of ``analysis.ingest.layout.page_forms``: the held-out 79 forms registered as two
calls of ``read_article`` (the cable's block and a cut quotation; their dates)."""

from __future__ import annotations

from analysis.ingest.layout import load_rules
from analysis.ingest.layout.lines import Article, split_lines
from analysis.ingest.layout.page_forms import date_page_forms, label_page_forms
from tests.test_cable_header import CABLE


def test_a_cable_is_labelled_and_dated_by_its_group_only_when_the_page_has_no_date() -> None:
    paras = split_lines(CABLE)
    cable = label_page_forms(paras)
    assert cable is not None
    assert next(p for p in paras if p.text == "FM AMCONSUL RIVERTON").kind == "boilerplate"
    article = Article(paragraphs=paras)
    date_page_forms(article, cable, load_rules())
    assert str(article.header_date.date_start.date()) == "2007-03-07"
    dated = Article(paragraphs=paras, footer_date=article.header_date)
    date_page_forms(dated, cable, load_rules())
    assert dated.header_date is None  # the page's own date stands


def test_a_page_without_a_cable_is_left_alone() -> None:
    paras = split_lines("A headline of the river\n\nThe ferry left the pier at dawn today.")
    assert label_page_forms(paras) is None
    article = Article(paragraphs=paras)
    date_page_forms(article, None, load_rules())
    assert article.header_date is None
