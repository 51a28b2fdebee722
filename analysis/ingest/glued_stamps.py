"""Marks of a date run into other dates on its line: one end of a span, or the first of two
time stamps glued together (fix88b).

A page saved from the middle of its list of related items keeps the last item's stamp
glued to the page's own on one line ("08:40 | 02/05/2025 15:22 | 14/06/2025News and
Events", held-out 88's ministry paper): the first stamp closes the item above it (its
title is the line before), the second is the page's. The first of two stamps of the same
form run together, nothing but spaces between, gets the date feature ``glued_stamp``
(weight in ``data/header_scoring.yaml``), and the line above them the title feature
``over_glued_stamps`` (the related item's title, no headline); a labelled pair
("Published 08:40 | 02/05/2025 Updated ...") has words between and is left to the labels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.ingest.date_spans import date_span
from analysis.ingest.metadata import Para

#: A time and a numeric date, a bar or a comma between ("08:40 | 02/05/2025").
_STAMP = r"\d{1,2}:\d{2}(?::\d{2})?\s*[|,]?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"

#: A stamp with another of the same form right after it (spaces only between).
_GLUED_PAIR = re.compile(rf"({_STAMP})\s*(?={_STAMP})")


def first_glued_stamp(line: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of ``line`` is in the first of two time stamps
    run together.

    >>> line = "08:40 | 02/05/2025 15:22 | 14/06/2025 News and Events"
    >>> first_glued_stamp(line, 8, 18), first_glued_stamp(line, 27, 37)
    (True, False)
    """
    return any(m.start(1) <= start and end <= m.end(1) for m in _GLUED_PAIR.finditer(line))


def run_marks(line: str, start: int, end: int) -> list[str]:
    """The date features of the date at ``start:end`` of ``line`` run into other dates:
    ``date_span`` ("(3/2/1930 - 3/2/2019)", ``date_spans``), ``glued_stamp``."""
    found = ["date_span"] if date_span(line, start, end) else []
    return found + (["glued_stamp"] if first_glued_stamp(line, start, end) else [])


def over_glued_stamps(paras: Sequence[Para], index: int) -> bool:
    """Whether the paragraph after ``index`` opens with two time stamps run together: the
    line ``index`` is the related item's title the first stamp closes, no headline of the
    page (title feature ``over_glued_stamps``)."""
    below = index + 1
    return below < len(paras) and bool(_GLUED_PAIR.match(paras[below].text.strip()))
