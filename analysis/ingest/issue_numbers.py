"""A page dated only by the issue number of the journal it comes from (fix78).

A journal's web page may print, under its headline, the issue its article appeared in,
after a label ("Source: Journal of Political Theory and Communication, No 7-2022") and no
other date of its own. A page with no date at all takes the year of that issue, at the
precision of a year, as ``series_numbers`` dates a series paper by its number's year: the
same patterns (``series_numbers`` of ``data/header_scoring.yaml``) are tried on each line
of the header other than the headline (whose series number ``series_numbers`` reads),
flagged ``series_year``.
"""

from __future__ import annotations

from analysis.ingest.line_evidence import PageArticle
from analysis.ingest.metadata import Scoring
from analysis.ingest.series_numbers import date_by_year, series_year

#: The kinds of header lines an issue's line may carry (never article text nor the
#: headline, whose series number ``series_numbers`` reads).
_ISSUE_LINE_KINDS = frozenset({"credit", "boilerplate", "dateline", "byline", "heading"})

#: How far the header may reach: an issue line stands in the page's first lines.
HEADER_REACH = 12


def date_by_issue_number(article: PageArticle, scoring: Scoring) -> bool:
    """Date a page that has no date at all by the year of the issue number a header line
    gives ("Source: Journal ..., No 7-2022"), flagged ``series_year``. Whether it did."""
    for p in article.paragraphs[:HEADER_REACH]:
        if p.kind == "body":
            return False  # the text has begun: its numbers are not the page's
        found = series_year(p.text, scoring) if p.kind in _ISSUE_LINE_KINDS else None
        if found is None:
            continue
        date_by_year(
            article, found, p.text, f"line {p.line}: the year of the journal's issue number"
        )
        return True
    return False
