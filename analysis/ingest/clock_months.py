"""A date above the headline in a later month than the page's address (held-out 126).

A site that prints its clock over every page ("March 2, 2020" over a story the address
files under ``/2019/03/``) gives the day the page was saved, not the day it was published:
``layout.dates`` flags a date line above the headline ``above_headline`` (maybe the site's
clock), and a full date in the address outranks it (``url_dates.url_date_outranks``). An
address that holds only a year and a month outranks it too when the flagged date falls in
a later month: a page is filed under the month it is published in, so a later day above
its headline can only be a visit's, while a day in the same month may be the page's own
and is kept (it is the more precise)."""

from __future__ import annotations

import pandas as pd

from analysis.dates import DateMatch

#: The flag ``layout.dates`` gives a date line read above the headline.
ABOVE_HEADLINE = "above_headline"


def clock_after_address_month(flags: set[str], found: DateMatch | None, text_date: object) -> bool:
    """Whether the address's month ``found`` outranks the text's date ``text_date``, read
    above the headline (``flags`` hold ``above_headline``) in a later month.

    >>> from analysis.ingest.url_dates import url_date
    >>> month = url_date("https://example.org/2019/03/a-title/")
    >>> clock_after_address_month({"above_headline"}, month, pd.Timestamp("2020-03-02"))
    True
    >>> clock_after_address_month({"above_headline"}, month, pd.Timestamp("2019-03-28"))
    False
    >>> clock_after_address_month(set(), month, pd.Timestamp("2020-03-02"))
    False
    """
    if found is None or found.precision != "month" or ABOVE_HEADLINE not in flags:
        return False
    if found.date_start is None or text_date is None or pd.isna(text_date):
        return False
    day = pd.Timestamp(text_date)
    return (day.year, day.month) > (found.date_start.year, found.date_start.month)
