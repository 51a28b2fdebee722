"""Tests for ``analysis.ingest.layout.section_bylines``: a writer's name alone under the
headline, over a paper's first section heading, is the byline (held-out 114). Placeholder
pages; a heading or a place under the headline is no writer."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from tests.page_reading import line_kinds

#: A journal's article page (placeholder text about river gauges).
PAPER = (
    "Reading the River Before the Flood\n\n"
    "Marguerite Lindqvist\n\n"
    "Introduction\n\n"
    "River gauges are easy to forget until one fails. In the upper basin, thirty of them "
    "report levels to two flood offices, and eleven failed at least once last season.\n\n"
    "This paper sets out where the gauges stand and what a modest repair programme would "
    "cost.\n"
)


def _read(text: str):
    return read_article(text)


def test_a_name_over_the_introduction_heading_is_the_writer():
    article = _read(PAPER)
    assert article.title == "Reading the River Before the Flood"
    assert article.author == "Marguerite Lindqvist"
    kinds = line_kinds(article)
    assert kinds["Marguerite Lindqvist"] == "byline"


def test_an_abstract_heading_works_too():
    article = _read(PAPER.replace("Introduction", "Abstract"))
    assert article.author == "Marguerite Lindqvist"


def test_a_subheading_over_the_introduction_is_no_writer():
    article = _read(PAPER.replace("Marguerite Lindqvist", "Lessons From the Upper Basin"))
    assert article.author == ""


def test_a_place_over_the_introduction_is_no_writer():
    article = _read(PAPER.replace("Marguerite Lindqvist", "Ho Chi Minh City"))
    assert article.author == ""
