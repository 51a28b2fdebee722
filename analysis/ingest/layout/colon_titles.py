"""A headline of a title and subtitle closed by a full stop (held-out 91).

A university department's news item on a member's book, or a notice of a paper, prints
the work's title as its headline, with the stop its catalogue entry keeps: "River Data
Strategies in the Lower Mekong: Laos, Cambodia, Vietnam and their relations with
Thailand." Closed by a stop and long enough, it reads as the lede, so the header ends
before it and no headline is chosen (and a section label above it, "News EcoS", is left
to be read as the site's name).

A line among the page's first ``COLON_TITLE_REACH`` paragraphs, ``COLON_TITLE_MAX_WORDS``
words at most, one sentence closed by one full stop, whose part before its colon is a
title in title case (two to ``HEAD_MAX_WORDS`` words, every word of four letters or more
capitalised) and whose words of four letters or more are capitalised in
``COLON_TITLE_CASE_SHARE`` at least, over a paragraph of running text, is a headline, not
text. A lede opened by a place and a colon ("Ho Chi Minh City: The city's committee said
...") keeps its words in sentence case after the colon and stays text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.lines import is_prose

#: How many paragraphs from the page's top may hold the headline.
COLON_TITLE_REACH = 3

#: The most words of such a headline.
COLON_TITLE_MAX_WORDS = 30

#: The most words of the title before the colon.
HEAD_MAX_WORDS = 10

#: The least share of the line's words of four letters or more that are capitalised.
COLON_TITLE_CASE_SHARE = 0.66

#: A stop inside the line (two sentences) or a closing mark other than one full stop.
_NOT_ONE_SENTENCE = re.compile(r"[.!?;]\s|\.\.$|…$")


class _Para(Protocol):
    text: str


def _long_words(text: str) -> list[str]:
    words = (w.strip(".,:;?!\"'“”‘’()") for w in text.split())
    return [w for w in words if len(w) >= 4]


def _capital_share(words: list[str]) -> float:
    return sum(w[:1].isupper() for w in words) / len(words) if words else 0.0


def colon_title(text: str) -> bool:
    """Whether ``text`` is a title and subtitle joined by a colon and closed by a stop
    (see the module's docstring).

    >>> colon_title("Ferry Routes of the Delta: Laos, Cambodia and their links with Thailand.")
    True
    >>> colon_title("Ho Chi Minh City: The city's committee said it would open a ferry.")
    False
    >>> colon_title("Ferry Routes of the Delta: Laos and Cambodia")
    False
    """
    line = normalize_text(text).strip()
    head, colon, _tail = line.partition(": ")
    if not colon or not line.endswith(".") or _NOT_ONE_SENTENCE.search(line):
        return False
    head_words = _long_words(head)
    return (
        count_words(line) <= COLON_TITLE_MAX_WORDS
        and 2 <= count_words(head) <= HEAD_MAX_WORDS
        and _capital_share(head_words) == 1.0
        and _capital_share(_long_words(line)) >= COLON_TITLE_CASE_SHARE
    )


def colon_title_over_text(paras: Sequence[_Para], i: int) -> bool:
    """Whether paragraph ``i``, among the first ``COLON_TITLE_REACH``, is a colon title
    (``colon_title``) right over a paragraph of running text: a headline, not the lede."""
    return (
        i < min(COLON_TITLE_REACH, len(paras) - 1)
        and colon_title(paras[i].text)
        and is_prose(paras[i + 1].text)
        and not colon_title(paras[i + 1].text)
    )
