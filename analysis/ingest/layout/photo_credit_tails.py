"""A photo credit glued to the end of a paragraph of text, not a caption's credit.

A city magazine's interview opens with its introduction, two sentences, and the credit of
the portrait above it glued to the last one: "Between a school opening in Lao Cai and a
flight to Warsaw, Agnieszka Zielinska answered our ten questions. Her Polish foundation
... since 2009. Photo by Tuan Vu" (held-out 60). A credit closing a line makes it a caption
(``photo_credit_end`` of ``data/page_layout.yaml``), which hid the introduction. A caption
is a line or a sentence about a picture; a paragraph of two sentences or more closed by a
bare credit, the credit a sentence of its own after a full stop (no brackets), is text:
``lines._photo_caption`` leaves it, and ``glued_credits.split_glued_credits`` splits the
credit off as a caption of its own. A caption that says which picture it describes
("Right:  Sailors ... 2016. The school ... DoD photo by Name.", ``caption_openings``)
stays a caption.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.core.regex_gate import may_match
from analysis.ingest.bylines import byline_names
from analysis.ingest.page_rules import Rules

#: The end of a sentence followed by the next one's capital (or the paragraph's end).
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s+[\"“‘']?[A-ZÀ-Ỹ]|\s*$)")

#: The fewest sentences before the credit for a paragraph of text, not a caption.
MIN_SENTENCES = 2

#: How far from the paragraph's end a credit is looked for (as ``lines._photo_caption``).
_TAIL_CHARS = 240


def credit_at_end(tail: str, rules: Rules) -> re.Match[str] | None:
    """``photo_credit_end``'s match in ``tail``, searched only where its literal gate
    (``regex_gate.may_match``) lets it: most lines hold none of the literals a credit
    needs, and the search tries every position of the tail. Memoised for the last few
    tails: a line's caption test asks it three times (``credit_tail_start``,
    ``byline_before_credit``, ``lines._photo_caption``).

    >>> from analysis.ingest.page_rules import load_rules
    >>> credit_at_end("Talks in Hanoi. Photo by Tuan Vu", load_rules()).start()
    15
    """
    return _gated_search(rules.photo_credit_end, tail)


@lru_cache(maxsize=16)
def _gated_search(pattern: re.Pattern[str], tail: str) -> re.Match[str] | None:
    """``pattern.search(tail)`` where ``may_match`` lets it, else None."""
    return pattern.search(tail) if may_match(pattern, tail) else None


def credit_tail_start(text: str, rules: Rules) -> int:
    """Where a bare photo credit glued after two sentences or more of text starts in
    ``text`` (its first character, the space before it excluded); -1 when the paragraph is
    no such text (one sentence, a credit in brackets, a caption's opening label).

    >>> from analysis.ingest.page_rules import load_rules
    >>> rules = load_rules()
    >>> intro = "Ms Lan answered our ten questions. Her group has opened 140 rooms since 2009."
    >>> credit_tail_start(intro + " Photo by Tuan Vu", rules) == len(intro) + 1
    True
    >>> credit_tail_start("Ms Lan at a school in Lao Cai. Photo by Tuan Vu", rules)
    -1
    >>> credit_tail_start("Right: " + intro + " Photo by Tuan Vu", rules)
    -1
    """
    tail = text[-_TAIL_CHARS:]
    found = credit_at_end(tail, rules)
    if found is None or rules.caption_opening.match(text):
        return -1
    start = len(text) - len(tail) + found.start()
    head, credit = text[:start].rstrip(), text[start:].strip()
    if "(" in credit or ")" in credit or not credit[:1].isupper():
        return -1
    if not _SENTENCE_END.search(head[-4:]) or len(_SENTENCE_END.findall(head)) < MIN_SENTENCES:
        return -1
    return len(text) - len(text[start:].lstrip())


#: The most words of a byline before the photo credit glued after it.
BYLINE_MAX_WORDS = 8


def byline_before_credit(text: str, rules: Rules) -> bool:
    """Whether ``text`` is a writer's byline closed by a full stop with the photographer's
    credit as a sentence of its own after it, both on one line ("Written by Lan Anh. Photo
    by Tom Becker.", a city magazine's header, held-out 71): a byline, not a caption (the
    byline reader keeps the name before the stop).

    >>> from analysis.ingest.page_rules import load_rules
    >>> rules = load_rules()
    >>> byline_before_credit("Written by Lan Anh. Photo by Tom Becker.", rules)
    True
    >>> byline_before_credit("Delegates at the meeting. Photo by Tom Becker.", rules)
    False
    >>> byline_before_credit("Written by Saigoneer. Photo by Minh Khoa.", rules)
    False
    """
    found = credit_at_end(text[-_TAIL_CHARS:], rules)
    if found is None or not rules.byline_prefix.match(text):
        return False
    head = text[: len(text) - len(text[-_TAIL_CHARS:]) + found.start()].rstrip()
    return (
        head.endswith(".")
        and len(head.split()) <= BYLINE_MAX_WORDS
        and bool(byline_names(head, rules))  # "Written by Saigoneer." names no writer
    )
