"""Tests of two header lines of a magazine's page saved with its site header (held-out
142's aseanaffairs interview): the account links "Sign up | Log in" (``chrome`` of
``data/header_scoring.yaml``) are no headline, and the rubric "Exclusive Interview"
(``section_labels``) is no writer."""

from __future__ import annotations

from analysis.ingest.layout import read_article

#: A magazine's interview page as stored: the account links, three blanks, the rubric,
#: the standfirst in the magazine's own voice, a question and its answer.
_LINES = [
    "Sign up | Log in",
    "",
    "",
    "",
    "Exclusive Interview",
    "",
    "DELTAMAG spoke with a trade official about the river ports and the goods they handle.",
    "",
    "Q: Which ports matter most this year?",
    "",
    "The two upstream ports handle most of the rice, and a third is being dredged.",
]
_PAGE = "\n".join(_LINES) + "\n"


def test_account_links_are_no_headline_and_a_rubric_no_writer() -> None:
    article = read_article(_PAGE)
    assert article.title != "Sign up | Log in"
    assert article.author == ""


def test_a_headline_under_the_account_links_stays_the_headline() -> None:
    page = _PAGE.replace("Exclusive Interview", "River Ports Ready for a Record Harvest")
    article = read_article(page)
    assert article.title == "River Ports Ready for a Record Harvest"
