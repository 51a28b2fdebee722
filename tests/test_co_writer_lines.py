"""Tests of two writers' names joined under the headline without "By" ("Name and Name",
"Name, Name": ``layout.bylines._unmarked_byline`` reads ``joined_names``), placeholder pages."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from tests.credit_pages import HEADLINE, credit_page


@pytest.mark.parametrize(
    "credit",
    [
        "Hoang Thi Ngoc and Pham Van Duc",
        "Hoang Thi Ngoc, Pham Van Duc",
        "Hoang Thi Ngoc & Pham Van Duc",
    ],
)
def test_two_writers_under_the_headline(credit):
    article = read_article(credit_page(credit))
    assert article.author == "Hoang Thi Ngoc; Pham Van Duc"
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    "credit",
    ["Vietnam and Laos", "Science and Technology", "Hanoi and Vientiane Ferry Services"],
)
def test_lines_that_name_no_writers(credit):
    assert read_article(credit_page(credit)).author == ""


def test_a_credit_line_over_a_by_byline_is_no_writer():
    # a photo credit of two sources over the byline that says so
    page = credit_page("Delta Media, VnExpress\n\nBy Hoang Thi Ngoc and Pham Van Duc")
    assert read_article(page).author == "Hoang Thi Ngoc; Pham Van Duc"
