"""The headline printed under a page's opening paragraph (``ingest/lede_headlines.py``)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.lede_headlines import shared_words, title_case_line

_LEDE = (
    "In a note out this week, the river authority said ferry tolls on the lower river are "
    "likely to rise next year as the operators pay for new landing stages.\n\n"
)
_HEADLINE = "River Authority Expects Ferry Tolls to Rise as Operators Rebuild Landings"
_BODY = (
    "\nThe authority said the cost of the new stages had doubled since the plan was drawn up "
    "three years ago, mostly because of steel prices.\n"
    "Operators will be allowed to raise tolls by up to a tenth, the note said, while trucks "
    "carrying farm goods will keep their discount.\n"
)


def test_the_headline_under_the_opening_paragraph_is_the_title() -> None:
    article = read_article(_LEDE + _HEADLINE + _BODY)
    assert article.title == _HEADLINE
    assert article.paragraphs[0].kind == "lede"


@pytest.mark.parametrize(
    "line",
    [
        # a sentence in sentence case: a subhead or a pull quote, not a headline
        "The authority expects ferry tolls to rise as operators rebuild landings",
        # a title-case line that names nothing the paragraph says: a section's subhead
        "What Comes Next for Boatmen and Their Families on the Delta",
        # a closing stop
        "River Authority Expects Ferry Tolls to Rise as Operators Rebuild Landings.",
    ],
)
def test_a_line_that_is_no_such_headline_is_not_taken(line: str) -> None:
    assert read_article(_LEDE + line + _BODY).title == ""


def test_the_first_of_several_subheads_is_not_taken() -> None:
    page = _LEDE + _HEADLINE + _BODY + "\nWhat the Operators Say About the New Tolls\n" + _BODY
    assert read_article(page).title == ""


def test_a_page_with_its_own_headline_keeps_it() -> None:
    page = "Ferry tolls to rise on the lower river\n\n" + _LEDE + _HEADLINE + _BODY
    assert read_article(page).title == "Ferry tolls to rise on the lower river"


def test_title_case_and_shared_words() -> None:
    assert title_case_line(_HEADLINE)
    assert not title_case_line("Ferry Tolls Rise")  # too short for a headline of this kind
    assert shared_words(_HEADLINE, _LEDE) >= 2
    assert shared_words("Boatmen Wait for News", _LEDE) == 0
