"""Header date forms read beside ``date_scoring.header_dates``: two months and a year
(a journal issue's "March/April 2022"), and a day, a month's name and a two-digit year
after a weekday ("Tue - 14 November 23", an Indian daily's byline line
"By ANI Published Date - 06:15 PM, Tue - 14 November 23"; held-out 103)."""

from __future__ import annotations

import calendar
import re

import pandas as pd

from analysis.dates import DateMatch

#: English month names and abbreviations (lower case) -> month number, for the header
#: forms here and in ``date_scoring`` (so these modules need only ``find_dates`` and
#: ``DateMatch``).
MONTHS: dict[str, int] = {
    **{name.lower(): n for n, name in enumerate(calendar.month_name) if name},
    **{name.lower(): n for n, name in enumerate(calendar.month_abbr) if name},
    "sept": 9,
}


#: Two months and a year, as journals print an issue's date: "March/April 2022".
_MONTH_PAIR = re.compile(
    r"\b(?P<m1>[A-Za-z]{3,9})\s*/\s*(?P<m2>[A-Za-z]{3,9})\s+(?P<y>(?:19|20)\d{2})\b"
)


def month_pair_dates(text: str) -> list[DateMatch]:
    """The first month of each "March/April 2022" in ``text``, as a month."""
    found = []
    for m in _MONTH_PAIR.finditer(text):
        first = MONTHS.get(m.group("m1").casefold())
        if first is None or m.group("m2").casefold() not in MONTHS:
            continue
        start = pd.Timestamp(int(m.group("y")), first, 1)
        end = start + pd.offsets.MonthEnd(0)
        found.append(DateMatch(m.start(), m.end(), m.group(0), start, end, "month"))
    return found


#: A weekday's name (or its three-letter abbreviation), a dash or a comma, a day, a month's
#: name and a two-digit year closing the date: "Tue - 14 November 23", "Mon, 16 Oct 23".
#: The weekday is what makes the two digits a year (after "14 November" alone they could be
#: a count or a time); no digit, colon, slash or stop may follow them.
_WEEKDAY_SHORT_YEAR = re.compile(
    r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?\.?"
    r"\s*[-–,]\s*(?P<d>[0-3]?\d)\s+(?P<m>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{2})\b(?![:/.\d])"
)

#: A two-digit year up to this one is read in the 2000s ("07" -> 2007), above it in the
#: 1900s ("98" -> 1998), as ``analysis.dates`` reads "17-5-07".
TWO_DIGIT_YEAR_PIVOT = 68


def full_year(year: str) -> int:
    """A year of four digits, or of two read with ``TWO_DIGIT_YEAR_PIVOT``.

    >>> full_year("23"), full_year("98"), full_year("2011")
    (2023, 1998, 2011)
    """
    value = int(year)
    if len(year) == 2:
        return 2000 + value if value <= TWO_DIGIT_YEAR_PIVOT else 1900 + value
    return value


def weekday_short_year_dates(text: str) -> list[DateMatch]:
    """Each "Tue - 14 November 23" of ``text`` as a day ("23" -> 2023), when the weekday
    is the date's own (a wrong weekday is a count or a code, not this date).

    >>> [m.date_start.date().isoformat() for m in weekday_short_year_dates("Tue - 14 November 23")]
    ['2023-11-14']
    >>> weekday_short_year_dates("Wed - 14 November 23")
    []
    """
    found = []
    for m in _WEEKDAY_SHORT_YEAR.finditer(text):
        month = MONTHS.get(m.group("m").casefold())
        year = full_year(m.group("y"))
        try:
            day = pd.Timestamp(year, month or 0, int(m.group("d")))
        except (ValueError, TypeError):
            continue
        if day.strftime("%a").casefold() != m.group(0)[:3].casefold():
            continue
        found.append(DateMatch(m.start(), m.end(), m.group(0), day, day, "day"))
    return found


#: The patterns of the forms here, each matching where its date starts (for
#: ``date_memo.date_may_start``).
FORMS: tuple[re.Pattern[str], ...] = (_MONTH_PAIR, _WEEKDAY_SHORT_YEAR)
