"""A headline broken after a comma on the page's first line (held-out 132).

A diplomatic guide's copy of an embassy's release prints its long headline over two lines,
the break after a comma: "Viet Nam's contributions as a member of the UNESCO Executive
Board," / "2021 - 2025: eight highlights". ``broken_lines`` joins no line ending with a
comma (a letter's salutation, an address, a list of names), so the first line was read as
furniture and the tail alone as the headline. Joined here only at the very top of the
page, with no blank line between: a first line of ``UPPER_MIN_WORDS`` words or more with no
digit (an address has its street number), over a short line that opens with a capital or a
digit, closes no sentence, ends with no comma (the next name of a salutation's list does)
and is no person's name (a byline) and no place's (a letter's place line)."""

from __future__ import annotations

import re

from analysis.core.text import count_words, normalize_text
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import load_rules
from analysis.ingest.places import place_names

#: The fewest words of a first line broken after its comma.
UPPER_MIN_WORDS = 6

#: The most words of the headline's tail under it.
TAIL_MAX_WORDS = 8

#: A line's end that closes a sentence or goes on with a list.
_OPEN_OR_CLOSED_END = re.compile(r"[.!?…,;]['\"”’)]*$")


def comma_wrapped_headline(upper: Paragraph, lower: Paragraph) -> bool:
    """Whether ``lower``, the file's second line, ends the headline ``upper`` (the first)
    breaks after a comma.

    >>> top = Paragraph("", "Viet Nam's work on the UNESCO Executive Board,", 1, 0)
    >>> comma_wrapped_headline(top, Paragraph("", "2021 - 2025: eight highlights", 2, 0))
    True
    >>> comma_wrapped_headline(top, Paragraph("", "Nguyen Thi Lan", 2, 0))
    False
    """
    top, bottom = normalize_text(upper.text).strip(), normalize_text(lower.text).strip()
    if upper.line != 1 or lower.line != 2 or not top.endswith(","):
        return False
    if count_words(top) < UPPER_MIN_WORDS or any(c.isdigit() for c in top):
        return False
    if not bottom[:1].isupper() and not bottom[:1].isdigit():
        return False
    if count_words(bottom) > TAIL_MAX_WORDS or _OPEN_OR_CLOSED_END.search(bottom):
        return False
    if looks_like_name(bottom, load_rules()):
        return False
    return not any(part.strip().casefold() in place_names() for part in bottom.split(","))
