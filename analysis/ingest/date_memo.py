"""(perf30, issue 13) ``date_scoring.absolute_dates`` remembered per line.

The layout steps read the same header lines for dates many times per page: the byline
reader (``bylines.date_byline``, ``without_dates``), the dateline reader
(``lines.dateline_date``), the outlet scan (``outlets._date_label_hit``) and the
dated-aside check (``not_bylines``) each read a line again: on 1,000 generated articles
13,350 reads of 1,649 distinct lines. ``analysis.dates.find_dates`` remembers its own
texts; this remembers the rest of a read (the lower-case months capitalised, the header
forms of ``header_dates`` and their merge), for the default scoring tables only (the
module's ``absolute_dates`` calls with other tables go through unchanged).
``tests/test_date_memo.py`` checks it against ``date_scoring.absolute_dates`` on
open-ended lines.

``date_may_start`` tells, without reading a line's dates, whether one can start among its
first characters (the dated-aside check asks whether a line is one date alone: a long
paragraph never is, and its first read compiles new joint patterns of the date rules).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.memory import line_memo
from analysis.dates import RULES, DateMatch
from analysis.ingest import date_scoring, header_forms
from analysis.ingest.metadata import Scoring, load_scoring

#: How many distinct lines are remembered (a few hundred bytes each; 1,000 generated
#: articles read 1,649, most of them within one page).
LINES_REMEMBERED = 4096

#: The default scoring tables the remembered reads were made with: when ``load_scoring``
#: gives other ones (its cache cleared after a data file changed), the memory is emptied.
_READ_WITH: list[Scoring | None] = [None]


def absolute_dates(text: str, scoring: Scoring | None = None) -> list[DateMatch]:
    """``date_scoring.absolute_dates(text, scoring)``, remembered per ``text`` when
    ``scoring`` is the default (None or ``load_scoring()``); a new list each call (the
    matches themselves are frozen)."""
    default = load_scoring()
    if scoring is not None and scoring is not default:
        return date_scoring.absolute_dates(text, scoring)
    if _READ_WITH[0] is not default:
        _remembered.cache_clear()
        _READ_WITH[0] = default
    return list(_remembered(text))


@line_memo(LINES_REMEMBERED)
def _remembered(text: str) -> tuple[DateMatch, ...]:
    return tuple(date_scoring.absolute_dates(text, _READ_WITH[0]))


@cache
def _openings() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """The patterns a date ``absolute_dates`` reads is a match of: the rules of
    ``analysis.dates`` (compiled as ``find_dates`` compiles them) and the header forms of
    ``date_scoring.header_dates`` other than the scoring tables' own."""
    rules = tuple(re.compile(rule.pattern, re.IGNORECASE) for rule in RULES)
    forms = date_scoring._DAY_MON_YEAR, date_scoring._MONTH_FIRST, *header_forms.FORMS
    return rules, forms


def date_may_start(text: str, last: int) -> bool:
    """Whether a date ``absolute_dates(text)`` reads can start at one of the positions 0 to
    ``last`` of ``text``: a date rule matches there in the line with its month names
    capitalised (as ``absolute_dates`` gives it to ``find_dates``, whose every date is a
    rule's match at its start), or a header form of ``header_dates`` in the line as it is.
    False means no date starts there (exact; ``tests/test_date_memo.py``)."""
    rules, forms = _openings()
    forms = (*forms, load_scoring().header_date)
    capitalised = date_scoring._LOWER_MONTH.sub(lambda m: m.group(0).capitalize(), text)
    for pos in range(min(last, len(text)) + 1):
        if any(p.match(capitalised, pos) for p in rules) or any(p.match(text, pos) for p in forms):
            return True
    return False
