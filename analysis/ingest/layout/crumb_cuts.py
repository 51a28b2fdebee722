"""A breadcrumb trail closed by the headline cut off with an ellipsis, over the headline
whole: a copy of the headline, not the text (held-out 92).

A repost site saves its trail glued into one line, the links' words run together and the
last link the headline cut after a few words: "HomeNorth KoreaKorean Farm Union Receives
Greetings from ... on Seed,..." over "Korean Farm Union Receives Greetings from ... on Seed
Exchange Anniversary". The trail read as the lede (a long line of words), so the page had
no header and no headline. ``crumb_cut_copy`` finds where the next line's opening starts
inside the line, after a few words of trail, and checks that the line from there to its
ellipsis is the next line's beginning; ``text.label_cut_copies`` then labels the trail
boilerplate, as it does a teaser cut off mid-word.
"""

from __future__ import annotations

import re

from analysis.core.text import count_words

#: The ellipsis closing a cut link, with the comma or space before it.
_CUT_END = re.compile(r"[\s,;:–—-]*(?:\.{3}|…)\s*$")

#: The ellipses ``_CUT_END`` ends with, before blanks (``str.rstrip`` drops what ``\s`` is).
_ELLIPSES = ("...", "…")

#: How many of the next line's opening words locate the copy inside the trail.
LOCATE_WORDS = 3

#: The fewest words of the cut copy, and the most words of the trail before it.
MIN_COPY_WORDS, MAX_TRAIL_WORDS = 4, 8


def crumb_cut_copy(line: str, nxt: str) -> bool:
    """``line`` is a trail of links closed by ``nxt`` cut off with an ellipsis.

    >>> crumb_cut_copy("HomeRiversNew Barge Line Links Two Border,...",
    ...                "New Barge Line Links Two Border Ports")
    True
    >>> crumb_cut_copy("New Barge Line Links Two Border...",
    ...                "New Barge Line Links Two Border Ports")
    False
    """
    if not line.rstrip().endswith(_ELLIPSES):
        return False  # the ellipsis's gate: a search for it ran along the whole line (perf31)
    cut = _CUT_END.search(line)
    words = nxt.split()
    if cut is None or len(words) <= LOCATE_WORDS:
        return False
    body = line[: cut.start()]
    at = body.find(" ".join(words[:LOCATE_WORDS]))
    if at <= 0:
        return False
    copy = body[at:]
    return (
        count_words(copy) >= MIN_COPY_WORDS
        and count_words(body[:at]) <= MAX_TRAIL_WORDS
        and nxt.startswith(copy)
        and len(nxt) > len(copy)
    )
