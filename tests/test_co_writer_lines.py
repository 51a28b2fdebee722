"""Tests of two writers' names joined under the headline without "By" ("Name and Name",
"Name, Name": ``layout.bylines._unmarked_byline`` reads ``joined_names``), placeholder pages."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

PAGE = """River Post

Ferry links across the border river reopen after the floods

{credit}

June 3, 2024

Boats carrying traders and their goods crossed the river again on Monday, three weeks after the floods closed both landing stages.

Officials of the two border districts said the timetable would return to four crossings a day by the end of the month.
"""

TITLE = "Ferry links across the border river reopen after the floods"


@pytest.mark.parametrize(
    "credit",
    [
        "Hoang Thi Ngoc and Pham Van Duc",
        "Hoang Thi Ngoc, Pham Van Duc",
        "Hoang Thi Ngoc & Pham Van Duc",
    ],
)
def test_two_writers_under_the_headline(credit):
    article = read_article(PAGE.format(credit=credit))
    assert article.author == "Hoang Thi Ngoc; Pham Van Duc"
    assert article.title == TITLE


@pytest.mark.parametrize(
    "credit",
    ["Vietnam and Laos", "Science and Technology", "Hanoi and Vientiane Ferry Services"],
)
def test_lines_that_name_no_writers(credit):
    assert read_article(PAGE.format(credit=credit)).author == ""


def test_a_credit_line_over_a_by_byline_is_no_writer():
    # a photo credit of two sources over the byline that says so
    page = PAGE.format(credit="Delta Media, VnExpress\n\nBy Hoang Thi Ngoc and Pham Van Duc")
    assert read_article(page).author == "Hoang Thi Ngoc; Pham Van Duc"
