"""A speech's headline as governments print it, longer than the running text's word
threshold (``layout.lines.PROSE_MIN_WORDS``): "Remarks of the Head of the Economic Section of the
German Embassy Hanoi, Jana Vogt, at the opening of the welding training hall in Bac Ninh"
(26 words, a German mission's press release, held-out 89), "Statement by the Minister for
Foreign Affairs on the occasion of ...". Read as the first paragraph of text, it left the
page without a header, so neither the headline nor the date line under it was read.

The headline opens with a speech word (``speech_words`` of ``data/page_layout.yaml``: remarks,
speech, statement, address, ...) and the word that ties it to its speaker or occasion (of,
by, at, to, on, for, from, delivered), and no full stop closes it; it has at most
``SPEECH_HEADLINE_MAX_WORDS`` words. Such a line is a heading, not running text
(``layout.lines.is_prose``), and has a headline's length (``title_scoring``); a sentence
that opens the same way ends with its stop."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.text import count_words
from analysis.ingest.page_rules import layout_alternation

#: The most words of a speech's headline.
SPEECH_HEADLINE_MAX_WORDS = 45

#: A full stop, question or exclamation mark closing a line (quotes and brackets after it).
_CLOSED = re.compile(r"[.!?…][\"'”’)\]]*$")


@cache
def _opening() -> re.Pattern[str]:
    words = layout_alternation("speech_words")
    return re.compile(rf"^(?:{words})\s+(?:of|by|at|to|on|for|from|delivered)\b", re.I)


def speech_headline(text: str) -> bool:
    """Whether ``text`` is a speech's headline (see the module's docstring).

    >>> speech_headline("Remarks of the Head of the Economic Section of the German Embassy "
    ...     "Hanoi, Jana Vogt, at the opening of the welding training hall in Bac Ninh")
    True
    >>> speech_headline("Remarks by the minister at the dinner were brief and warm, and the "
    ...     "guests applauded when she thanked the cooks of the embassy for the meal.")
    False
    >>> speech_headline("The remarks of the head of the section were brief")
    False
    """
    line = text.strip()
    return (
        count_words(line) <= SPEECH_HEADLINE_MAX_WORDS
        and not _CLOSED.search(line)
        and bool(_opening().match(line))
    )
