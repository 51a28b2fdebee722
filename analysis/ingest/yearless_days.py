"""A page's day without a year against the month of its address (held-out 79, fix7981).

A digest of a paper's editorials opens its text with the day only ("MARCH 12 --Whenever
...") and prints no year; its address holds a folder's year and month ("/2004/02/"), the
digest's, not the day's. When the address's month is not the page's, neither gives the
page's date: the page gets none, flagged ``date_conflict``, with both in the evidence,
rather than the folder's month taken silently. The text stage notes the day
(``note_yearless_lede``: flag ``yearless_day`` in ``date_flags``, the day quoted in
``date_reason``); the address stage reads it back (``yearless_conflict``)."""

from __future__ import annotations

import re

from analysis.dates import DateMatch
from analysis.dates.lexicon import MONTHS

#: The ``date_flags`` flag of a page whose text opens with a day and no year.
YEARLESS_FLAG = "yearless_day"

#: A month's name and a day opening a text paragraph, then a dash ("MARCH 12 --Whenever",
#: "Oct 4 — The ..."), no year between.
_OPENING_DAY = re.compile(
    r"^\s*(?P<mon>[^\W\d_]{3,9})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:--|[-–—])(?!\s*\d)"
)

#: How ``note_yearless_lede`` quotes the day in ``date_reason``.
_REASON = "the text opens with the day {text!r} and no year"
_QUOTED = re.compile(r"the text opens with the day '(?P<text>[^']+)' and no year")


def opening_month_day(text: str) -> tuple[int, int, str] | None:
    """The month, day and their text opening ``text`` before a dash, with no year.

    >>> opening_month_day("MARCH 12 --Whenever a storm comes")
    (3, 12, 'MARCH 12')
    >>> opening_month_day("March 12, 2004 -- Whenever") is None
    True
    >>> opening_month_day("Marching 12 -- bands") is None
    True
    """
    found = _OPENING_DAY.match(text)
    month = MONTHS.get(found.group("mon").casefold()) if found else None
    if found is None or month is None or not 1 <= int(found.group("day")) <= 31:
        return None
    return month, int(found.group("day")), f"{found.group('mon')} {found.group('day')}"


def yearless_reason(line: int, text: str) -> str:
    """The ``date_reason`` of a page whose text (line ``line``) opens with the day ``text``."""
    return f"no date: line {line}: " + _REASON.format(text=text)


def yearless_conflict(flags: str, reason: str, address: DateMatch, url: str) -> dict[str, str]:
    """The documents fields of a page flagged ``yearless_day`` whose address gives a month
    other than its day's: no date, ``date_conflict``, both in the evidence; {} otherwise
    (no such day, or the months agree, or the address gives a day or only a year)."""
    quoted = _QUOTED.search(reason) if YEARLESS_FLAG in flags.split(";") else None
    day = opening_month_day(f"{quoted.group('text')} --") if quoted else None
    start = address.date_start
    if day is None or start is None or address.precision != "month" or start.month == day[0]:
        return {}
    return {
        "date_evidence": f"{day[2]}; URL: {url}",
        "date_reason": (
            f"no date: the text's day {day[2]!r} has no year and the URL's "
            f"{address.text!r} is another month"
        ),
        "conflict": "date_conflict",
    }
