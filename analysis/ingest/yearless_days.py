"""A page's day without a year against the month of its address (held-out 79, fix7981;
session 38: a wire dateline's day).

A digest of a paper's editorials opens its text with the day only ("MARCH 12 --Whenever
...") and prints no year; its address holds a folder's year and month ("/2004/02/"), the
digest's, not the day's. When the address's month is not the page's, neither gives the
page's date: the page gets none, flagged ``date_conflict``, with both in the evidence,
rather than the folder's month taken silently. The text stage notes the day
(``note_yearless_lede``: flag ``yearless_day`` in ``date_flags``, the day quoted in
``date_reason``); the address stage reads it back (``yearless_conflict``)."""

from __future__ import annotations

import re
from typing import NamedTuple

import pandas as pd

from analysis.dates import DateMatch
from analysis.dates.lexicon import MONTHS
from analysis.ingest.title_days import month_day_in_year, title_day_in_year

#: The ``date_flags`` flag of a page whose text opens with a day and no year.
YEARLESS_FLAG = "yearless_day"

#: A month's name and a day opening a text paragraph, then a dash ("MARCH 12 --Whenever",
#: "Oct 4 — The ..."), no year between; a wire's dateline may name up to three places
#: before it, each closed by a comma ("BEIJING, China, Aug 20 — ").
_OPENING_DAY = re.compile(
    r"^\s*(?:[A-Z][^\W\d_]*(?:[ .'-]{1,2}[A-Z][^\W\d_]*){0,3},\s*){0,3}"
    r"(?P<mon>[^\W\d_]{3,9})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:--|[-–—])(?!\s*\d)"
)

#: A text opening with "On", a month's name and a day, then a comma and no year ("On
#: September 5, guests filled ...", held-out 135's embassy item under "/news/2024/09/"):
#: the same yearless day as a dateline's, dated by the address's year when its month agrees.
_ON_DAY = re.compile(
    r"^\s*On\s+(?P<mon>[^\W\d_]{3,9})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*,(?!\s*\d)",
    re.IGNORECASE,
)

#: How ``note_yearless_lede`` quotes the day in ``date_reason``.
_REASON = "the text opens with the day {text!r} and no year"
_QUOTED = re.compile(r"the text opens with the day '(?P<text>[^']+)' and no year")


def opening_month_day(text: str) -> tuple[int, int, str] | None:
    """The month, day and their text opening ``text`` before a dash (or after "On" and
    before a comma), with no year.

    >>> opening_month_day("MARCH 12 --Whenever a storm comes")
    (3, 12, 'MARCH 12')
    >>> opening_month_day("BEIJING, China, Aug 20 — China and Laos")
    (8, 20, 'Aug 20')
    >>> opening_month_day("March 12, 2004 -- Whenever") is None
    True
    >>> opening_month_day("Marching 12 -- bands") is None
    True
    >>> opening_month_day("On September 5, guests filled the hall")
    (9, 5, 'On September 5,')
    >>> opening_month_day("On September 5, 2024, guests filled the hall") is None
    True
    """
    found = _OPENING_DAY.match(text)
    said = _ON_DAY.match(text) if found is None else None
    found = found or said
    month = MONTHS.get(found.group("mon").casefold()) if found else None
    if found is None or month is None or not 1 <= int(found.group("day")) <= 31:
        return None
    day = f"{found.group('mon')} {found.group('day')}"
    return month, int(found.group("day")), f"On {day}," if said else day


def yearless_reason(line: int, text: str) -> str:
    """The ``date_reason`` of a page whose text (line ``line``) opens with the day ``text``."""
    return f"no date: line {line}: " + _REASON.format(text=text)


def _quoted_day(flags: str, reason: str) -> tuple[int, int, str] | None:
    """The day a page flagged ``yearless_day`` opens its text with, as its reason quotes it."""
    quoted = _QUOTED.search(reason) if YEARLESS_FLAG in flags.split(";") else None
    return opening_month_day(f"{quoted.group('text')} --") if quoted else None


def yearless_day_in_year(flags: str, reason: str, address: DateMatch | None) -> DateMatch | None:
    """The day a page flagged ``yearless_day`` opens its text with, in the year of its
    address's month (or year) when the months agree; None otherwise."""
    day = _quoted_day(flags, reason)
    return month_day_in_year(*day, address) if day is not None else None


def yearless_conflict(flags: str, reason: str, address: DateMatch, url: str) -> dict[str, str]:
    """The documents fields of a page flagged ``yearless_day`` whose address gives a month
    other than its day's: no date, ``date_conflict``, both in the evidence; {} otherwise
    (no such day, or the months agree, or the address gives a day or only a year, or the
    day opens a sentence, "On May 12, ...": an event's day, weaker than a dateline)."""
    day = _quoted_day(flags, reason)
    start = address.date_start
    if day is None or start is None or address.precision != "month" or start.month == day[0]:
        return {}
    if day[2].startswith("On "):  # an event's day in a sentence, not a dateline: the
        return {}  # folder's month stays (a June issue reporting "On May 12, ...")
    return {
        "date_evidence": f"{day[2]}; URL: {url}",
        "date_reason": (
            f"no date: the text's day {day[2]!r} has no year and the URL's "
            f"{address.text!r} is another month"
        ),
        "conflict": "date_conflict",
    }


class PageDay(NamedTuple):
    """A day the page prints without its year, read in its address's year."""

    match: DateMatch  # the day, with the address's year
    evidence: str  # where the page prints it: "title: <title>" or "text: <day>"
    reason: str  # "the title's day" or "the text's day"


def page_day_in_year(row: pd.Series, flags: str, address: DateMatch | None) -> PageDay | None:
    """The day a documents ``row`` prints without a year, in its address's year: a digest's
    title closing with it ("VIETNAM NEWS HEADLINES SEPTEMBER 23", ``title_days``), else
    the day its text opens with (``flags`` holds ``yearless_day``: "VIENTIANE, Oct 9 — ");
    None when neither agrees with the address's month."""
    title = "" if pd.isna(row.get("title")) else str(row.get("title"))
    found = title_day_in_year(title, address)
    if found is not None:
        return PageDay(found, f"title: {title}", "the title's day")
    reason = "" if pd.isna(row.get("date_reason")) else str(row.get("date_reason"))
    found = yearless_day_in_year(flags, reason, address)
    if found is None:
        return None
    return PageDay(found, f"text: {found.text.rsplit(' ', 1)[0]}", "the text's day")
