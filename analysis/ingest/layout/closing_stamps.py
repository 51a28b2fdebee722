"""A numeric date in square brackets closing the text, the item's day as a trade paper's
archive prints it after the last sentence ("... before the 2008 monsoon. [14/11/06]";
fix31b, held-out 96). Read only when the page gave no other date, and only at the very
end of the last text paragraph: a date inside a sentence stays unread (the zoo's rule).
A two-digit year is 19xx or 20xx, whichever is not in the future; day and month are read
in the page's order (``day_month_order.settle_day_month``), day first when nothing settles it.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.ingest.date_scoring import absolute_dates
from analysis.ingest.day_month_order import read_day_month, settle_day_month
from analysis.ingest.layout.lines import Article

#: "[14/11/06]", "[3.5.2007]", "[14-11-2006]" closing a paragraph.
_STAMP = re.compile(
    r"\[\s*(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{2}|(?:19|20)\d{2})\s*\]\s*$"
)


def _full_year(year: str) -> int:
    """A two-digit year as 20xx unless that is in the future, then 19xx."""
    if len(year) == 4:
        return int(year)
    century = 2000 if 2000 + int(year) <= pd.Timestamp.now().year else 1900
    return century + int(year)


def closing_stamp_date(article: Article) -> None:
    """With no date read, the bracketed numeric date closing the last text paragraph."""
    if article.header_date is not None or article.footer_date is not None:
        return
    texts = [p for p in article.paragraphs if p.kind in ("lede", "body")]
    found = _STAMP.search(texts[-1].text[-16:]) if texts and "[" in texts[-1].text[-16:] else None
    if found is None:
        return
    numeric = f"{found.group('a')}/{found.group('b')}/{_full_year(found.group('y'))}"
    dates = absolute_dates(numeric)
    if not dates or dates[0].precision != "day":
        return
    order = settle_day_month(article.paragraphs)
    article.header_date = read_day_month(dates[0], order, numeric)
    article.header_evidence = texts[-1].text[-80:]
    article.date_reason = f"line {texts[-1].line}: the bracketed date closing the text"
