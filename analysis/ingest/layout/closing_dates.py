"""A headline closed by the day it was published, on the same line after its own full stop
(held-out 136): a body's press-release list prints each item's title and day together, and
a copy keeps them on one line ("Viet Nam marks ASEM Day 2019 with a look back at its role
in the forum. 07 March 2019"). The day is the page's date, read from the line as before;
the title ends at its full stop (or "?", "!"), which a headline runs up to and a date never
follows inside a headline's own words."""

from __future__ import annotations

import re

from analysis.core.text import count_words
from analysis.dates import parse_date

#: A sentence's end, spaces, then the rest of the line (at most a date's length).
_AFTER_STOP = re.compile(r"(?<=[.!?])\s+(?P<day>\S.{4,29})$")

#: The fewest words the headline before the day must keep.
MIN_TITLE_WORDS = 3


def without_closing_date(title: str) -> str:
    """``title`` without a date to the day closing it after its full stop, when the part
    after the stop is one whole date of the date grammar and at least ``MIN_TITLE_WORDS``
    words are left; other titles unchanged.

    >>> without_closing_date("Port towns sign a river charter. 07 March 2019")
    'Port towns sign a river charter.'
    >>> without_closing_date("Port towns sign a river charter. March 2019")
    'Port towns sign a river charter. March 2019'
    >>> without_closing_date("Done. 07 March 2019")
    'Done. 07 March 2019'
    >>> without_closing_date("Port towns sign. Then 7 March 2019 came")
    'Port towns sign. Then 7 March 2019 came'
    """
    found = _AFTER_STOP.search(title)
    if found is None or count_words(title[: found.start()]) < MIN_TITLE_WORDS:
        return title
    text = found.group("day").rstrip()
    day = parse_date(text)
    if day is None or day.precision != "day" or day.start != 0 or day.end != len(text):
        return title
    return title[: found.start()]
