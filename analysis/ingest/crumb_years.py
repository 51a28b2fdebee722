"""A page dated only by the year its breadcrumb files it under (held-out 91).

A policy site's commentary opens with a breadcrumb whose pieces are the site's archive,
a year among them ("Main » News and comments » 2023 » <headline>"), and prints no date of
its own. The year is the archive's folder the page sits in: the page's year. A page with
no date at all takes it, at the precision of a year (flag ``series_year``, as a series
number's year, ``series_numbers.date_by_year``). Only a breadcrumb (``twice_printed.
breadcrumb_trail``: three pieces or more joined by "»" or "›") among the page's first
``CRUMB_REACH`` paragraphs, outside its text, counts, and only a piece before its last
(the last may be the headline) that is a year alone.
"""

from __future__ import annotations

import re

from analysis.core.text import normalize_text
from analysis.ingest.layout.twice_printed import breadcrumb_trail
from analysis.ingest.line_evidence import PageArticle
from analysis.ingest.series_numbers import date_by_year

#: How many paragraphs from the page's top may hold the breadcrumb.
CRUMB_REACH = 5

#: A piece of a breadcrumb that is a year alone, after its separator.
_YEAR_PIECE = re.compile(r"(?<=[»›] )(?P<year>(?:19|20)\d{2})(?= [»›] )")


def crumb_year(text: str) -> tuple[int, int, int] | None:
    """The year a breadcrumb ``text`` files its page under (its value, start and end), or
    None.

    >>> crumb_year("Main » News and comments » 2023 » Are Vietnam and Chile Moving Closer?")
    (2023, 27, 31)
    >>> crumb_year("Main » News » Vietnam's 2023 plan") is None
    True
    """
    line = normalize_text(text)
    found = _YEAR_PIECE.search(line) if breadcrumb_trail(line) else None
    return (int(found.group("year")), *found.span("year")) if found else None


def date_by_crumb_year(article: PageArticle) -> bool:
    """Date a page that has no date at all by its breadcrumb's year (see the module's
    docstring). Whether it did."""
    for p in article.paragraphs[:CRUMB_REACH]:
        if p.kind in ("lede", "body"):
            return False
        found = crumb_year(p.text)
        if found is not None:
            date_by_year(
                article, found, p.text, f"line {p.line}: the year the breadcrumb files it under"
            )
            return True
    return False
