"""A content farm's paragraph of search keywords over the copied story (fix38a, held-out 130).

Content farms that copy news stories open the page with a paragraph stuffed with the
phrases readers search for, joined by commas and never closed by a stop: "Chinese survey
ship Paracels protest Vietnam 2011 latest, East Sea survey news today, Hoang Sa update,
navy coast guard news, ... - comment and expert opinion". It is as long as a paragraph of
text, so it was read as the text's first line and left the copied headline under it no
header to stand in. A paragraph of ``KEYWORD_MIN_PIECES`` pieces or more (joined by commas or
spaced dashes and bars),
each of ``PIECE_MAX_WORDS`` words at most, with no sentence stop anywhere (no ".", "!" or
"?"), is no running text (``keyword_paragraph``). A lede lists places or names in a
sentence closed by its stop, and a tag line has its label ("Tags: ..."), so neither is
taken."""

from __future__ import annotations

import re

from analysis.core.text import count_words, normalize_text

#: The fewest pieces (joined by commas, spaced dashes or bars) of a keyword paragraph.
KEYWORD_MIN_PIECES = 6

#: The most words of one piece.
PIECE_MAX_WORDS = 8


def keyword_paragraph(text: str) -> bool:
    """Whether ``text`` is a paragraph of search keywords (see the module's docstring).

    >>> keyword_paragraph("ports news, river ports today, barges update, Mekong latest, "
    ...                   "Laos Vietnam ports explained, who runs what, port news review")
    True
    >>> keyword_paragraph("Officials from Hanoi, Vientiane, Phnom Penh, Bangkok, Yangon "
    ...                   "and Kuala Lumpur, among others, met on Monday, a statement said.")
    False
    """
    line = normalize_text(text).strip()
    if re.search(r"[.!?]", line):
        return False
    pieces = [p for p in re.split(r",\s*|\s+[-–—|]\s+", line) if p.strip()]
    return len(pieces) >= KEYWORD_MIN_PIECES and all(
        count_words(p) <= PIECE_MAX_WORDS for p in pieces
    )
