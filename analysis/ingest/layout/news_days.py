"""The news day the Indonesian and Malay press print in the text, a weekday and the full
date in brackets ("..., kata dia, Jumat (7/3/2025)."): read from the first text
paragraphs of a page whose header gave no date (``layout.dates``), the whole date grammar
run only over paragraphs its news-day rules may match."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.regex_gate import may_match
from analysis.dates import NEWS_DAY, DateMatch, find_dates
from analysis.dates.rules import RULES, handler_table
from analysis.ingest.layout.lines import Paragraph

#: How many text paragraphs from the first are searched for a bracketed news day.
NEWS_DAY_REACH = 6


#: The date flag of a date read from the bracketed news day (the event's day; a full
#: date in the page's address outranks it: ``date.url_date_outranks`` of
#: ``data/header_scoring.yaml``).
NEWS_DAY_FLAG = "news_day"


@cache
def _news_day_rules() -> tuple[re.Pattern[str], ...]:
    """The patterns of the date rules read as a news day (handler ``news_day`` in
    ``data/date_rules.yaml``), compiled as the date grammar compiles them."""
    handler = handler_table()["news_day"]
    return tuple(re.compile(r.pattern, re.IGNORECASE) for r in RULES if r.handler is handler)


def may_hold_news_day(text: str) -> bool:
    """Whether a news-day rule finds anything in ``text``: only then can ``find_dates``
    give a news day there, so the whole grammar is run only over such paragraphs (its
    literal gate first: most paragraphs lack the weekdays it needs)."""
    return any(may_match(p, text) and p.search(text) for p in _news_day_rules())


def bracketed_news_day(
    paras: list[Paragraph], first_prose: int
) -> tuple[DateMatch, str, str] | None:
    """The news day the Indonesian and Malay press print in the text, a weekday and the
    full date in brackets ("..., kata dia, Jumat (7/3/2025).", the date rule
    ``id_news_day``, noted ``NEWS_DAY``), in the first ``NEWS_DAY_REACH`` text paragraphs,
    with its paragraph and the reason; None when none is there."""
    texts = [p for p in paras[max(first_prose, 0) :] if p.kind in ("", "lede", "body")]
    for p in texts[:NEWS_DAY_REACH]:
        if not may_hold_news_day(p.text):
            continue
        found = [m for m in find_dates(p.text) if m.note == NEWS_DAY and m.date_start is not None]
        if found:
            day, text = found[0].date_start, found[0].text
            match = DateMatch(found[0].start, found[0].end, text, day, day, "day")
            reason = f"the news day in brackets in the text, line {p.line}: {text!r}"
            return match, p.text, reason
    return None
