"""A magazine's issue season as the page's date (held-out 79): a copy of a quarterly's essay
prints only its issue, "Summer 2015", on a line of its own in the header. The date grammar
reads the season (June to August), which the page-date scoring leaves out (it takes days,
months and years); with no other date on the page, the issue's year is the date, to the
year only (a season is not the day the piece came out)."""

from __future__ import annotations

import pandas as pd

from analysis.dates import DateMatch
from analysis.ingest.layout.lines import HEADER_REACH, Article, dateline_date
from analysis.ingest.page_rules import Rules


def season_year(text: str, rules: Rules) -> DateMatch | None:
    """The year of a line holding only a season and its year ("Summer 2015", "Winter
    2019/20" as the grammar reads it), to the year; None for any other line."""
    found = dateline_date(text, rules)
    if found is None or found.precision != "season" or found.date_start is None:
        return None
    year = found.date_start.year
    first, last = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
    return DateMatch(found.start, found.end, found.text, first, last, "year")


def issue_season_date(article: Article, rules: Rules) -> None:
    """With no date read, the year of an issue season standing alone on a date line of the
    page's header (``season_year``)."""
    if article.header_date is not None or article.footer_date is not None:
        return
    for p in article.paragraphs[:HEADER_REACH]:
        found = season_year(p.text, rules) if p.kind == "dateline" else None
        if found is not None:
            article.header_date, article.header_evidence = found, p.text
            article.date_reason = f"line {p.line}: the issue's season, {found.text!r} (its year)"
            return
