"""A picture's alt text naming an interface icon ("ORCID Icon", "Email icon"), left where a
journal page's writers' names stood when their links were lost, names no writer (held-out
124: ``not_name_words`` of ``data/header_scoring.yaml`` gain ``icon`` and ``orcid``)."""

from __future__ import annotations

import pytest

from analysis.ingest.bylines import clean_author
from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules

#: A journal's article page saved as text: counters, the type label, the title, the icon's
#: alt text where the names stood, the abstract (placeholder text).
_ARTICLE_PAGE = """1,204
Views
0
CrossRef citations to date
Research Article

River ferries and the making of a border economy

ORCID Icon

ABSTRACT

This article follows the ferry crossings of two river provinces over three decades and asks how the landings shaped trade between them.
"""


def test_an_icon_under_the_title_is_no_writer() -> None:
    article = read_article(_ARTICLE_PAGE)
    assert article.title == "River ferries and the making of a border economy"
    assert article.author == ""


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("ORCID Icon", ""),
        ("Email icon", ""),
        ("Twitter Icons", ""),
        # negatives: writers whose names hold the letters, not the word
        ("By Anna Iconomou", "Anna Iconomou"),
        ("By Tran Minh Khoa and Lisa Orcutt", "Tran Minh Khoa; Lisa Orcutt"),
    ],
)
def test_icon_alt_texts_in_bylines(byline: str, authors: str) -> None:
    assert clean_author(byline, load_rules()) == authors
