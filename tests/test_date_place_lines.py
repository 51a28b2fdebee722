"""Tests of ``analysis.ingest.date_place_lines``: a paper's dateline with its place over
the headline is neither the headline nor a site's clock."""

from __future__ import annotations

from analysis.ingest.date_place_lines import date_and_places
from analysis.ingest.layout import read_article

#: The Indian daily's older city page of held-out 61 (tribuneindia.com): the date line
#: broken after its year, the section letter-spaced, the headline over a news service's
#: credit, a lede opening with a dateline without a year (the day before).
_CITY_PAGE = (
    "Wednesday, May 17, 2000,\n"
    "Chandigarh, India\n"
    "C H A N D I G A R H   S T O R I E S\n\n\n \n\n"
    "Fire brigade gets two new ladder trucks\n"
    "Tribune News Service\n\n"
    "SAS NAGAR, May 16 — The town's fire station received two ladder trucks today, which "
    "officials said could reach the top floors of the new housing blocks in Phase X.\n\n"
    "Until now the station had only a small tender, and fires in tall buildings had to "
    "wait for a truck from Chandigarh.\n"
)


def test_a_date_and_place_line_is_no_headline_and_dates_the_page() -> None:
    article = read_article(_CITY_PAGE)
    assert article.title == "Fire brigade gets two new ladder trucks"
    assert str(article.header_date.date_start.date()) == "2000-05-17"  # not the lede's May 16


def test_a_bare_date_over_the_headline_is_still_a_clock() -> None:
    clock = _CITY_PAGE.replace("Wednesday, May 17, 2000,\nChandigarh, India\n", "May 17, 2000\n")
    assert str(read_article(clock).header_date.date_start.date()) == "2000-05-16"


def test_date_and_places() -> None:
    assert date_and_places("Thursday, September 11, 2003, Chandigarh, India")
    assert date_and_places("May 17, 2000, New Delhi")  # a capital alone
    assert not date_and_places("May 17, 2000, Chandigarh")  # no country or capital
    assert not date_and_places("Chandigarh, India, May 17, 2000")  # the place first
    assert not date_and_places("May 17, 2000, fire brigade gets trucks, India")
