"""(held-out 93) A poster's note over a reposted piece's own header.

A forum reply or a list message reposting a speech or an article opens with the poster's
casual note in lower case ("if you are interested in ..., you might be interested to read
the address given by ..."), then the piece's own header, one piece a line (its speaker or
writer, its title, "Place, Month D, YYYY"), then its text. Read as the page's first
paragraph of text, the note ended the header before the piece's headline and date. A
first paragraph of prose opening in lower case, followed by ``HEADER_MIN_LINES`` to
``HEADER_MAX_LINES`` short lines (one of them holding a full day) and then prose, is the
poster's note: it is labelled ``NOTE_KIND`` so the header is read below it.
"""

from __future__ import annotations

from analysis.core.text import count_words
from analysis.dates import find_dates
from analysis.ingest.layout.lines import Paragraph, is_prose

#: The kind a poster's note gets (furniture, never the article's text).
NOTE_KIND = "boilerplate"

#: How many short header lines the reposted piece prints under the note.
HEADER_MIN_LINES = 2
HEADER_MAX_LINES = 6

#: The most words of a line of the reposted piece's header.
HEADER_LINE_MAX_WORDS = 14


def _dated(text: str) -> bool:
    return any(m.precision == "day" and m.date_start is not None for m in find_dates(text))


def _header_under(paras: list[Paragraph], i: int) -> bool:
    """Short lines, one with a full day, then prose, right under paragraph ``i``."""
    lines = []
    for p in paras[i + 1 : i + 2 + HEADER_MAX_LINES]:
        if is_prose(p.text) and count_words(p.text) > HEADER_LINE_MAX_WORDS:
            return HEADER_MIN_LINES <= len(lines) <= HEADER_MAX_LINES and any(map(_dated, lines))
        if p.kind or count_words(p.text) > HEADER_LINE_MAX_WORDS:
            return False
        lines.append(p.text)
    return False


def label_repost_note(paras: list[Paragraph]) -> None:
    """Label the poster's note over a reposted piece's header (see the module's docstring)."""
    first = next((i for i, p in enumerate(paras) if not p.kind and is_prose(p.text)), None)
    if first is None:
        return
    text = paras[first].text.lstrip(" \"“'‘([")
    if text[:1].islower() and _header_under(paras, first):
        paras[first].kind = NOTE_KIND
