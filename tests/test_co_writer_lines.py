"""Tests of two writers' names joined under the headline without "By" ("Name and Name",
"Name, Name": ``layout.unmarked_bylines._unmarked_byline`` reads ``joined_names``), placeholder pages."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.co_writer_lines import co_writers
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import load_rules
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


def test_three_writers_on_a_line_longer_than_the_headline():
    credit = "Hoang Thi Ngoc, Pham Van Duc and Nguyen Thi Lan Huong"
    article = read_article(credit_page(credit))
    assert article.author == "Hoang Thi Ngoc; Pham Van Duc; Nguyen Thi Lan Huong"
    assert article.title == HEADLINE
    # two names on a line longer than the line above, three under a short line: not taken
    rules = load_rules()
    for above, line in (
        (HEADLINE, "Hoang Thi Ngoc Anh Thu and Pham Van Duc Minh Quang"),
        ("Ferry Trade", "Hoang Thi Ngoc and Pham Van Duc"),
        ("Ferries return", "Hoang Thi Ngoc, Pham Van Duc and Nguyen Thi Lan"),
    ):
        paras = [Paragraph(t, t, k + 1, k) for k, t in enumerate(("River Post", above, line))]
        assert not co_writers(paras, 2, rules)
