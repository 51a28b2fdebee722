"""Tests of ``analysis.ingest.layout.article_info``: a content system's article-info row
("Category: World Published on ... Hits: 0") is never a headline (fix36a, held-out 121)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.article_info import article_info_features, article_info_line

_LEDE = (
    "Delegations of the two ministries met in Hanoi on Thursday and agreed to add two weekly "
    "flights between the capitals before the end of the year, officials said."
)


@pytest.mark.parametrize(
    "text",
    [
        "Category: World Published on Thursday, 20 June 2024 21:14 Hits: 0",
        "Written by Minh Tran Category: Asia Hits: 112",
        "Details Created: 03 May 2019 Last Updated: 04 May 2019",
        "Parent Category: News Category: Region Published: 12 March 2021",
    ],
)
def test_article_info_rows(text: str) -> None:
    assert article_info_line(text)
    assert article_info_features(text) == ["article_info"]


@pytest.mark.parametrize(
    "text",
    [
        "Category: World",  # one label: a section's label
        "Published on 20 June 2024",  # one label: a date line
        "Hits and misses of the river summit",  # no colon after the word
        "Published works by delta poets go on show in Can Tho",
        "Written by hand: the category of letters that still crosses the border",
    ],
)
def test_one_label_or_none_is_no_row(text: str) -> None:
    assert not article_info_line(text)
    assert article_info_features(text) == []


def test_a_copy_without_its_headline_has_none() -> None:
    page = f" date 2024-06-20 Category: World Published on Thursday, 20 June 2024 21:14 Hits: 0\n\n{_LEDE}\n\nMore flights were the first goal, the ministry said.\n"
    assert read_article(page).title == ""


def test_the_headline_over_the_row_stays() -> None:
    page = f"Ministries agree on more flights\n\nCategory: World Published on Thursday, 20 June 2024 21:14 Hits: 0\n\n{_LEDE}\n"
    assert read_article(page).title == "Ministries agree on more flights"
