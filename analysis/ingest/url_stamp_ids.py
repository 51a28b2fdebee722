"""Story ids that carry the day in a web address, in forms ``url_dates.url_date``'s
patterns leave unread (fix43b): a page that prints no date of its own is dated by its
address (the zoo README's address rule), and three id forms hold the day.

- a query parameter whose value is a date-time stamp of fourteen digits or more opening
  with the day, year first ("post.php?story=20240717153909525", "view.php?ud=
  20190612000811": a news site's story id, the day, then the time or a serial); a
  shorter run ("k=2025031400412", thirteen digits) is a bare serial, no date;
- an id of digits closing the address whose last eight are the day, year first, after a
  serial of four to eight digits ("/article/idINIndia-57631820110612": a wire's story id
  of 2011; the year-first pattern of ``url_dates`` wants no digit before the year);
- a day printed day first and glued, opening the article's slug ("/08122024-a-title/"),
  when the day and month could be swapped: read day first, as the loader reads every
  numeric date, and flagged ``ambiguous_day_month`` (``url_dates._url_stamp_date`` does
  the same for a closing stamp); an outlet's ``date_order`` settles it.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.dates import DateMatch

#: A parameter's value of fourteen digits or more opening with the day, year first.
_QUERY_STAMP = re.compile(
    r"[?&][\w-]{1,20}=(?P<year>(?:19|20)\d{2})(?P<month>0[1-9]|1[0-2])"
    r"(?P<day>0[1-9]|[12]\d|3[01])\d{6,12}(?![\d])"
)
#: A serial of four to eight digits, then the day, year first, closing the address.
_ID_TAIL = re.compile(
    r"[-_/][a-z]{0,12}\d{4,8}(?P<year>(?:19|20)\d{2})(?P<month>0[1-9]|1[0-2])"
    r"(?P<day>0[1-9]|[12]\d|3[01])(?:\.[a-z]{2,5})?/?$",
    re.I,
)
#: A day printed day first and glued, opening the slug ("/08122024-a-title").
_SLUG_DAY_FIRST = re.compile(
    r"/(?P<day>0[1-9]|[12]\d|3[01])(?P<month>0[1-9]|1[0-2])(?P<year>(?:19|20)\d{2})(?=-[a-z])",
    re.I,
)


def _day(found: re.Match[str] | None, flags: tuple[str, ...] = ()) -> DateMatch | None:
    """The day of a match with groups ``year``, ``month`` and ``day``, or None."""
    if found is None:
        return None
    try:
        year, month = int(found.group("year")), int(found.group("month"))
        day = pd.Timestamp(year, month, int(found.group("day")))
    except ValueError:
        return None
    text = found.group(0).strip("/-_?&")
    return DateMatch(found.start() + 1, found.end(), text, day, day, "day", flags)


def query_stamp_day(url: str) -> DateMatch | None:
    """The day opening a query parameter's date-time stamp of fourteen digits or more.

    >>> str(query_stamp_day("https://example.com/post.php?story=20240717153909525").date_start.date())
    '2024-07-17'
    >>> query_stamp_day("https://example.com/jc/agt?g=a&k=2025031400412") is None
    True
    """
    return _day(_QUERY_STAMP.search(url))


def id_tail_day(path: str) -> DateMatch | None:
    """The day closing an id of digits that ends the address.

    >>> str(id_tail_day("https://example.com/article/idINIndia-57631820110612").date_start.date())
    '2011-06-12'
    >>> id_tail_day("https://example.com/document/15754715-a-title.htm") is None
    True
    """
    return _day(_ID_TAIL.search(path))


def slug_day_first(path: str) -> DateMatch | None:
    """The day, read day first, of a glued day opening the slug, flagged
    ``ambiguous_day_month`` (``url_dates`` reads it first when only one order is a date).

    >>> found = slug_day_first("https://example.com/08122024-a-title-analysis/")
    >>> str(found.date_start.date()), found.flags
    ('2024-12-08', ('ambiguous_day_month',))
    """
    return _day(_SLUG_DAY_FIRST.search(path), ("ambiguous_day_month",))


def stamp_id_day(url: str, path: str) -> DateMatch | None:
    """The first of the module's three forms the address holds (``path``: ``url``
    without its parameters), or None."""
    return query_stamp_day(url) or id_tail_day(path) or slug_day_first(path)
