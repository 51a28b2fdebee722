"""Dates of a page whose header gave none, read from two forms the header grammar leaves
(fix78): a full date in brackets closing the opening paragraph, and a date line whose
month's slot cannot be a month.

- ``bracketed_closing_date``: an old newspaper template closes its standfirst (and each
  teaser) with the day in brackets, "NDO- The book street opens its tenth fair ... (Feb
  20, 2015)". The first text paragraph ending so gives the day.
- ``impossible_month_year``: a site that prints a time and a date, the year first, with
  another number in the month's place ("09:15, 2020/15/23": the minutes where the month
  should stand). The year is all the page states reliably: it is read at the precision of
  a year, flagged ``IMPOSSIBLE_MONTH_FLAG``, and the line becomes the dateline.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.dates import DateMatch, find_dates
from analysis.ingest.layout.lines import Article, Paragraph

#: The date flag of a year read from a date whose month's slot holds no month.
IMPOSSIBLE_MONTH_FLAG = "impossible_month"

#: How many text paragraphs from the start of the text may close with a bracketed date.
OPENING_REACH = 1

#: How many paragraphs from the top a date line of the header may stand.
HEADER_REACH = 8

#: A full date with a month's name in brackets closing a paragraph: "... writers. (Feb 20,
#: 2015)". A date of digits in brackets is no such date (the Indonesian press's news day,
#: "Jumat (7/3/2025)", is read with its weekday by ``news_days.bracketed_news_day``).
_CLOSING_BRACKET = re.compile(r"\((?P<date>[^()]*[^\W\d_]{3}[^()]*)\)\s*\.?\s*$")

#: A line that is only a time and a date, the year first, in either order: "09:15,
#: 2020/15/23", "2020/15/23 09:15" (the date's separators "/", "-" or ".").
_YEAR_FIRST_LINE = re.compile(
    r"\s*(?:\d{1,2}:\d{2}\s*[,|]?\s*)?(?P<year>(?:19|20)\d{2})(?P<sep>[/.-])(?P<mid>\d{1,2})"
    r"(?P=sep)(?P<last>\d{1,2})(?:\s*[,|]?\s*\d{1,2}:\d{2})?\s*$"
)


def bracketed_closing_date(
    paras: list[Paragraph], first_prose: int
) -> tuple[DateMatch, str, str] | None:
    """The full date in brackets closing the first text paragraph ("... (Feb 20, 2015)"),
    with its paragraph's text and the reason, or None when it closes with none.

    >>> p = Paragraph("", "NDO- The fair opens this week. (Feb 20, 2015)", 5, 0, "lede")
    >>> bracketed_closing_date([p], 0)[0].text
    'Feb 20, 2015'
    >>> q = Paragraph("", "The fair opens (in 2015).", 5, 0, "lede")
    >>> bracketed_closing_date([q], 0) is None
    True
    """
    texts = [p for p in paras[max(first_prose, 0) :] if p.kind in ("", "lede", "body")]
    for p in texts[:OPENING_REACH]:
        found = _CLOSING_BRACKET.search(p.text)
        if found is None:
            continue
        inner = found.group("date").strip()
        if not 6 <= len(inner) <= 30:
            continue
        dates = [m for m in find_dates(inner) if m.text == inner and m.precision == "day"]
        if dates and dates[0].date_start is not None:
            day, start = dates[0].date_start, found.start("date") + found.group("date").find(inner)
            match = DateMatch(start, start + len(inner), inner, day, day, "day")
            reason = f"line {p.line}: the date in brackets closing the opening paragraph"
            return match, p.text, reason
    return None


def impossible_month_year(
    paras: list[Paragraph], first_prose: int
) -> tuple[DateMatch, str, str] | None:
    """The year of a header line that is a time and a year-first date whose month's slot
    is no month ("09:15, 2020/15/23"), with the line's text and the reason; the line
    becomes the dateline. None when the header has no such line.

    >>> p = Paragraph("", "09:15, 2020/15/23", 2, 0, "heading")
    >>> impossible_month_year([p], 1)[0].precision
    'year'
    >>> impossible_month_year([Paragraph("", "09:15, 2020/05/23", 2, 0, "heading")], 1) is None
    True
    """
    for p in paras[: min(max(first_prose, 0) + 1, HEADER_REACH)]:
        found = _YEAR_FIRST_LINE.fullmatch(p.text) if p.kind not in ("title", "caption") else None
        if found is None or int(found.group("mid")) <= 12:
            continue  # a month in its place: the date reader's line
        year = int(found.group("year"))
        start, end = found.span("year")
        first, last = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
        match = DateMatch(
            start, end, str(year), first, last, "year", flags=(IMPOSSIBLE_MONTH_FLAG,)
        )
        p.kind = "dateline"
        reason = f"line {p.line}: the year of {p.text.strip()!r}, whose month's slot holds no month"
        return match, p.text, reason
    return None


def opening_date(article: Article, first_prose: int) -> bool:
    """Date a page whose header gave no date by a bracketed date closing its opening
    paragraph, else by the year of a date line whose month's slot holds no month (its
    flag goes to the date's flags). Whether it did."""
    paras = article.paragraphs
    found = bracketed_closing_date(paras, first_prose) or impossible_month_year(paras, first_prose)
    if found is None:
        return False
    article.header_date, article.header_evidence, article.date_reason = found
    article.flags.extend(found[0].flags)
    return True
