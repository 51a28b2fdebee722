"""A journal article's history row: never the headline.

A journal's page prints the article's history as one row of labelled dates,
"Submission received: 2 May 2021 / Revised: 30 June 2021 / Accepted: 19 July 2021 /
Published: 23 July 2021" or "Received: 2 February 2021; Accepted: 9 March 2021;
Published: 14 March 2021". The row dates the page (its published label), but its length
and its place under label rows ("Reviewer 1: Anonymous") once made it the headline
(held-out 67). Two dates or more, each right after one of ``article_history_labels``
(``data/header_scoring.yaml``), make the row; it weighs ``history_row`` as a title.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import normalize_text
from analysis.dates.scan import find_dates
from analysis.ingest.page_rules import alternation

#: How many characters before a date its label may stand ("Published online: ").
_LABEL_REACH = 28

#: The fewest labelled dates that make a history row.
HISTORY_DATES_MIN = 2


@cache
def _history_label() -> re.Pattern[str]:
    """A history label closing the text before a date: "Received:", "Accepted ", ..."""
    labels = load_data_file("header_scoring.yaml").get("article_history_labels") or ["(?!)"]
    return re.compile(rf"(?:{alternation(labels)})\s*:?\s*$", re.I)


def history_row(text: str) -> bool:
    """Whether ``text`` is an article's history row: ``HISTORY_DATES_MIN`` dates or more,
    each right after a history label ("Received: 2 May 2021 / Accepted: 19 July 2021")."""
    line = normalize_text(text)
    label = _history_label()
    labelled = [
        m
        for m in find_dates(line)
        if m.precision == "day" and label.search(line[max(0, m.start - _LABEL_REACH) : m.start])
    ]
    return len(labelled) >= HISTORY_DATES_MIN
