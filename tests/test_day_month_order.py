"""Tests of ``analysis.ingest.day_month_order``: the day-month order a page settles for
its numeric dates, and each date read in it (a weekday before it settling one date)."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from analysis.dates import parse_date
from analysis.ingest.day_month_order import read_day_month, settle_day_month

T = pd.Timestamp


def para(text: str, kind: str = "", line: int = 1) -> SimpleNamespace:
    return SimpleNamespace(text=text, kind=kind, line=line)


def test_settle_day_month() -> None:
    assert settle_day_month([para("3/4/2021 09:41 AM")]) == "mdy"  # a 12-hour clock
    assert settle_day_month([para("13/4/2021"), para("3/4/2021")]) == "dmy"
    assert settle_day_month([para("4/13/2021"), para("3/4/2021")]) == "mdy"
    assert settle_day_month([para("4/13/2021"), para("13/4/2021")]) == ""  # both: unsettled
    assert settle_day_month([para("3/4/2021 " + "x" * 400)]) == ""  # long lines not read
    assert settle_day_month([]) == ""


def test_read_day_month() -> None:
    match = parse_date("03/04/2021")
    assert (match.date_start, match.flags) == (T("2021-04-03"), ("ambiguous_day_month",))
    us = read_day_month(match, "mdy")
    assert (us.date_start, us.flags) == (T("2021-03-04"), ())
    assert read_day_month(match, "").flags == ("ambiguous_day_month",)
    # 4 March 2021 was a Thursday, 3 April a Saturday: the weekday settles it
    line = "Thursday 03/04/2021"
    weekday = read_day_month(parse_date(line), "", line)
    assert (weekday.date_start, weekday.flags) == (T("2021-03-04"), ())
    named = parse_date("March 4, 2021")
    assert read_day_month(named, "mdy") == named


def test_a_two_digit_year_date_is_read_in_the_pages_order() -> None:
    """The parties' portal of held-out 56: '12/04/20 3:27 PM' under the title. The 12-hour
    clock settles the month-first order for a two-digit year as for a four-digit one (it was
    read as 12 April); with nothing to settle it the date stays as read, flagged."""
    line = "12/04/20 3:27 PM"
    assert settle_day_month([para(line)]) == "mdy"
    assert settle_day_month([para("12/04/20")]) == ""
    match = parse_date("12/04/20")
    us = read_day_month(match, "mdy", line)
    assert us.date_start == T("2020-12-04")
    assert "ambiguous_day_month" not in us.flags
    assert "two_digit_year" in us.flags
    unsettled = read_day_month(match, "", line)
    assert unsettled.date_start == T("2020-04-12")
    assert "ambiguous_day_month" in unsettled.flags


def test_settle_day_month_votes():
    class P:
        def __init__(self, text):
            self.text, self.kind, self.line = text, "", 1

    assert settle_day_month([P("13/03/2024"), P("12/03/2024")]) == "dmy"
    assert settle_day_month([P("3/13/2024")]) == "mdy"
    assert settle_day_month([P("3/4/2024")]) == ""
