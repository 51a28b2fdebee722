"""A month's list of dated items with no headline: the page is of the month, no one day.

A portal's news list for one month (held-out 82, miss30) prints each item as a date alone
on its line ("May 28th, 2010"), then its excerpt, and lost the items' titles in the copy:
the page has no headline, and its first item's day was read as the page's date. The zoo's
gold gives a monthly archive its month (as "/2008/01/" archives). ``month_list_date``:
when no headline was read and the page's header date is a day, and at least
``MIN_ITEMS`` lines are dates alone (``lines.dateline_date``) of distinct days, all in that
day's month, the page's date is that month (precision ``month``). A list across months
(a weekly or a category archive) and a page with a headline are left as they are.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from analysis.ingest.layout.lines import Article, dateline_date
from analysis.ingest.page_rules import Rules

#: The fewest dated items, each on a distinct day, of a month's list.
MIN_ITEMS = 3

#: How many paragraphs from the top are read (a month's list has a few dozen items).
LIST_REACH = 300


def month_list_date(article: Article, rules: Rules) -> None:
    """With no headline and a day as the header date, the month of a list of dated items
    all in that month (the module's docstring), in place."""
    found = article.header_date
    if article.title or found is None or found.precision != "day" or found.date_start is None:
        return
    month = (found.date_start.year, found.date_start.month)
    days = set()
    for p in article.paragraphs[:LIST_REACH]:
        day = dateline_date(p.text, rules) if len(p.text) < 60 else None
        if day is None or day.precision != "day" or day.date_start is None:
            continue
        if (day.date_start.year, day.date_start.month) != month:
            return
        days.add(day.date_start)
    if len(days) < MIN_ITEMS:
        return
    first = pd.Timestamp(month[0], month[1], 1)
    article.header_date = replace(
        found, date_start=first, date_end=first + pd.offsets.MonthEnd(0), precision="month"
    )
    article.date_reason += f"; {len(days)} dated items of one month and no headline: its month"
