"""Tests for an editor's initials after the writer's name and a slash ("Name / rc",
``byline_tails.without_editor_initials``), held-out 114: a broadcaster's old article page
prints the writer, a slash and the editor's initials glued to the date. Placeholder page."""

from __future__ import annotations

import pytest

from analysis.ingest.byline_tails import without_editor_initials
from analysis.ingest.bylines import byline_names
from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules

#: A broadcaster's article page in its old layout (placeholder text about river gauges).
OLD_PAGE = (
    "  1. Skip to content\n"
    "  2. Skip to main menu\n\n"
    "River gauges\n\n"
    "Anja Brandt / mkJune 3, 2015\n\n"
    "Engineers from two countries have shared flood data for a decade. They meet in Hue this "
    "week to plan the next ten years.\n\n"
    "The first shared gauge went up on the upper river in 2005. Today there are twenty, and "
    "their readings reach both flood offices within minutes, says Jonas Weber of the water "
    'partnership office. "We read the same numbers," he told the broadcaster.\n'
)


def test_the_writer_before_the_editors_initials_is_the_author():
    article = read_article(OLD_PAGE)
    assert article.author == "Anja Brandt"
    assert article.title == "River gauges"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Lena Vossberg / rc", ["Lena Vossberg"]),
        ("Anja Brandt / shs", ["Anja Brandt"]),
        ("By Tran Minh / ap", ["Tran Minh"]),
    ],
)
def test_initials_after_a_slash_are_no_name(line: str, names: list[str]):
    assert byline_names(line, load_rules()) == names


@pytest.mark.parametrize(
    "line",
    ["Name / Reuters", "Tran Minh / VNA", "Hanoi / Ha Long", "and/or", "Name / Staff reporter"],
)
def test_an_outlet_or_a_word_after_a_slash_stays(line: str):
    assert without_editor_initials(line) == line
