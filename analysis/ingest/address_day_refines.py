"""The address's day inside the month the text prints refines the page's date.

A page whose text gives only a month ("Washington and Hanoi • June 2010", a report's
month over a blog's copy of it) under an address holding a day of that month
("/2010/06/01/<slug>/", a blog's post address) is dated by the address's day: the day is
the post's, the finer date the page gives, and it agrees with the text's month (held-out
139's blog copy of a report; the README's blog-copy rule dates a copy by the post). An
address's day of another month, or a text date finer than a month, changes nothing; nor
does a day glued into a file's name ("...-articletext-20220315", a document host's upload
name: held-out studylib's ResearchGate copy keeps its article's month): only the folders
of a post's address, year, month and day, are the post's day.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from analysis.dates import DateMatch

#: A post address's day folders: "2010/06/01".
_FOLDER_DAY = re.compile(r"(?:19|20)\d{2}/\d{1,2}/\d{1,2}")


def address_day_in_month(row: Mapping[str, object] | None, found: DateMatch | None) -> bool:
    """Whether the address's day ``found`` falls in the month the documents ``row``'s
    month-precision date names (the module's docstring).

    >>> row = {"published": pd.Timestamp("2010-06-01"), "published_precision": "month"}
    >>> day = pd.Timestamp("2010-06-14")
    >>> address_day_in_month(row, DateMatch(0, 10, "2010/06/14", day, day, "day"))
    True
    >>> address_day_in_month(row, DateMatch(0, 8, "20100614", day, day, "day"))
    False
    >>> address_day_in_month({**row, "published_precision": "day"}, None)
    False
    """
    if row is None or found is None or found.precision != "day" or found.date_start is None:
        return False
    if not _FOLDER_DAY.fullmatch(found.text):
        return False
    text_date = row.get("published")
    if row.get("published_precision") != "month" or text_date is None or pd.isna(text_date):
        return False
    month = pd.Timestamp(text_date)
    return (month.year, month.month) == (found.date_start.year, found.date_start.month)
