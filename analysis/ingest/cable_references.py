"""The year in a cable's reference, as a cable library's address holds it.

A diplomatic cable is known by its reference: the year, the sending post in capitals and
the cable's number, "1976PARIS29871", "09HANOI1234". A cable library's page address ends
with it ("/plusd/cables/1976PARIS29871_b.html", "/cable/2009/03/09HANOI123.html"). When the
cable's text shows no date (its text only, no routing block: held-out 82, miss30), the
year of the reference is the cable's year: ``cable_reference_year`` reads a four-digit
year glued to a post's name in capitals and a number of three to six digits, closing the
address's file name (an optional one-letter suffix, "_b"). A lower-case word glued to a
year ("/2019report123") is no post.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.dates import DateMatch

#: Year, post in capitals, number, closing the file name: "/1976PARIS29871_b.html".
_REFERENCE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})(?P<post>[A-Z]{3,20})(?P<number>\d{3,6})(?:_[a-z])?(?=\.[a-z]{2,5}$|/?$)"
)


def cable_reference_year(path: str) -> DateMatch | None:
    """The year of a cable's reference closing ``path`` (the module's docstring), or None.

    >>> str(cable_reference_year("https://x.org/plusd/cables/1976PARIS29871_b.html").date_start.date())
    '1976-01-01'
    >>> cable_reference_year("https://x.org/news/2019report123.html") is None
    True
    """
    found = _REFERENCE.search(path)
    return year_of(found) if found else None


def year_of(found: re.Match[str]) -> DateMatch:
    """The year of ``found``'s group ``year`` as a date of precision year over its digits
    (an address's year: a cable's reference, a year's folder)."""
    year = int(found.group("year"))
    first, last = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
    start = found.start("year")
    return DateMatch(start, start + 4, found.group("year"), first, last, "year")
