"""Tests of ``analysis.ingest.date_place_lines``: a paper's dateline with its place over
the headline is neither the headline nor a site's clock."""

from __future__ import annotations

import pytest

from analysis.ingest.date_place_lines import date_and_places, date_and_source, venue_and_place
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


#: A blog's month archive saved from a reposted story (placeholder text about a school
#: footbridge, held-out 98): a caption, the copy's date and source, the writer's byline.
_REPOST = (
    "BRIDGE DAY: Pupils crossing the new footbridge over the canal with their visitors. "
    "-- PHOTO: LIM KAH WEE\n"
    "Mar 12, 2009 From the Harbour Times\n"
    "By Harold Tay\n"
    "IN HO CHI MINH CITY - FORTY students from three schools spent yesterday morning "
    "building a footbridge over a canal with pupils of a district school here.\n"
    "The bridge will let some 200 children in the ward walk to school instead of taking a "
    "boat, the organisers said.\n"
)


def test_a_reposts_date_and_source_line_is_no_headline():
    """ "Mar 12, 2009 From the Harbour Times" over "By Name" dates and credits the copy: the
    page has no headline (neither scored nor taken as the line over the byline), and the
    line still dates the page."""
    article = read_article(_REPOST)
    assert article.title == ""
    assert article.author == "Harold Tay"
    assert article.header_date is not None
    assert str(article.header_date.date_start)[:10] == "2009-03-12"


def test_date_and_source_wants_a_date_first_and_only_a_source_after_it():
    """Only "<date> From [the] <Name>": headlines, datelines and labelled dates are not."""
    assert date_and_source("12 March 2009 from Reuters")
    assert date_and_source("Mar 12, 2009 From the Straits Time")
    for line in (
        "March 12, 2009",
        "From the Straits Times",
        "Hanoi, May 5 (VNA) - The ferry opened",
        "Updated: March 12, 2009",
        "May 5, 2009 From Hanoi to Vientiane by boat, a long trip",
        "Mar 12, 2009 From the Straits Times, By Name",
        "By Harold Tay, Mar 12, 2009",
        "Ferries From the Delta Return on Mar 12, 2009",
    ):
        assert not date_and_source(line), line


@pytest.mark.parametrize(
    "line",
    ["SECC, Ho Chi Minh City", "Melia Hotel, Hanoi, Vietnam", "National Convention Center, Hanoi"],
)
def test_a_venue_line_over_the_headline_is_neither_headline_nor_site_name(line):
    """held-out 96: an event page's venue line, "SECC, Ho Chi Minh City", stood first and
    was read as the headline (and, once weighed down, as the site's name)."""
    assert venue_and_place(line)
    page = (
        f"{line}\n\nGulf buyers step up orders for Vietnamese pepper\n\n"
        "Besides the main market, shipments to three smaller buyers rose two to three times "
        "in the first eight months of the year, the customs office said.\n\n"
        "Exports earned nearly 2.4 billion USD by the end of August, up 14.6 per cent.\n"
    )
    article = read_article(page)
    assert article.title == "Gulf buyers step up orders for Vietnamese pepper"
    assert article.outlet != line


@pytest.mark.parametrize(
    "line",
    [
        "Exports to Hanoi, Vietnam",  # running words
        "Talks open, Hanoi",
        "Hanoi hosts ASEAN ministers, Vientiane next",
        "Pepper, Coffee and Cashew",  # no place last
        "Vietnam, Laos sign border pact",
    ],
)
def test_a_headline_with_places_is_no_venue_line(line):
    assert not venue_and_place(line)


def test_a_time_of_day_is_no_word_beside_a_lines_date():
    """held-out 80: "Berlin (EAST SEA) Friday, November 9th, 2018 / 10:09 AM", a dateline
    with the site's name and the time, counted the clock as words beside the date and was
    read as the headline."""
    from analysis.ingest.date_place_lines import dated_line
    from analysis.ingest.metadata import load_scoring

    scoring = load_scoring()
    assert dated_line("Berlin (EAST SEA) Friday, November 9th, 2018 / 10:09 AM", scoring)
    assert dated_line("Hanoi, 05/05/2017 06:45", scoring)
    # a headline holding a date and a time among more words stays a headline
    assert not dated_line("Ferry talks resume on May 5, 2024 at 10:00 in the delta town", scoring)
    page = (
        "Berlin (EAST SEA) Friday, November 9th, 2018 / 10:09 AM\n\n"
        "River ferry conference: cooperation for safer crossings\n\n"
        "The fourth conference on delta river transport opened on Friday with delegates from "
        "three provinces and two ferry associations, the organisers said.\n\n"
        "Participants reviewed the accident records and the timetables of the main crossings.\n"
    )
    assert read_article(page).title == "River ferry conference: cooperation for safer crossings"
