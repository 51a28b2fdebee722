"""A sentence introducing the text after it, closed by a colon: text, not a headline.

An interview or a speech pasted from its middle can open with the page's note before the
transcript: "Following here is a full text of the interview:" (an army daily's interview,
held-out 87). Read by its length the line was a headline candidate, and the only one, so
it became the title and left the text. The note opens with a phrase of
``text_intro_openers`` ("following is", "below is", "here are"), names the text with a word
of ``text_intro_nouns`` ("full text", "transcript", "interview", "remarks") and ends with a
colon (both lists in ``data/page_layout.yaml``); at most ``NOTE_MAX_WORDS`` words. Such a
line is read as running text (``layout/title.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.core.text import count_words
from analysis.ingest.page_rules import layout_alternation

#: The most words of an introducing note.
NOTE_MAX_WORDS = 25


@lru_cache(maxsize=1)
def _note() -> re.Pattern[str]:
    openers = layout_alternation("text_intro_openers")
    nouns = layout_alternation("text_intro_nouns")
    return re.compile(rf"^\s*(?:{openers})\b[^:]*?\b(?:{nouns})\b[^:]*:\s*$", re.I)


def intro_note(text: str) -> bool:
    """Whether ``text`` is a note introducing the text printed after it.

    >>> intro_note("Following here is a full text of the interview:")
    True
    >>> intro_note("Below are excerpts from the minister's remarks:")
    True
    >>> intro_note("Full text of the interview")
    False
    >>> intro_note("Here are the key points:")
    False
    """
    return count_words(text) <= NOTE_MAX_WORDS and _note().match(text) is not None
