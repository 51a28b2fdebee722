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
"""

from __future__ import annotations

from functools import lru_cache

from analysis.dates import DateMatch
from analysis.ingest import date_scoring
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


@lru_cache(maxsize=LINES_REMEMBERED)
def _remembered(text: str) -> tuple[DateMatch, ...]:
    return tuple(date_scoring.absolute_dates(text, _READ_WITH[0]))
