"""Tests of the writing credits of ``byline_labels_more`` (``data/page_layout.yaml``), tried
before ``byline_prefixes``: "Story by Name", "Words by Name", "Text and photos: Name",
"Contributed by Name", "Guest post by Name", "Correspondent: Name" (placeholder pages)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from tests.credit_pages import HEADLINE, credit_page

WRITER = "Hoang Thi Ngoc"


@pytest.mark.parametrize(
    "credit",
    [
        "Story by Hoang Thi Ngoc",
        "Words by Hoang Thi Ngoc",
        "Words: Hoang Thi Ngoc",
        "Article by Hoang Thi Ngoc",
        "Reporting by Hoang Thi Ngoc",
        "Text and photos: Hoang Thi Ngoc",
        "Words and pictures: Hoang Thi Ngoc",
        "Photo and text: Hoang Thi Ngoc",
        "Contributed by Hoang Thi Ngoc",
        "Guest post by Hoang Thi Ngoc",
        "Correspondent: Hoang Thi Ngoc",
        "Journalist: Hoang Thi Ngoc",
        "Story: Hoang Thi Ngoc",  # the older label, still read
    ],
)
def test_a_writing_credit_names_the_writer(credit):
    article = read_article(credit_page(credit))
    assert article.author == WRITER
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    "credit",
    [
        "Photos by Hoang Thi Ngoc",  # a photographer
        "Photo: Hoang Thi Ngoc",
        "Edited by Hoang Thi Ngoc",  # an editor
        "Translated by Hoang Thi Ngoc",  # a translator
        "Story by the River Post desk",  # a desk, no person
        "Words: 1,240",  # a word count
    ],
)
def test_credits_naming_no_writer(credit):
    assert read_article(credit_page(credit)).author == ""
