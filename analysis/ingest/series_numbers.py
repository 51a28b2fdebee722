"""A page dated only by its series number's year (misses66).

An ISEAS Perspective's web page opens its headline's line with the paper's number in
the series, the year first ("2022/14 “Hanoi’s New Ring Road ...” by Name"), and prints no
other date of its own (the photo caption's day is the picture's). A page with no date at
all takes that year, at the precision of a year (``series_numbers`` of
``data/header_scoring.yaml``), flagged ``series_year``.
"""

from __future__ import annotations

import pandas as pd

from analysis.dates import DateMatch
from analysis.ingest.line_evidence import PageArticle
from analysis.ingest.metadata import Scoring


def series_year(text: str, scoring: Scoring) -> tuple[int, int, int] | None:
    """The year opening ``text`` as a series number's (its value, start and end), or None.

    >>> from analysis.ingest.metadata import load_scoring
    >>> series_year("2022/14 “Hanoi’s New Ring Road” by Tran Quynh Anh", load_scoring())
    (2022, 0, 4)
    >>> series_year("2022/14 households were moved", load_scoring()) is None
    True
    """
    for pattern in scoring.series_numbers:
        found = pattern.match(text.strip())
        if found:
            offset = len(text) - len(text.lstrip())
            start, end = found.span("year")
            return int(found.group("year")), start + offset, end + offset
    return None


def date_by_series_number(article: PageArticle, scoring: Scoring) -> bool:
    """Date a page that has no date at all by the year of the series number opening its
    headline's line ("2022/14 “Title” by Name"), flagged ``series_year``. Whether it did."""
    title = next((p for p in article.paragraphs if p.kind == "title"), None)
    found = series_year(title.text, scoring) if title is not None else None
    if found is None:
        return False
    reason = f"line {title.line}: the year of the series number opening the headline"
    date_by_year(article, found, title.text, reason)
    return True


def date_by_year(
    article: PageArticle, found: tuple[int, int, int], evidence: str, reason: str
) -> None:
    """Date ``article`` by the year ``found`` (year, start, end in ``evidence``), precision
    year, flagged ``series_year``, with ``reason`` as its date reason."""
    year, start, end = found
    first, last = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
    article.footer_date = DateMatch(start, end, str(year), first, last, "year")
    article.footer_evidence = evidence
    article.date_reason = reason
    article.metadata_flags.append("series_year")
