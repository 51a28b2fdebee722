"""A digest's day in its title, the year in its address (held-out 76, fix76b).

A daily digest titles its page with the month and day only ("Vietnam News Headlines March
6", "VIETNAM NEWS HEADLINES SEPTEMBER 23") and prints no other date; its address holds the
year ("/2021/09/blog-post_23.html", the month too). The page's own day is the title's
closing month and day with the address's year, when the address's month (if any) agrees.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.dates import DateMatch
from analysis.dates.lexicon import MONTHS

#: A month's name and a day, or a day and a month's name, closing the title (a trailing
#: stop or bracket aside), with no year after it: "... Headlines March 6", "... 23 Sept.".
_CLOSING_DAY = re.compile(
    r"(?<![\w])(?:(?P<mon>[a-z]{3,9})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    r"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon2>[a-z]{3,9})\.?)\W*$",
    re.I,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def title_month_day(title: str) -> tuple[int, int, str] | None:
    """The month and day closing ``title`` (and their text), or None when the title holds
    a year or closes with no month's name and day.

    >>> title_month_day("Vietnam News Headlines March 6")
    (3, 6, 'March 6')
    >>> title_month_day("VIETNAM NEWS HEADLINES SEPTEMBER 23")
    (9, 23, 'SEPTEMBER 23')
    >>> title_month_day("News in brief March 6, 2024") is None
    True
    >>> title_month_day("Ten ferries start work") is None
    True
    """
    found = _CLOSING_DAY.search(title.strip())
    if found is None or _YEAR.search(title):
        return None
    month = MONTHS.get((found.group("mon") or found.group("mon2")).casefold())
    day = int(found.group("day") or found.group("day2"))
    if month is None or not 1 <= day <= 31:
        return None
    return month, day, found.group(0).strip(" .)")


def title_day_in_year(title: str, address: DateMatch | None) -> DateMatch | None:
    """The day of the month and day closing ``title`` in the year of the address's date
    ``address`` (a year or a month; its month must be the title's), or None.

    >>> year = pd.Timestamp(2021, 9, 1)
    >>> month = DateMatch(0, 8, "/2021/09", year, year + pd.offsets.MonthEnd(0), "month")
    >>> found = title_day_in_year("VIETNAM NEWS HEADLINES SEPTEMBER 23", month)
    >>> str(found.date_start.date()), found.precision, found.text
    ('2021-09-23', 'day', 'SEPTEMBER 23 2021')
    >>> title_day_in_year("VIETNAM NEWS HEADLINES OCTOBER 2", month) is None
    True
    """
    found = title_month_day(title)
    return month_day_in_year(*found, address) if found is not None else None


def month_day_in_year(
    month: int, day: int, text: str, address: DateMatch | None
) -> DateMatch | None:
    """The day ``month``/``day`` (printed as ``text``, no year) in the year of the address's
    date ``address`` (a year or a month; its month must be ``month``), or None.

    >>> first = pd.Timestamp(2024, 10, 1)
    >>> month = DateMatch(0, 8, "/2024/10", first, first + pd.offsets.MonthEnd(0), "month")
    >>> str(month_day_in_year(10, 9, "Oct 9", month).date_start.date())
    '2024-10-09'
    >>> month_day_in_year(11, 9, "Nov 9", month) is None
    True
    """
    if address is None or address.precision not in ("year", "month"):
        return None
    if address.date_start is None:
        return None
    if address.precision == "month" and address.date_start.month != month:
        return None
    year = address.date_start.year
    try:
        first = pd.Timestamp(year, month, day)
    except ValueError:
        return None
    combined = f"{text} {year}"
    return DateMatch(0, len(combined), combined, first, first, "day")
