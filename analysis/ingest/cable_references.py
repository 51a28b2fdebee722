"""The year in a cable's reference, as a cable library's address holds it.

A diplomatic cable is known by its reference: the year, the sending post in capitals and
the cable's number, "1976PARIS29871", "09HANOI1234". A cable library's page address ends
with it ("/plusd/cables/1976PARIS29871_b.html", "/cable/2009/03/09HANOI123.html"). When the
cable's text shows no date (its text only, no routing block: held-out 82, miss30), the
year of the reference is the cable's year: ``cable_reference_year`` reads a four-digit
year glued to a post's name in capitals and a number of three to six digits, closing the
address's file name (an optional one-letter suffix, "_b"). A lower-case word glued to a
year ("/2019report123") is no post. The reference's usual form has a two-digit year and
any number ("/plusd/cables/05HANOI42.html": 2005; a year 50-99 is of the 1900s, as
``layout/cable_header`` reads a date-time group's; held-out 136, fix42b); a month's
abbreviation after two digits is a day, no post ("/20FEB2024").
"""

from __future__ import annotations

import calendar
import re

import pandas as pd

from analysis.dates import DateMatch

#: Year, post in capitals, number, closing the file name: "/1976PARIS29871_b.html".
_REFERENCE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})(?P<post>[A-Z]{3,20})(?P<number>\d{3,6})(?:_[a-z])?(?=\.[a-z]{2,5}$|/?$)"
)

#: The usual form: two-digit year, post, any number: "/05HANOI42.html".
_SHORT_REFERENCE = re.compile(
    r"/(?P<year>\d{2})(?P<post>[A-Z]{3,20})(?P<number>\d{1,6})(?:_[a-z])?(?=\.[a-z]{2,5}$|/?$)"
)
_MONTH_ABBREVIATIONS = frozenset(m.upper() for m in calendar.month_abbr if m) | {"SEPT"}


def cable_reference_year(path: str) -> DateMatch | None:
    """The year of a cable's reference closing ``path`` (the module's docstring), or None.

    >>> str(cable_reference_year("https://x.org/plusd/cables/1976PARIS29871_b.html").date_start.date())
    '1976-01-01'
    >>> cable_reference_year("https://x.org/news/2019report123.html") is None
    True
    """
    found = _REFERENCE.search(path)
    if found:
        return year_of(found)
    short = _SHORT_REFERENCE.search(path)
    if short is None or short.group("post") in _MONTH_ABBREVIATIONS:
        return None
    year = int(short.group("year"))
    year += 1900 if year >= 50 else 2000
    first, last = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
    start = short.start("year")
    return DateMatch(start, start + 2, short.group("year"), first, last, "year")


def year_of(found: re.Match[str]) -> DateMatch:
    """The year of ``found``'s group ``year`` as a date of precision year over its digits
    (an address's year: a cable's reference, a year's folder)."""
    year = int(found.group("year"))
    first, last = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
    start = found.start("year")
    return DateMatch(start, start + 4, found.group("year"), first, last, "year")
