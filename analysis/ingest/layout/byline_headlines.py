"""A headline standing over its byline below the page's first text (held-out 91).

A blog's tag or archive page saved from part way down opens with the end of an earlier
item (its teaser, whose title is above the saved part), then the archive's label and the
next item: its title over "By Name" ("Tag Archives: Vietnam" / "US – Vietnam Ties: The
Seed Bank Dimension" / "By Oliver Brandt"). The teaser is the page's first running text,
so the header ends before any headline and none is chosen.

Used only when the header holds no headline: the first short line (``OVER_BYLINE_MAX_WORDS``
words at most, no sentence's stop, no opening bracket or "by": not running text, not a
credit) right above a line the page labelled
a byline, among the first ``OVER_BYLINE_REACH`` paragraphs, is the headline. A line right
under a first-line caption closed by a table cell's bar (``pipe_cells.under_caption_cell``)
is not: the copy was saved from its lead picture, below its headline, and the line over the
byline is the deck (fix42a, held-out 141's koreatimes).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from analysis.core.text import count_words, normalize_text
from analysis.ingest.date_place_lines import date_and_places, date_and_source
from analysis.ingest.layout.lines import is_prose
from analysis.ingest.layout.pipe_cells import under_caption_cell
from analysis.ingest.metadata import Candidate, Scoring

#: How many paragraphs from the page's top are searched for a headline over its byline.
OVER_BYLINE_REACH = 12

#: The most words of a headline standing over its byline.
OVER_BYLINE_MAX_WORDS = 15

#: A sentence's stop inside or at the end of a line: text, not a headline; a line opened
#: by a bracket or a mark, or holding "by", is a credit or a note ("(*Translation from
#: Arabic by Name)"), not a headline either.
_NOT_HEADLINE = re.compile(r"[.!;]\s|[.!;:,]$|^[^\w\"“‘']|\bby\b", re.I)


class _Para(Protocol):
    text: str
    kind: str


def headline_over_byline(paras: Sequence[_Para]) -> int | None:
    """The index of the first unlabelled short line right above a byline (see the
    module's docstring), or None."""
    for i in range(min(len(paras), OVER_BYLINE_REACH) - 1):
        p, below = paras[i], paras[i + 1]
        text = normalize_text(p.text).strip()
        if p.kind or below.kind != "byline" or is_prose(text) or _NOT_HEADLINE.search(text):
            continue
        if date_and_source(text) or date_and_places(text):  # a copy's date line (b98)
            continue
        if under_caption_cell(paras, i):  # a deck under the lead picture's cell (fix42a)
            continue
        if 0 < count_words(text) <= OVER_BYLINE_MAX_WORDS:
            return i
    return None


def byline_headline(paras: Sequence[_Para], scoring: Scoring) -> Candidate | None:
    """The headline over its byline (``headline_over_byline``) as a candidate scoring just
    enough, or None; for ``title.choose_title`` when the header holds no headline."""
    i = headline_over_byline(paras)
    if i is None:
        return None
    return Candidate(i, paras[i].text, scoring.title_min, ("over_byline",), paras[i].text)
