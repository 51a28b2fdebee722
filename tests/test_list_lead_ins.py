"""A sentence closed by a colon over a list is no headline (held-out 145, fix43a), on
placeholder pages."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.list_lead_ins import line_lead_in, list_lead_in

FACTS = (
    "1. Date of first accord between the two sides: 02/03/2001\n\n"
    "    Visits went both ways in the years after:\n"
    "    From the first side: a team of envoys in spring 2002, and a minister in 2004.\n"
    "    From the second side: a deputy minister (June 2003) and a trade minister (2005).\n"
    "    A general accord on trade was signed in 2005.\n"
    "    Trade passed fifty million dollars a few years later.\n"
)


def test_a_sentence_closed_by_a_colon_over_a_list_is_no_headline():
    article = read_article(FACTS)
    assert article.title == ""
    lead = next(p for p in article.paragraphs if p.text.startswith("Visits went"))
    assert lead.kind in {"lede", "body"}
    i = article.paragraphs.index(lead)
    assert list_lead_in(article.paragraphs, i) == ["lead_in"]


def test_a_colon_headline_over_its_copy_and_one_quote_stays_a_headline():
    page = (
        "The minister in a statement after talks with his guest:\n"
        "The minister in a statement after talks with his guest:\n"
        "\u201cWe agreed to open a new ferry line next spring and to train more pilots "
        "for the river ports of both countries, which will carry more rice.\u201d\n"
    )
    assert read_article(page).title.startswith("The minister in a statement")


def test_line_lead_in_gives_the_feature_once():
    article = read_article("The main points of the statement are as follows:\nOne.\nTwo.\nThree.\n")
    assert line_lead_in(article.paragraphs, 0) == ["lead_in"]
