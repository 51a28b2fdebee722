"""A credit line whose date is written year first in figures (held-out 126): "Source:
Global Times | 2016/4/14 20:58:01", the line closing each item of a paper's opinion
listing, "Xinhua - 2019-03-08 10:15". ``page_rules.credited_date`` reads a credit line's
date after a listed outlet's name in words ("Khmer Times | 30 August 2016"); this reads
the same line with the year, month and day in figures, a time after them allowed. The
name before the date must still be a listed outlet (``page_rules.outlet_named``)."""

from __future__ import annotations

import re

#: A name, a separator and a date written year/month/day with one separator repeated
#: ("2016/4/14", "2019-03-08", "2021.7.2"), then a time or nothing: "Source: Global Times
#: | 2016/4/14 20:58:01".
_YEAR_FIRST_CREDIT = re.compile(
    r"^(?P<name>[^|–—]{2,60}?)\s*[-–—|,]?\s+"
    r"(?P<date>(?:19|20)\d{2}(?P<sep>[/.-])(?:0?[1-9]|1[0-2])(?P=sep)(?:0?[1-9]|[12]\d|3[01]))"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)


def year_first_credit(line: str) -> re.Match[str] | None:
    """The match of a credit line ending with a year-first date in figures, its groups
    ``name`` and ``date`` (``page_rules._CREDITED_DATE``'s); None for any other line.

    >>> year_first_credit("Source: Global Times | 2016/4/14 20:58:01").group("date")
    '2016/4/14'
    >>> year_first_credit("Xinhua - 2019-03-08").group("name")
    'Xinhua'
    >>> year_first_credit("Source: Global Times | 2016/14/4") is None
    True
    >>> year_first_credit("Ministry report 2016/4/14 on the border talks") is None
    True
    """
    return _YEAR_FIRST_CREDIT.match(line)
