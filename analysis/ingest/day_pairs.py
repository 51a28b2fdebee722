"""Two days of one month joined by "&" or "and", then the year (fix36e): "March 7 & 9,
2019", "7 and 9 March 2019", as a twice-weekly bulletin or a two-day meeting's page prints
its date. The date grammar finds no day in it (only the year), so the page was dated to
the year; the first day is the page's (the issue's first day, as "March/April 2022" is
read as March: ``header_forms.month_pair_dates``). A header form beside
``date_scoring.header_dates``.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.dates import DateMatch
from analysis.ingest.header_forms import MONTHS

#: The month first ("March 7 & 9, 2019") or the days first ("7 and 9 March 2019").
_DAY_PAIR = re.compile(
    r"\b(?:(?P<m1>[A-Za-z]{3,9})\.?\s+(?P<a1>[0-3]?\d)\s*(?:&|and)\s*(?P<b1>[0-3]?\d)"
    r"|(?P<a2>[0-3]?\d)\s*(?:&|and)\s*(?P<b2>[0-3]?\d)\s+(?P<m2>[A-Za-z]{3,9})\.?)"
    r",?\s+(?P<y>(?:19|20)\d{2})\b"
)


def day_pair_dates(text: str) -> list[DateMatch]:
    """The first day of each pair of days of one month in ``text``, as a day.

    >>> [str(m.date_start.date()) for m in day_pair_dates("March 7 & 9, 2019")]
    ['2019-03-07']
    >>> [str(m.date_start.date()) for m in day_pair_dates("7 and 9 March 2019")]
    ['2019-03-07']
    >>> day_pair_dates("Rooms 7 & 9, 2019 edition") + day_pair_dates("March 9 & 7, 2019")
    []
    """
    found = []
    for m in _DAY_PAIR.finditer(text):
        month = MONTHS.get((m.group("m1") or m.group("m2")).casefold())
        first, second = int(m.group("a1") or m.group("a2")), int(m.group("b1") or m.group("b2"))
        if month is None or not first < second <= 31:
            continue
        try:
            day = pd.Timestamp(int(m.group("y")), month, first)
            pd.Timestamp(int(m.group("y")), month, second)  # both days must exist
        except ValueError:
            continue
        found.append(DateMatch(m.start(), m.end(), m.group(0), day, day, "day"))
    return found
