"""A credit line whose date is written year first in figures dates its item (held-out
126): an opinion listing's items each close with "Source: <Outlet> | YYYY/M/D HH:MM:SS",
and the page, a listing, is dated by its first item's line."""

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import credited_date, load_rules
from analysis.ingest.year_first_credits import year_first_credit

LISTING = """OPINION >> Mekong Focus

Border markets show what patient talks can build

A decade of quiet work on customs rules has done more for trade along the border than any summit.
Source: Global Times | 2017/6/21 22:14:03

River data should be shared in the dry season too

Upstream and downstream countries gain when water levels are published every day of the year.
Source: Global Times | 2017/6/12 20:40:01
"""


def test_a_listings_first_item_is_dated_by_its_credit_line() -> None:
    article = read_article(LISTING)
    assert article.title == "Border markets show what patient talks can build"
    found = article.footer_date or article.header_date
    assert found is not None and str(found.date_start.date()) == "2017-06-21"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Source: Global Times | 2016/4/14 20:58:01", "2016/4/14"),
        ("Xinhua - 2019-03-08 10:15", "2019-03-08"),
        ("Source: Xinhua | 2016/1/31 18:03:02", "2016/1/31"),
    ],
)
def test_a_listed_outlets_credit_gives_the_figures_date(line: str, date: str) -> None:
    assert credited_date(line, load_rules()) == date


@pytest.mark.parametrize(
    "line",
    [
        "Source: Hanoi Border Office | 2016/4/14 20:58:01",  # no listed outlet
        "Source: Global Times | 2016/14/4",  # no month 14
        "Global Times report 2016/4/14 on the border talks",  # words after the date
    ],
)
def test_other_lines_give_no_credited_date(line: str) -> None:
    assert credited_date(line, load_rules()) is None


def test_the_match_keeps_the_name_and_the_date() -> None:
    found = year_first_credit("Source: Global Times | 2016/4/14 20:58:01")
    assert found is not None
    assert (found.group("name"), found.group("date")) == ("Source: Global Times", "2016/4/14")
