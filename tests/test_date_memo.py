"""Tests of ``analysis.ingest.date_memo`` (perf30): ``absolute_dates`` remembered per line
gives what ``date_scoring.absolute_dates`` gives, on the first read of a line and on the
next ones."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest import date_memo, date_scoring
from analysis.ingest.date_memo import absolute_dates, date_may_start
from analysis.ingest.metadata import Scoring, load_scoring

# Header lines of our own in the forms the layout steps read again and again: a dateline
# with its time, a byline with its day, a header form ``analysis.dates`` does not read, a
# month in lower case, a sidebar item and its day, a line without a date.
LINES = (
    "Friday, March 11, 2016 08:41 (GMT+7)",
    "By Harbour Desk - 12-Mar-2024",
    "mandag 23. november 2015",
    "Posted on 12 march 2024 by the port office",
    "Paris Peace Accords 23 Oct. 1991",
    "March/April 2022",
    "4/29/2025 3:27 PM",
    "Home > Politics > Diplomacy",
)


def test_each_line_reads_as_the_plain_reader_reads_it_twice() -> None:
    for line in LINES:
        first, again = absolute_dates(line), absolute_dates(line)
        assert first == again == date_scoring.absolute_dates(line)
    assert [m.text for m in absolute_dates(LINES[0])] == ["Friday, March 11, 2016"]
    assert absolute_dates(LINES[-1]) == []


def test_a_caller_changing_its_list_does_not_change_the_next_read() -> None:
    found = absolute_dates(LINES[1])
    found.clear()
    assert [m.text for m in absolute_dates(LINES[1])] == ["12-Mar-2024"]


def _without_header_months() -> Scoring:
    """The default scoring tables with a header-date pattern that matches nothing."""
    return replace(load_scoring(), header_date=re.compile("(?!)"))


def test_other_scoring_tables_are_read_with_and_not_remembered() -> None:
    # tables without the header months: "12 juin 2022" is a year for them, not a day
    other = _without_header_months()
    assert [m.text for m in absolute_dates("12 juin 2022", other)] == ["2022"]
    assert [m.text for m in absolute_dates("12 juin 2022")] == ["12 juin 2022"]
    assert [m.text for m in absolute_dates("12 juin 2022", other)] == ["2022"]


def test_the_memory_is_emptied_when_the_default_tables_change(monkeypatch) -> None:
    assert [m.text for m in absolute_dates("12 giugno 2022")] == ["12 giugno 2022"]
    other = _without_header_months()
    monkeypatch.setattr(date_memo, "load_scoring", lambda: other)
    assert [m.text for m in absolute_dates("12 giugno 2022")] == ["2022"]


_PIECES = st.sampled_from(
    [
        "March 11, 2016",
        "11 march 2016",
        "Friday, ",
        "23 Oct. 1991",
        "12-Mar-2024",
        "4/29/2025",
        "3/4/2021",
        "09:41 AM",
        "mandag 23. november 2015",
        "12 juin 2022",
        "March/April 2022",
        "Sep 052017",
        " - ",
        " | ",
        "By Le Hoai Trung",
        "the 13th Congress",
        "last year",
        "in 2019",
        " ",
        ",",
    ]
)


@given(st.lists(st.lists(_PIECES, max_size=6), min_size=1, max_size=5))
def test_remembered_reads_are_the_plain_reads(lines: list[list[str]]) -> None:
    # lines built of date forms, labels and words, some read more than once
    texts = ["".join(pieces) for pieces in lines]
    for text in texts + texts[::-1]:
        assert absolute_dates(text) == date_scoring.absolute_dates(text)


def test_a_date_may_start_only_where_one_opens() -> None:
    assert date_may_start("Friday, March 11, 2016", 0)
    assert date_may_start("mandag 23. november 2015", 7)  # the header form at "23."
    assert not date_may_start("mandag 23. november 2015", 6)
    lede = "Amid complicated developments in the world, the Party held talks on 24 August 2021."
    assert not date_may_start(lede, 3)  # the paragraph opens with no date
    assert date_may_start(lede, len(lede))  # its day is further on
    assert not date_may_start("NDO -", 2)


@given(st.lists(st.lists(_PIECES, max_size=6), min_size=1, max_size=3), st.text(max_size=6))
def test_every_date_read_starts_where_a_date_may_start(lines: list, noise: str) -> None:
    # perf30: the exactness of ``date_may_start``: each date ``absolute_dates`` reads in a
    # line of date forms, labels, words and any characters starts where it says one may
    for text in ["".join(pieces) + noise for pieces in lines] + [noise + "".join(lines[0])]:
        for match in date_scoring.absolute_dates(text):
            assert date_may_start(text, match.start)
            assert not match.start or date_may_start(text, match.start + 3)
