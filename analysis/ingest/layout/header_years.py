"""Header lines whose years are no date of the page: a line of running text whose only
dates are years, the story's subject (moved from ``layout/dates.py``), and a figure's
line whose years are the figures' own (held-out 132: an encyclopedia infobox copied by a
blog, "about 650,000 (2021 estimate)[1]", "Taiwan 240,000 (2019) [2]")."""

from __future__ import annotations

import re

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


#: A figure with its year in brackets right after it: a count written with a thousands
#: separator ("650,000", "1.799.632"), then "(2019)", "(2021 estimate)", "(est. 2020)".
_FIGURE_YEAR = re.compile(
    r"\d{1,3}(?:[,.]\d{3})+\s*\((?:[^()\d]{0,12})(?P<year>(?:1[89]|20)\d\d)\b[^()]{0,20}\)"
)


def figure_years(text: str) -> bool:
    """A line whose only dates are years, each in brackets right after a figure (a count
    written with a thousands separator): the year the figure was counted, never the page's
    date. A journal's "Vol. 12 (2021)" or a citation's "Name (2021)" is no figure's.

    >>> figure_years("about 650,000 (2021 estimate)[1]"), figure_years(" Taiwan 240,000 (2019) [2]")
    (True, True)
    >>> figure_years("Journal of Trade, Vol. 12 (2021)"), figure_years("Posted 12 March 2021")
    (False, False)
    """
    found = [m for m in find_dates(text) if not m.relative]
    if not found or any(m.precision != "year" for m in found):
        return False
    starts = {m.start("year") for m in _FIGURE_YEAR.finditer(text)}
    return all(m.start in starts for m in found)


def subject_years(text: str) -> bool:
    """Whether a header line's years are no date of the page: the story's subject in
    running text (``years_in_prose``) or figures' years (``figure_years``)."""
    return years_in_prose(text) or figure_years(text)
