"""Tests for ``analysis.ingest.layout.set_apart_headlines`` (fix35a): a long headline
written as a sentence without a stop, set apart from the text by a wider gap, is the
headline; on placeholder pages."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.set_apart_headlines import blanks_after, set_apart_headline

_HEADLINE = (
    "The Provincial Union of Friendship Societies welcomed a delegation of the youth union "
    "of Vientiane to discuss exchanges between the schools of the two sides"
)
_LEDE = (
    "Ms Le Thi Mai, vice chair of the provincial union, chaired the talks, which were also "
    "attended by the leaders of the friendship association and by representatives of the "
    "city's women union"
)
_NEXT = (
    "Founded in 1990, the youth union keeps a twinning relation with the province's "
    "schools. Every year one of the two sides hosts a meeting to review the exchanges of "
    "pupils and teachers."
)


def test_a_long_headline_over_two_blank_lines_is_the_headline():
    page = f"{_HEADLINE}\n\n\n{_LEDE}\n\n{_NEXT}\n"
    assert read_article(page).title == _HEADLINE


def test_the_same_lines_one_blank_apart_give_no_headline():
    page = f"{_HEADLINE}\n\n{_LEDE}\n\n{_NEXT}\n"
    assert read_article(page).title == ""


def test_set_apart_headline_and_its_negatives():
    assert set_apart_headline(split_lines(f"{_HEADLINE}\n\n\n{_LEDE}\n\n{_NEXT}\n"), 0)
    # no wider gap under the first line
    assert not set_apart_headline(split_lines(f"{_HEADLINE}\n\n{_LEDE}\n\n{_NEXT}\n"), 0)
    # the first line closes a sentence: a lede
    assert not set_apart_headline(split_lines(f"{_HEADLINE}.\n\n\n{_LEDE}\n\n{_NEXT}\n"), 0)
    # a sentence's stop inside the first line
    two = "The union met. It welcomed a delegation of the youth union of the province"
    assert not set_apart_headline(split_lines(f"{two}\n\n\n{_LEDE}\n\n{_NEXT}\n"), 0)
    # no running text under it, or not the page's first line
    assert not set_apart_headline(split_lines(f"{_HEADLINE}\n\n\nShare\n\n{_NEXT}\n"), 0)
    paras = split_lines(f"Menu\n{_HEADLINE}\n\n\n{_LEDE}\n\n{_NEXT}\n")
    assert not set_apart_headline(paras, 1)


def test_blanks_after_counts_the_blank_lines_under_a_paragraph():
    paras = split_lines("One\n\n\nTwo\nThree\n\n")
    assert [blanks_after(p) for p in paras] == [2, 0, 1]
