"""A source's name with the date glued to it, on a line of its own near the top: a
promotion platform prints the paper whose story it reposts, twice, and the story's date
without a space between them ("Báo Quân đội Nhân dânBáo Quân đội Nhân dân02/05/2025" under
the standfirst, held-out 69). The date is split off onto a line of its own, where it is
read as the page's dateline; the name before it is left to the byline's and the credit's
tests (a writer's name glued to the date stays a byline: "Nguyen Van An12/05/2025")."""

from __future__ import annotations

import re

from analysis.core.text import count_words
from analysis.ingest.layout.lines import (
    HEADER_REACH,
    Paragraph,
    is_prose,
    raw_offset,
    split_paragraph,
)

#: A numeric date glued to the letter before it and closing the line: "...Nhân dân02/05/2025".
_GLUED_NUMERIC_DATE = re.compile(r"(?<=[^\W\d_])\d{1,2}/\d{1,2}/\d{4}$")

#: The most words of such a line: a source's name printed twice, and the date.
_MAX_WORDS = 14

#: How far from a line's end ``_GLUED_NUMERIC_DATE`` can start: the date's ten characters
#: and a line break ``$`` lets it close before, with room to spare.
_DATE_REACH = 16


def glued_numeric_date(text: str) -> re.Match[str] | None:
    """``_GLUED_NUMERIC_DATE``'s match in ``text``, searched from ``_DATE_REACH``
    characters before its end (the look-behind still sees the letter before), not from
    every position of the line.

    >>> glued_numeric_date("Báo Quân đội Nhân dân02/05/2025").group()
    '02/05/2025'
    """
    return _GLUED_NUMERIC_DATE.search(text, max(0, len(text) - _DATE_REACH))


def split_source_dates(paras: list[Paragraph]) -> None:
    """Split the date glued to the end of a short, unlabelled name line among the page's
    first ``HEADER_REACH`` lines ("<name><name>DD/MM/YYYY") into a line of its own, both
    pieces left unlabelled for the furniture's, the dateline's and the byline's tests. A
    sentence ending in a number ("... rose to 1/2/2024") is prose and stays whole."""
    for i, p in enumerate(paras[:HEADER_REACH]):
        found = None if p.kind else glued_numeric_date(p.text)
        name = p.text[: found.start()] if found else ""
        if name.strip() and count_words(p.text) <= _MAX_WORDS and not is_prose(name):
            split_paragraph(paras, i, raw_offset(p, found.start()), ("", ""))
            return
