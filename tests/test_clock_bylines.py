"""A writer's name glued to a stamp's clock time, "Name 09:15, 2022/02/14" (held-out 129,
``ingest/clock_bylines.py``). Placeholder pages."""

from __future__ import annotations

from analysis.ingest.bylines import name_before_date
from analysis.ingest.clock_bylines import split_before_clock
from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules

PAGE = """Home / Opinion
Chamber to press for clearer green rules
{line}
The chamber will work with the ministries on clearer rules for green investment this year.

The chamber's chairman set out its plans for the year as member firms return after two years of travel limits.
"""


def test_name_before_clock_and_date_is_the_writer() -> None:
    article = read_article(PAGE.format(line="Minh Chau 09:15, 2022/02/14"))
    assert article.author == "Minh Chau"


def test_place_or_headline_before_clock_names_no_one() -> None:
    rules = load_rules()
    assert name_before_date("Hanoi 09:15, 2022/02/14", rules) == ""
    assert name_before_date("Talks resume 10:30 today", rules) == ""
    assert read_article(PAGE.format(line="Hanoi 09:15, 2022/02/14")).author == ""


def test_split_needs_a_short_piece_before_the_clock() -> None:
    assert split_before_clock("Minh Chau 9h30, 14/02/2022") == ["Minh Chau", "9h30, 14/02/2022"]
    long_line = "The first ferry of the season left the pier at 09:15 with forty passengers"
    assert split_before_clock(long_line) == [long_line]
    assert name_before_date("The ferry left at 09:15, 2022/02/14", load_rules()) == ""
