"""Header lines whose years are no date of the page: a line of running text whose only
dates are years, the story's subject (moved from ``layout/dates.py``)."""

from __future__ import annotations

from analysis.dates import find_dates
from analysis.ingest.layout.lines import is_prose

#: Words in lower case that make a header line running text, as a sentence has them (a
#: journal's citation line, "Journal of X, Volume 40, Issue 3, 2021", has few).
_PROSE_LOWER_WORDS = 8


def years_in_prose(text: str) -> bool:
    """A header line of running text whose only dates are years, a standfirst's bullet
    ("- The common fishing zone in the gulf expired in 2019, and fishermen ..."): the
    years are the story's subject, never the page's date. A year in brackets is a
    citation's ("To cite this article: Name (2021) Title, Journal"): the work's year."""
    words = text.split()
    if not is_prose(text) and sum(w.islower() for w in words) < _PROSE_LOWER_WORDS:
        return False
    found = [m for m in find_dates(text) if not m.relative]
    bracketed = any(text[max(m.start - 1, 0) : m.start] == "(" for m in found)
    return bool(found) and not bracketed and all(m.precision == "year" for m in found)
