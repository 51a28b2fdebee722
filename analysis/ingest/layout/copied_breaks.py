"""A headline broken over two short lines that the page prints whole elsewhere: a PDF's
title page sets the title over two lines ("A Mass-Casualty" / "Ferry Disaster") and its
first page, running head or a repost prints it again on one line ("A Mass-Casualty Ferry
Disaster"). Each half alone reads as something else (a label, a name), and neither ends
with a joining word, so the other joins (``broken_lines``) leave them apart; the copy
says where the break is (fix34a, session 34).

The two lines stand on consecutive lines of the file, neither labelled, each of
``BROKEN_PART_MAX_WORDS`` words at most, the upper without a closing stop or comma; joined
they hold ``BROKEN_MIN_WORDS`` words or more and equal, case and spaces aside, another
paragraph among the page's first ``COPY_REACH``: a copy printed whole. A copy with a mark
where the break is ("Title: Subtitle" over "Title" / "Subtitle") is a headline over its
subtitle, read as such by the scoring, not one headline broken in two."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import Paragraph

#: The most words of each half of a broken headline.
BROKEN_PART_MAX_WORDS = 8

#: The fewest words of the headline joined from the two halves.
BROKEN_MIN_WORDS = 3

#: How many paragraphs from the top are searched for the whole copy.
COPY_REACH = 60

#: A closing stop or comma: the upper line ends a sentence or a list item.
_CLOSED = re.compile(r"[.!?;:,]$")


def _words(text: str) -> list[str]:
    """The words of ``text``, folded, marks left out."""
    return re.findall(r"[^\W_]+", text.casefold())


def _key(text: str) -> str:
    """``text`` folded, its spaces collapsed."""
    return " ".join(normalize_text(text).casefold().split())


def broken_copy(paras: Sequence[Paragraph], i: int) -> bool:
    """Whether ``paras[i]`` and ``paras[i + 1]`` are the halves of one headline that the
    page prints whole in another paragraph (see the module's docstring)."""
    if i + 1 >= len(paras):
        return False
    upper, lower = paras[i], paras[i + 1]
    last = upper.line + upper.raw.rstrip("\n").count("\n")
    if upper.kind or lower.kind or lower.line != last + 1 or _CLOSED.search(upper.text.strip()):
        return False
    top, bottom = _words(upper.text), _words(lower.text)
    if not top or not bottom or max(len(top), len(bottom)) > BROKEN_PART_MAX_WORDS:
        return False
    if len(top) + len(bottom) < BROKEN_MIN_WORDS:
        return False
    whole = _key(f"{upper.text} {lower.text}")
    return any(
        j not in (i, i + 1) and _key(p.text) == whole for j, p in enumerate(paras[:COPY_REACH])
    )
