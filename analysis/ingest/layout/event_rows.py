"""An event's details table over a briefing's text, copied without its borders or colons.

A government's briefing page prints the event's details as a two-column table under the
headline; copied as text, each row is the label and its value on one line with no colon
("Event Press Briefing with DFA" over "Location New Executive Building, Manila"). The
rows read as short title-case lines, and the first of them was taken for the headline
(held-out 98). Where two or more header lines in a row each open with a different label of
``event_row_labels`` (``data/header_scoring.yaml``) and then a capital or a digit, the
lines are the table's rows: labelled ``boilerplate`` (no headline, no writer, no text).
A single such line ("Venue Owners Win Their Appeal") is left alone.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import count_words
from analysis.ingest.layout.lines import HEADER_REACH, Paragraph

#: The fewest rows in a row that make an event's details table.
EVENT_ROWS_MIN = 2

#: The most words of one row (label and value).
EVENT_ROW_MAX_WORDS = 16


@cache
def _row() -> re.Pattern[str]:
    labels = load_data_file("header_scoring.yaml").get("event_row_labels") or ["(?!)"]
    return re.compile(
        r"(?P<label>" + "|".join(labels) + r")\s+(?-i:[A-Z0-9À-Ỹ])[^.!?]*[^.!?\s:]",
        re.IGNORECASE,
    )


def event_row_label(text: str) -> str:
    """The label (folded) of a details-table row, else ``""``.

    >>> event_row_label("Location New Executive Building, Manila")
    'location'
    >>> event_row_label("Location matters for the new ferry pier.")
    ''
    """
    text = text.strip()
    match = _row().fullmatch(text)
    if match is None or count_words(text) > EVENT_ROW_MAX_WORDS:
        return ""
    return match.group("label").casefold()


def label_event_rows(paras: list[Paragraph]) -> None:
    """Label the rows of an event's details table in the header as ``boilerplate``: runs
    of ``EVENT_ROWS_MIN`` unlabelled lines or more, each opening with a different label."""
    run: list[Paragraph] = []
    for p in [*paras[:HEADER_REACH], None]:
        label = event_row_label(p.text) if p is not None and not p.kind else ""
        if label and label not in {event_row_label(q.text) for q in run}:
            run.append(p)
            continue
        if len(run) >= EVENT_ROWS_MIN:
            for q in run:
                q.kind = "boilerplate"
        run = [p] if label and p is not None else []
