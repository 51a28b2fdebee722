"""A periodical issue's month in its page's title (held-out 88): a journal's notice of an
issue, or its contents page, titled "Political Theory Journal (Vietnamese Version) Issue
No. 566 (Apr.2025)", "Review, Vol. 12, No. 3 (March 2020)". With no other date on the
page, the issue's month is the page's date, to the month (an issue is not the day the
page came out). The title must name an issue ("Issue", "No.", "Vol.", "Number") and close
with the month and year in brackets or after a comma."""

from __future__ import annotations

import re

import pandas as pd

from analysis.dates import DateMatch
from analysis.dates.lexicon import MONTHS
from analysis.ingest.line_evidence import PageArticle

#: An issue's number in a title: "Issue No. 566", "No. 3", "Vol. 12", "Number 4".
_ISSUE = re.compile(r"\b(?:issue|vol(?:ume)?\.?|no\.|number)\s*\d{1,4}\b", re.IGNORECASE)

#: The month and year closing a title: "(Apr.2025)", "(March 2020)", ", May 2019".
_CLOSING_MONTH = re.compile(
    r"(?:\(|,\s*)(?P<mon>[A-Za-z]{3,9})\.?\s*(?P<year>(?:19|20)\d{2})\)?\s*$"
)


def issue_month(title: str) -> DateMatch | None:
    """The issue's month closing a title that names an issue, to the month, else None.

    >>> m = issue_month("Political Theory Journal (Vietnamese Version) Issue No. 566 (Apr.2025)")
    >>> (str(m.date_start)[:10], m.precision, m.text)
    ('2025-04-01', 'month', 'Apr.2025')
    >>> issue_month("Talks on river ferries (May 2025)") is None  # no issue named
    True
    """
    found = _CLOSING_MONTH.search(title)
    month = MONTHS.get(found.group("mon").casefold()) if found else None
    if found is None or month is None or not _ISSUE.search(title[: found.start()]):
        return None
    year = int(found.group("year"))
    first = pd.Timestamp(year, month, 1)
    last = first + pd.offsets.MonthEnd(0)
    start, end = found.start("mon"), found.end("year")
    return DateMatch(start, end, title[start:end], first, last, "month")


def date_by_issue_month(article: PageArticle) -> bool:
    """Date a page that has no date at all by its title's issue month (``issue_month``).
    Whether it did."""
    found = issue_month(article.title)
    if found is None:
        return False
    article.footer_date = found
    article.footer_evidence = article.title
    article.date_reason = f"the issue's month in the title: {found.text!r}"
    return True
