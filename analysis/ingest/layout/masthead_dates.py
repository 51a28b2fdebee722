"""A newspaper issue's day inside its masthead run (fix81): a document host's text of a
front page runs the teasers, the masthead and the lead story together on one line ("... Vol.
IV, No. 161, ... 1379 ME www.paper.example Monday, 25 September 2017 UNION MINISTER ...").
The paper's web address right before a weekday and a full date is the masthead's own
imprint, and that date the issue's day. Read only when the page gave no other date (the
header's readers take lines standing alone; this line is a long run of text)."""

from __future__ import annotations

import calendar
import re

from analysis.ingest.date_scoring import absolute_dates
from analysis.ingest.layout.lines import HEADER_REACH, Article

_WEEKDAY = "|".join(calendar.day_name)

#: A web address, a weekday, maybe a comma, then up to a full date's length ("www.paper.example
#: Monday, 25 September 2017", "paper.example.mm Sunday, July 15, 2018").
_ADDRESS_THEN_DAY = re.compile(
    rf"(?<![\w.])(?:www\.)?[a-z0-9-]{{2,40}}(?:\.[a-z0-9-]{{2,20}}){{1,3}}\s+"
    rf"(?P<day>(?:{_WEEKDAY}),?\s+[^\s]{{1,10}}\s+[^\s]{{1,10}},?\s+(?:19|20)\d{{2}})\b",
    re.I,
)

#: How many of the page's first paragraphs may hold the masthead run (a host's chrome block,
#: a dozen rows, may stand above it).
MASTHEAD_REACH = HEADER_REACH + 4


def masthead_run_day(text: str) -> str | None:
    """The weekday and full date that follow a web address in ``text`` ("Monday, 25
    September 2017"), when the date reads as a day; None otherwise.

    >>> masthead_run_day("Vol. IV 1379 ME www.paper.example Monday, 25 September 2017 HEAD")
    'Monday, 25 September 2017'
    """
    # a weekday's name ends in "day", whose letters fold to no other under re.I: a line
    # without it is never searched (perf30)
    found = _ADDRESS_THEN_DAY.search(text) if "day" in text.lower() else None
    if found is None:
        return None
    dates = absolute_dates(found.group("day"))
    return found.group("day") if dates and dates[0].precision == "day" else None


def masthead_run_date(article: Article) -> None:
    """With no date read, the issue's day of a masthead run among the page's first
    ``MASTHEAD_REACH`` paragraphs (``masthead_run_day``)."""
    if article.header_date is not None or article.footer_date is not None:
        return
    for p in article.paragraphs[:MASTHEAD_REACH]:
        day = masthead_run_day(p.text)
        if day is not None:
            article.header_date, article.header_evidence = absolute_dates(day)[0], p.text
            article.date_reason = f"line {p.line}: the issue's day after the paper's address"
            return
