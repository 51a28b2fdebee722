"""Tests of ``analysis.ingest.layout.headline_over_text``: where a page's running text
begins, and the long lines over it that are headlines, on placeholder pages."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.headline_over_text import first_text_line, headline_over_text
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import load_rules
from tests.page_reading import read_page

LEDE = (
    "The delegation met officials of the partner country on Tuesday and agreed to widen "
    "cooperation in trade, education and maritime research over the coming years."
)


def paragraphs(*lines: tuple[str, str]) -> list[Paragraph]:
    """Paragraphs of (text, kind) pairs, one per line."""
    return [Paragraph(t, t, n, n, kind=k) for n, (t, k) in enumerate(lines, start=1)]


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def test_a_question_over_its_byline_is_a_headline(rules) -> None:
    question = (
        "Can the two neighbours keep their river agreement alive when the dry season "
        "comes early and the dams upstream hold back more water than before?"
    )
    paras = paragraphs((question, ""), ("By Lan Tranh", "byline"), (LEDE, ""))
    assert headline_over_text(paras, 0, rules)
    assert first_text_line(paras, rules) == 2


def test_a_question_inside_the_text_is_no_headline(rules) -> None:
    """The same question followed by prose, not by a byline, is a line of the text."""
    question = "Can the two neighbours keep their river agreement alive this year?"
    paras = paragraphs((LEDE, ""), (question, ""), (LEDE, ""))
    assert not headline_over_text(paras, 1, rules)
    assert first_text_line(paras, rules) == 0


def test_a_long_first_line_without_a_stop_is_the_headline(rules) -> None:
    long_title = (
        "Vietnam and its partners open a new round of talks on fisheries, ports and "
        "the training of young diplomats in the region"
    )
    paras = paragraphs((long_title, ""), (LEDE, ""))
    assert headline_over_text(paras, 0, rules)
    assert first_text_line(paras, rules) == 1


def test_a_first_line_that_closes_a_sentence_is_text(rules) -> None:
    """Negative: a first line with its full stop is the lede itself."""
    paras = paragraphs((LEDE, ""), (LEDE.replace("Tuesday", "Friday"), ""))
    assert not headline_over_text(paras, 0, rules)
    assert first_text_line(paras, rules) == 0


def test_the_loader_takes_the_long_headline_as_title() -> None:
    long_title = (
        "Vietnam and its partners open a new round of talks on fisheries, ports and "
        "the training of young diplomats in the region"
    )
    row = read_page(f"{long_title}\n\n{LEDE}\n\n{LEDE.replace('Tuesday', 'Friday')}\n")
    assert row["title"] == long_title
