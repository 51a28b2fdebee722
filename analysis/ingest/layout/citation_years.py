"""A journal article's citation line as the year of a page with no other date (fix36e):
a document host's copy of a paper prints its journal's line, "Social Sciences, 2019,
Volume 64, Issue 4, pp. 61-70", "PJAEE, 19 (2) (2022)", "Vol. 9, Issue 1, pps. 61–98.
... © 2014", often below the host's own preview lines, out of the header's reach.

The line names the issue the article appeared in, so its year dates the article, to the
year only (the issue's month or day is seldom printed, and never the article's own). Read
only when the page gave no other date, in the page's first ``CITATION_REACH`` lines: a
volume and an issue number (``_VOLUME_ISSUE``: "Vol. 9, Issue 1", "Volume 64, No. 4") with
a year near them, or a volume, its issue in brackets and the year in brackets
(``_BRACKETED``: "19 (2) (2022)").
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.dates import DateMatch
from analysis.ingest.layout.lines import Article

#: How many of the page's first paragraphs may hold the citation line.
CITATION_REACH = 30
#: A volume then its issue: "Volume 64, Issue 4", "Vol. XLVII, No. 3", "vol 12 no. 3".
_VOLUME_ISSUE = re.compile(
    r"\bvol(?:ume)?\.?\s*(?:\d{1,4}|[IVXLC]{1,7})\b,?\s*(?:issue|no\.|number|iss\.)\s*\d{1,4}\b",
    re.I,
)
#: A volume, its issue in brackets and the year in brackets: "19 (2) (2022)", "12(3)(2021)".
_BRACKETED = re.compile(r"(?<![\w.])\d{1,3}\s?\(\d{1,2}\)\s?\((?P<year>(?:19|20)\d{2})\)")
#: A year: not a part of a longer number, an ISSN or a page range.
_YEAR = re.compile(r"(?<![\d./-])(?:19|20)\d{2}(?![\d/-])")
#: How far before and after the volume and issue the year may stand (characters).
_BEFORE, _AFTER = 60, 140


def citation_year(text: str) -> DateMatch | None:
    """The year of a journal's citation line in ``text``, to the year; None without one.

    >>> str(citation_year("Social Sciences, 2019, Volume 64, Issue 4, pp. 61-70").date_start.date())
    '2019-01-01'
    >>> str(citation_year("PJAEE, 19 (2) (2022)").date_end.date())
    '2022-12-31'
    >>> citation_year("Article 19 (2) of the 2013 Constitution") is None
    True
    """
    bracketed = _BRACKETED.search(text)
    if bracketed is not None:
        return _year_match(bracketed.group("year"), bracketed.start("year"))
    volume = _VOLUME_ISSUE.search(text)
    if volume is None:
        return None
    start = max(0, volume.start() - _BEFORE)
    years = list(_YEAR.finditer(text, start, volume.end() + _AFTER))
    if not years:
        return None
    nearest = min(years, key=lambda y: abs(y.start() - volume.start()))
    return _year_match(nearest.group(0), nearest.start())


def _year_match(year: str, start: int) -> DateMatch:
    """A year's DateMatch at offset ``start``."""
    first, last = pd.Timestamp(int(year), 1, 1), pd.Timestamp(int(year), 12, 31)
    return DateMatch(start, start + 4, year, first, last, "year")


def citation_year_date(article: Article) -> None:
    """With no date read, the year of the first journal citation line (``citation_year``)
    among the page's first ``CITATION_REACH`` paragraphs."""
    if article.header_date is not None or article.footer_date is not None:
        return
    for p in article.paragraphs[:CITATION_REACH]:
        found = citation_year(p.text)
        if found is not None:
            article.header_date, article.header_evidence = found, p.text
            article.date_reason = (
                f"line {p.line}: a journal's citation line, {found.text} (its year)"
            )
            return
