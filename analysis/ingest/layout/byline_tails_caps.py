"""A headline with its writer's name glued after it in capitals (held-out 117).

A blog's copy of a paper's feed item prints the item's headline and its writer on one
line, the name in capitals after a lower-case "by": "• Vietnam Courts Old Foes and New
Friends to Guard Its Fishing Grounds by DANIEL HARTLEY". The line is two pieces: the
headline, and a byline. In the header (the first ``HEADER_REACH`` paragraphs, above the
running text) such a line is split before " by ": the head must read as a headline (four
words or more, some in lower case, no closing stop or colon) and the tail must be a
person's name of two to four words in capitals (``bylines.looks_like_name``). A headline
in capitals ("EXPORTS LIFTED BY US DEMAND") has no lower-case "by"; "by REUTERS" is one
word; a name in title case ("... by Daniel Hartley") is left to the scoring.
"""

from __future__ import annotations

import re

from analysis.core.text import count_words
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import (
    HEADER_REACH,
    Paragraph,
    is_prose,
    raw_offset,
    split_paragraph,
)
from analysis.ingest.page_rules import Rules

#: " by " in lower case, then two to four words in capitals closing the line.
_CAPS_TAIL = re.compile(r"\s+by\s+(?P<name>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3})\s*$")

#: The fewest words of the headline before the name.
MIN_HEAD_WORDS = 4


def caps_byline_start(text: str, rules: Rules) -> int:
    """Where " by NAME" begins in a headline line closed by a writer's name in capitals,
    or -1.

    >>> from analysis.ingest.page_rules import load_rules
    >>> caps_byline_start("Ports Share Tide Readings Along the River by ANNA LIM", load_rules())
    41
    >>> caps_byline_start("Ports Share Tide Readings by REUTERS", load_rules())
    -1
    """
    match = _CAPS_TAIL.search(text)
    if not match:
        return -1
    head = text[: match.start()].rstrip()
    name = match.group("name").title()
    if (
        count_words(head) < MIN_HEAD_WORDS
        or not re.search(r"[a-z]", head)
        or head.endswith((".", "!", "?", ":", ";", ","))
        or not looks_like_name(name, rules)
    ):
        return -1
    return match.start()


def split_caps_byline_tails(paras: list[Paragraph], rules: Rules) -> None:
    """Split the first header line closed by " by NAME" in capitals into the headline and
    a byline (the writer's role set); running text is never split."""
    for i, p in enumerate(paras[:HEADER_REACH]):
        if is_prose(p.text):
            return
        start = -1 if p.kind else caps_byline_start(p.text, rules)
        if start > 0:
            split_paragraph(paras, i, raw_offset(p, start), ("", "byline"))
            paras[i + 1].role = "author"
            return
