"""A journal article's history row as the year of a page with no other date (fix36e).

A document store's copy of an article keeps its history row ("Received 14 May 2020
Revised 2 July 2020; Accepted 20 July 2020", ``history_rows.history_row``) but often not
its publication day. The row's last step is the article's acceptance; it came out that
year or soon after, and the row gives no day of its own publication, so the year of the
row's latest date dates the page, to the year only. Read only when the page gave no
other date.
"""

from __future__ import annotations

import pandas as pd

from analysis.core.text import normalize_text
from analysis.dates import DateMatch
from analysis.dates.scan import find_dates
from analysis.ingest.layout.history_rows import history_row
from analysis.ingest.layout.lines import Article


def history_year(text: str) -> DateMatch | None:
    """The year of the latest day of a history row ``text``, or None for any other text.

    >>> history_year("Received 14 May 2020 Revised 2 July 2020; Accepted 20 July 2020").text
    '2020'
    >>> history_year("Received 14 May 2020 in Hanoi") is None
    True
    """
    if not history_row(text):
        return None
    line = normalize_text(text)
    days = [m for m in find_dates(line) if m.precision == "day" and m.date_start is not None]
    latest = max(days, key=lambda m: m.date_start)
    year = latest.date_start.year
    start = latest.end - 4
    first, last = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
    return DateMatch(start, latest.end, str(year), first, last, "year")


def history_year_date(article: Article) -> None:
    """With no date read, the year of the page's first history row (``history_year``)."""
    if article.header_date is not None or article.footer_date is not None:
        return
    for p in article.paragraphs:
        found = history_year(p.text) if len(p.text) < 300 else None
        if found is not None:
            article.header_date, article.header_evidence = found, p.text
            article.date_reason = f"line {p.line}: an article's history row, {found.text}"
            return
