"""A journal issue's name over its date ("Contemporary Southeast Asia Vol. 45/2 (August
2023)", a publisher's bookshop page) is no writer's name, and stays the page's headline
(held-out 112: ``not_name_words`` of ``data/header_scoring.yaml`` gain "vol", "volume")."""

from __future__ import annotations

import pytest

from analysis.ingest.bylines import clean_author
from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules

_ISSUE = """Andean Water Review Vol. 12/3 (March 2022)

Andean Water Review Vol. 12/3 (March 2022)
Date of publication:  March 2022
Publisher:  Sierra Press
Number of pages:  140

  • 1. Rivers and Rulers, by Rosa Imbert, author
    Water boards in the Andean valleys settled quarrels between towns long before the capitals took an interest.
"""


def test_an_issue_name_is_the_headline_not_a_writer() -> None:
    article = read_article(_ISSUE)
    assert article.title == "Andean Water Review Vol. 12/3 (March 2022)"
    assert article.author == ""


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Andean Water Review Vol. 12/3 (March 2022)", ""),
        ("Asian Survey Volume 61", ""),
        # negatives: writers
        ("By Rosa Imbert, March 2022", "Rosa Imbert"),
        ("By Nguyen Van Dien, Hanoi", "Nguyen Van Dien"),
        ("By Anna Volkova", "Anna Volkova"),
    ],
)
def test_volume_words_in_bylines(byline: str, authors: str) -> None:
    assert clean_author(byline, load_rules()) == authors
