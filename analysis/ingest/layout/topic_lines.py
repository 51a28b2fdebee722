"""A header line in title case that a heading of the text takes up again: the page's topic.

An explainer or study note opens with its topic in title case, "White Shipping Information
Exchange", and a heading of its text names the topic again, alone and closed by a colon
("• White Shipping Information:"). Two to four capitalised words read like a person's name
(an unmarked byline) or a site's name, but a writer's or a site's name never heads a part
of the text: such a line is the headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

#: A heading of the text alone on its line: a bullet or dash maybe, words, a closing colon.
_TEXT_HEADING = re.compile(r"^\s*(?:[•·▪◦*–—-]\s*)?(?P<words>[^\W\d_][^:]{2,80}?)\s*:\s*$")

#: The fewest words a heading must share with the line's opening.
MIN_SHARED_WORDS = 2


class _Para(Protocol):
    text: str
    kind: str


def _opening_words(text: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[\w'’-]+", text)]


def topic_heading(paras: Sequence[_Para], i: int) -> bool:
    """Whether a heading of the text below line ``i`` ("• White Shipping Information:")
    repeats the line's opening words ("White Shipping Information Exchange"), at least
    ``MIN_SHARED_WORDS`` words and more than half of the line."""
    words = _opening_words(paras[i].text)
    for p in paras[i + 1 :]:
        found = _TEXT_HEADING.match(p.text)
        if not found:
            continue
        heading = _opening_words(found.group("words"))
        shared = len(heading) >= MIN_SHARED_WORDS and words[: len(heading)] == heading
        if shared and 2 * len(heading) > len(words):
            return True
    return False


def as_topic(features: list[str], paras: Sequence[_Para], i: int) -> list[str]:
    """The title ``features`` of line ``i`` with ``name_like`` read as ``topic_heading``
    when a heading of the text takes the line up again (``topic_heading``); a new list."""
    if "name_like" not in features or not topic_heading(paras, i):
        return list(features)
    return [f if f != "name_like" else "topic_heading" for f in features]
