"""Tests of ``analysis.ingest.layout.headline_twins``: the headline printed again in title
case under its capitals (a Joomla page) is the headline, so its year dates nothing."""

from __future__ import annotations

from analysis.ingest.layout import read_article

#: A Joomla page as stored: the headline in capitals, lines of one space between blanks,
#: the headline again in title case with two trailing spaces, the text.
_LINES = [
    "HANOI PUBLISHES ITS 2019 COAST GUARD REPORT",
    "",
    " ",
    "",
    "Hanoi Publishes Its 2019 Coast Guard Report  ",
    "",
    " ",
    "",
    "The coast guard has put out the report it had promised for several years.",
    "",
    " ",
    "",
    "It covers patrols, training and work with neighbouring forces at sea.",
]
_PAGE = "\n".join(_LINES) + "\n"


def test_a_headlines_title_case_twin_gives_no_year() -> None:
    article = read_article(_PAGE)
    assert article.header_date is None


def test_a_dated_line_under_the_headline_still_dates_the_page() -> None:
    page = _PAGE.replace("Hanoi Publishes Its 2019 Coast Guard Report  ", "12 March 2020")
    article = read_article(page)
    assert article.header_date is not None
    assert article.header_date.date_start.year == 2020
