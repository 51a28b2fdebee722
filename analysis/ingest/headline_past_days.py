"""A past day named in the headline against the day in the address (fix38d).

A page about a day long gone (a history blog's "The Seventies: Tuesday, May 6, 1975", an
anniversary piece "April 30, 1975: the last day of the war") names that day in its
headline, and a page that prints no other date is then read by its headline
(``date_scoring``'s ``title_line``). Its address often files it under the day it went up,
a folder day ("/2025/05/06/the-seventies-tuesday-may-6-1975"): that day is the page's own,
and the zoo README dates a page by a date it prints for itself before a day its headline
names. Two checks make the address win:

- ``folder_day_first``: an address holding a day in its folders ("/2025/05/06/") and a
  day named in its slug after them ("-may-6-1975") is dated by the folders, which the site
  wrote, not by the slug, which restates the headline;
- ``past_headline_day``: a date read from the headline itself (the documents row's
  ``date_evidence`` is its title) that lies ``PAST_DAY_MIN_DAYS`` or more before the
  address's full day is the subject's day;
  the address's day outranks it. A headline's day a few days off the address's (a report
  of yesterday's press conference, filed the next day) keeps the headline's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from analysis.dates import DateMatch

#: Year, month and day each closing a folder: "/2025/05/06/".
_FOLDER_DAY = re.compile(
    r"/(?P<year>(?:19|20)\d{2})/(?P<month>0[1-9]|1[0-2])/(?P<day>0[1-9]|[12]\d|3[01])/"
)


def folder_day_first(path: str, named: DateMatch | None) -> DateMatch | None:
    """The folder day of ``path`` when ``named`` (a day named in the slug) stands after
    it, else ``named``.

    >>> from analysis.ingest.url_dates import url_date
    >>> url_date("https://x.blog/2025/05/06/the-seventies-tuesday-may-6-1975").text
    '/2025/05/06/'
    >>> url_date("https://x.org/en/news-headlines-march-6-2024-2257113.html").text
    'march-6-2024'
    """
    found = _FOLDER_DAY.search(path)
    if named is None or found is None or found.start() > named.start:
        return named
    day = pd.Timestamp(int(found["year"]), int(found["month"]), int(found["day"]))
    return DateMatch(found.start(), found.end(), found.group(0), day, day, "day")


#: How many days before the address's day a headline's day must lie to be a past day the
#: page is about (a year and a day: an anniversary's day is a year or more back).
PAST_DAY_MIN_DAYS = 366


def past_headline_day(row: Mapping[str, object] | None, found: DateMatch | None) -> bool:
    """Whether the address's full day ``found`` outranks the documents ``row``'s date,
    read from the headline itself and ``PAST_DAY_MIN_DAYS`` or more before it.

    >>> may6 = pd.Timestamp(2025, 5, 6)
    >>> day = DateMatch(0, 12, "/2025/05/06/", may6, may6, "day")
    >>> title = "The Seventies: Tuesday, May 6, 1975"
    >>> row = {"title": title, "date_evidence": title, "published": pd.Timestamp(1975, 5, 6)}
    >>> past_headline_day(row, day)
    True
    >>> past_headline_day({**row, "published": pd.Timestamp(2025, 5, 5)}, day)
    False
    """
    if row is None or found is None or found.precision != "day" or found.date_start is None:
        return False
    title, evidence = str(row.get("title") or "").strip(), str(row.get("date_evidence") or "")
    published = row.get("published")
    if not title or evidence.strip() != title or published is None or pd.isna(published):
        return False
    return (found.date_start - pd.Timestamp(published)).days >= PAST_DAY_MIN_DAYS
