"""(held-out 93) A list's numeric date glued before the headline it dates.

A magazine's topic page, a portal's list or an archive prints each item's day in a small
box of its own before the item's title; copied as text, the two run together without a
space: "12.16.22How Well Are the Upstream Towns Advancing ...?", "2023-05-01Talks resume
on ...". When such a line is chosen as the page's headline it keeps the date. The stamp is
cut off the headline when it is one numeric date of the date grammar (a day, a month and
a two- or four-digit year joined by dots, slashes or dashes, or an ISO day; month-first
and day-first alike), glued straight to a capital letter or an opening quotation mark, and
at least ``GLUED_STAMP_MIN_WORDS`` words are left. A date followed by a space stays: it
is the headline's own ("20040312 Hue", "30.4.1975 – the day the war ended").
"""

from __future__ import annotations

import re

from analysis.core.text import count_words
from analysis.dates import parse_date

#: The fewest words left of the headline once its glued stamp is cut off.
GLUED_STAMP_MIN_WORDS = 3

#: A numeric date opening the line, glued to a capital letter or an opening quote.
_GLUED_STAMP = re.compile(
    r"^(?P<stamp>\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})"
    r"(?=[\"“‘'A-ZÀ-ÝĐ])"
)


def _month_first(stamp: str) -> str:
    """``stamp`` with its first two numbers swapped ("12.16.22" -> "16.12.22"), so that a
    month-first stamp, which the day-first grammar calls impossible, is read too."""
    first, sep, rest = re.split(r"([./-])", stamp, maxsplit=1)
    second, sep2, year = re.split(r"([./-])", rest, maxsplit=1)
    return f"{second}{sep}{first}{sep2}{year}"


def _is_date(stamp: str) -> bool:
    """``stamp`` is one real day of the date grammar, whole (day- or month-first)."""
    for text in (stamp, _month_first(stamp) if not re.match(r"\d{4}-", stamp) else stamp):
        found = parse_date(text)
        if (
            found is not None
            and found.start == 0
            and found.end == len(text)
            and found.precision == "day"
            and found.date_start is not None
        ):
            return True
    return False


def without_glued_stamp(title: str) -> str:
    """The headline without a list's numeric date glued before it, when the date is a real
    day and ``GLUED_STAMP_MIN_WORDS`` words or more are left; other titles unchanged.

    >>> without_glued_stamp("12.16.22How Well Are the River Towns Doing?")
    'How Well Are the River Towns Doing?'
    >>> without_glued_stamp("2023-05-01Talks resume on the ferry timetable")
    'Talks resume on the ferry timetable'
    >>> without_glued_stamp("30.4.1975 The day the ferries stopped")
    '30.4.1975 The day the ferries stopped'
    >>> without_glued_stamp("12.16.22Talks")
    '12.16.22Talks'
    >>> without_glued_stamp("31.31.22Three towns agree on a timetable")
    '31.31.22Three towns agree on a timetable'
    """
    found = _GLUED_STAMP.match(title)
    if found is None:
        return title
    rest = title[found.end() :]
    if count_words(rest) < GLUED_STAMP_MIN_WORDS or not _is_date(found.group("stamp")):
        return title
    return rest
