"""(titlefix27) A long post title over its date line.

A ministry's or an embassy's site prints a post's title as one long clause, often longer
than a headline (`A Commemorative Article contributed by <name>, <post>, on the occasion of
<event>`), then the post's date alone on the next line, then the text. By its length the
title reads as running text, and the page got no headline. What tells it from a lede is
the page's own order: nothing above it reads as text, it ends without a stop (a sentence
of the lede closes with one), and a date line stands right under it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import count_words
from analysis.ingest.layout.lines import TITLE_MAX_WORDS, Paragraph, is_prose

#: A stop, colon, semicolon, comma or closing quote or bracket ending the line.
_CLOSING = re.compile(r"[.!?…:;,\"”’)\]]\s*$")


def title_over_date(paras: Sequence[Paragraph], i: int) -> bool:
    """Line ``i`` is a post's title over its date line: unlabelled, long enough to read
    as prose but ``TITLE_MAX_WORDS`` words at most, no closing stop, the first line of the
    page that reads as prose, and the next line that is no boilerplate a date line."""
    text = paras[i].text.strip()
    if paras[i].kind or not is_prose(text) or _CLOSING.search(text):
        return False
    if count_words(text) > TITLE_MAX_WORDS:
        return False
    if any(not p.kind and is_prose(p.text) for p in paras[:i]):
        return False
    below = next((p for p in paras[i + 1 : i + 3] if p.kind != "boilerplate"), None)
    return below is not None and below.kind == "dateline"
