"""A record's publication-date field holding a month and a year in digits (fix36e): a
catalogue's "Publication Date: 03-2022", a repository's "Date of Issue" over "2019-12".

The date finder does not read "03-2022" or "2019-12" in running text, where a season
("2010-11") or a code is as likely; after a label of ``numeric_month_labels``
(``data/page_layout.yaml``), on its line or on the line under a label standing alone,
the digits are the record's month. Read only when the page gave no other date, and the
first such field (a listing's first item) dates the page.
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from analysis.core.data_files import load_data_file
from analysis.dates import DateMatch
from analysis.ingest.layout.lines import Article, Paragraph

#: The month and year in digits, month first ("03-2022", "3/2022") or year first
#: ("2019-12"), the whole value.
_VALUE = re.compile(
    r"(?:(?P<m1>0?[1-9]|1[0-2])[-/.](?P<y1>(?:19|20)\d{2})"
    r"|(?P<y2>(?:19|20)\d{2})[-/.](?P<m2>0[1-9]|1[0-2]))\s*$"
)


@cache
def _label() -> re.Pattern[str]:
    """A line's opening bullet, a label of ``numeric_month_labels`` and its colon."""
    words = load_data_file("page_layout.yaml").get("numeric_month_labels") or ["(?!)"]
    alternatives = "|".join(f"(?:{w})" for w in words)
    return re.compile(rf"^[\s•·*-]*(?:{alternatives})\s*:?\s*", re.I)


def labelled_month(text: str, next_text: str = "") -> DateMatch | None:
    """The month of a labelled field: ``text`` is the label and its value, or the label
    alone with the value as ``next_text`` (the line under it); None otherwise.

    >>> str(labelled_month("• Publication Date: 03-2022").date_start.date())
    '2022-03-01'
    >>> str(labelled_month("Date of Issue", "2019-12").date_end.date())
    '2019-12-31'
    >>> labelled_month("Season 2010-11") is None
    True
    """
    label = _label().match(text)
    if label is None:
        return None
    value = text[label.end() :] or next_text.strip()
    found = _VALUE.match(value)
    if found is None:
        return None
    year = int(found.group("y1") or found.group("y2"))
    first = pd.Timestamp(year, int(found.group("m1") or found.group("m2")), 1)
    return DateMatch(0, len(value), value.strip(), first, first + pd.offsets.MonthEnd(0), "month")


def _field(paras: list[Paragraph]) -> tuple[Paragraph, DateMatch] | None:
    """The first paragraph holding a labelled numeric month, with its month."""
    for k, p in enumerate(paras):
        following = paras[k + 1].text if k + 1 < len(paras) else ""
        found = labelled_month(p.text, following)
        if found is not None:
            return p, found
    return None


def labelled_month_date(article: Article) -> None:
    """With no date read, the first labelled numeric month of the page (``labelled_month``)."""
    if article.header_date is not None or article.footer_date is not None:
        return
    found = _field(article.paragraphs)
    if found is None:
        return
    p, month = found
    article.header_date, article.header_evidence = month, p.text
    article.date_reason = f"line {p.line}: a record's publication-date field, month and year"
