"""Tests of ``analysis.ingest.layout.mid_phrase_lines`` (fix32a): a standfirst's first
wrapped piece under the headline is no headline under a site's motto."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.mid_phrase_lines import goes_on_below

_PRINT_COPY = """THE MORNING LEDGER
Harbour ferries return to the old quay after ten years of repairs
New timetable lets commuters cross twice an hour as the city bets on
boats to ease the traffic on its bridges Anna
Bell in Riverton
Commuters queued before dawn on Monday for the first boat from the old quay,
which reopened after a decade of repairs to its piers and waiting rooms.
The city says the service will carry about 4,000 passengers a day.
"""


def test_a_wrapped_standfirst_under_the_headline_leaves_the_headline_first() -> None:
    article = read_article(_PRINT_COPY)
    assert article.title == "Harbour ferries return to the old quay after ten years of repairs"


def test_a_line_going_on_in_lower_case_after_a_joining_word() -> None:
    paras = split_lines("Planners bet on rail to\nease gridlock in the city\n")
    assert goes_on_below(paras, 0)


def test_lines_that_stand_whole_are_no_pieces() -> None:
    for text in (
        "Ferries return to the quay\n\nease of travel improves\n",  # a blank line between
        "Ferries return to the quay\nSecond Line Here\n",  # the next line in capitals
        "Hanoi, May 5 (VNA) - The ministry said on\n",  # no line under it
        "By Anna Bell\nupdated 10:42\n",  # no joining word at its end
        "Hanoi (VNA) - Officials met to\n",  # last line of the page
    ):
        assert not goes_on_below(split_lines(text), 0), text


def test_a_sites_motto_over_a_whole_headline_stays_the_motto() -> None:
    page = (
        "Delta Daily\n\nNews for the river towns\n\nFerry fares fall for students this autumn\n\n"
        "Students will pay half fare on the river ferries from September, the city said.\n"
    )
    assert read_article(page).title == "Ferry fares fall for students this autumn"
