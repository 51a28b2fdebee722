"""A date line opened by the place and the site's own name in brackets (fix80).

A news site of the diaspora opens each story with the place it was filed from, its own
name in capitals in brackets, then the weekday, the day and the time: "Berlin (EAST SEA)
Friday, November 9th, 2018 / 10:09 AM" (held-out 80's East Sea page). ``dateline_date``
reads a line that holds nothing but a date; with the place and the bracketed name in front
the line is read as a headline instead. A line near the page's edge whose place and
bracketed name (the agency-lede form "HANOI (VNA)") are followed by nothing but a date is a
date line: ``label_marker_datelines``.
"""

from __future__ import annotations

import re

from analysis.dates.scan import DateMatch
from analysis.ingest.layout.lines import Paragraph, dateline_date, near_edge
from analysis.ingest.page_rules import Rules

#: A place (one to four capitalised words) and a name in capitals in brackets opening a
#: line: "Berlin (EAST SEA) ", "HANOI (VNA) ".
_PLACE_MARKER = re.compile(
    r"^[A-ZÀ-Ỹ][\w.'’-]*(?:\s+[A-ZÀ-Ỹ][\w.'’-]*){0,3},?\s*\([A-Z][A-Z0-9 .&'’-]{1,30}\)\s+(?=\S)"
)


def marker_date(text: str, rules: Rules) -> DateMatch | None:
    """The date of a line that is a place, a name in capitals in brackets and a date line
    (``dateline_date``: weekday, time and "Updated" allowed); None otherwise.

    >>> from analysis.ingest.page_rules import load_rules
    >>> marker_date("Berlin (EAST SEA) Friday, November 9th, 2018 / 10:09 AM", load_rules()).text
    'Friday, November 9th, 2018'
    >>> marker_date("HANOI (VNA) Officials met on Friday, November 9, 2018.", load_rules())
    """
    found = _PLACE_MARKER.match(text.strip())
    return dateline_date(text.strip()[found.end() :], rules) if found else None


def label_marker_datelines(paras: list[Paragraph], rules: Rules) -> None:
    """Label ``dateline``, in place, each unlabelled line near the page's edge that is a
    place, the site's name in brackets and a date (``marker_date``)."""
    n = len(paras)
    for i, p in enumerate(paras):
        if not p.kind and near_edge(i, n) and marker_date(p.text, rules) is not None:
            p.kind = "dateline"
