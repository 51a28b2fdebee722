"""Tests for ``analysis.ingest.introduced_titles`` (fix35a): a paper's introduction
quoting the title of the article it prints gives the page's title; on placeholder pages."""

from __future__ import annotations

import pytest

from analysis.ingest.introduced_titles import introduced_title
from analysis.ingest.layout import read_article

_INTRO = (
    'The Daily Courier respectfully introduces the article "River Ports in a New Era: '
    'Building Bridges of Trade" by Politburo Member, Chairman of the Central Transport '
    "Committee Tran Van Binh:"
)
_TEXT = (
    "River ports are one of the three pillars of the delta's trade, standing beside the "
    "roads and the railways. Their strength lies in the thousands of boats that call at "
    "them every week.\n"
    "The provinces have been at the heart of this work. Through port councils and boat "
    "owners' unions, thousands of traders have taken part in the planning of new piers.\n"
    "Results worth being proud of\n"
    "In recent years, the provinces have signed agreements with the ports of many "
    "neighbouring countries, helping traders on both sides of the border.\n"
)


def test_a_page_saved_from_its_introduction_takes_the_quoted_title():
    article = read_article(_INTRO + "\n" + _TEXT)
    assert article.title == "River Ports in a New Era: Building Bridges of Trade"


def test_a_headline_over_the_introduction_stays_the_title():
    page = "Every delta port deserves a pier of its own\n\n" + _INTRO + "\n" + _TEXT
    assert read_article(page).title == "Every delta port deserves a pier of its own"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (_INTRO, "River Ports in a New Era: Building Bridges of Trade"),
        (
            "The News Agency (TNA) respectfully introduces the translation of the article: "
            "“EVERY VILLAGE NEEDS A PIER OF ITS OWN”.",
            "EVERY VILLAGE NEEDS A PIER OF ITS OWN",
        ),
        (
            'NDO - Daily Online presents the full text of the speech "Ports and People '
            'of the Delta" by Minister Tran Van Binh.',
            "Ports and People of the Delta",
        ),
        # a sentence of the text quoting an article: no introduction
        ('The minister said the article "Ports of the Delta" was wrong.', ""),
        ('Many readers wrote to us about the article "Ports of the Delta Today".', ""),
        # a quoted title too short, a quotation without a kind of text before it
        ('The Courier introduces the article "Ports" by Tran Van Binh:', ""),
        ('The Courier introduces "a new era for the ports" in its weekend pages.', ""),
    ],
)
def test_introduced_title_and_its_negatives(line: str, title: str):
    assert introduced_title(line) == title
