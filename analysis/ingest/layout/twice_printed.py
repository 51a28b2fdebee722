"""A headline that reads as prose, printed twice at the top of the page (held-out 91).

A mirror of a social network's article prints its headline twice, the page's title and
the article's ("Vietnam has Widened Rail Freight Links with Laos to a 'Priority
Corridor'." / blank / the same line), and a policy site's page opens with a breadcrumb
that ends in the headline ("Main » News and comments » 2023 » Are Vietnam and ...?")
over the headline alone. Closed by a stop and long enough, the headline reads as running
text, the lede, so the header ends before it and no line is left to be the headline.

A line among the page's first ``TWICE_REACH`` paragraphs, ``TWICE_MAX_WORDS`` words at
most, under a breadcrumb ending in it, or in title case (``TITLE_CASE_SHARE`` of its
words of four letters or more capitalised, one sentence) with its exact copy right above
or under it, is a headline, not text. (A lede printed twice, as an AMP page may print
it, is a sentence in sentence case and stays text.) A
breadcrumb (``breadcrumb_trail``: three pieces or more joined by "»" or "›", the ones
before the last short) is a trail of links, not text either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from analysis.core.text import count_words, normalize_text
from analysis.ingest.title_shapes import TITLE_CASE_SHARE

#: How many paragraphs from the page's top may hold the headline printed twice.
TWICE_REACH = 6

#: The most words of a headline printed twice (a paragraph of text is longer).
TWICE_MAX_WORDS = 30

#: The most words of each piece of a breadcrumb before its last (a section's name).
CRUMB_MAX_WORDS = 5

#: What parts a breadcrumb's pieces: a right-pointing guillemet or angle quote.
_CRUMB_SEPARATOR = re.compile(r"\s+[»›]\s+")


class _Para(Protocol):
    text: str


def _key(text: str) -> str:
    return normalize_text(text).strip().casefold()


def breadcrumb_trail(text: str) -> bool:
    """Whether ``text`` is a breadcrumb: three pieces or more joined by "»" or "›", each
    before the last ``CRUMB_MAX_WORDS`` words at most (the last may be the headline).

    >>> breadcrumb_trail("Main » News and comments » 2023 » Are Vietnam and Chile Moving Closer?")
    True
    >>> breadcrumb_trail("Prices rose » sharply, the office said.")
    False
    """
    if "»" not in text and "›" not in text:
        return False  # no separator, no trail (normalising the text makes neither; perf31)
    pieces = _CRUMB_SEPARATOR.split(normalize_text(text).strip())
    return len(pieces) >= 3 and all(
        0 < count_words(piece) <= CRUMB_MAX_WORDS for piece in pieces[:-1]
    )


def _crumb_end(text: str) -> str:
    """The last piece of a breadcrumb, folded (empty when ``text`` is none)."""
    if not breadcrumb_trail(text):
        return ""
    return _key(_CRUMB_SEPARATOR.split(normalize_text(text).strip())[-1])


def title_cased(text: str) -> bool:
    """One sentence (no stop inside) whose words of four letters or more are capitalised,
    ``TITLE_CASE_SHARE`` of them at least.

    >>> title_cased("Vietnam has Widened Its Ferry Links with Cambodia.")
    True
    >>> title_cased("Rwandan coffee is finding its way into cafés in Hanoi.")
    False
    """
    text = normalize_text(text).strip()
    if re.search(r"[.!?;]\s", text):
        return False
    long_words = [w for w in text.split() if len(w.strip(".,:;?!\"'“”‘’()")) >= 4]
    capitals = sum(w.lstrip("\"'“‘(")[:1].isupper() for w in long_words)
    return bool(long_words) and capitals / len(long_words) >= TITLE_CASE_SHARE


def printed_twice(paras: Sequence[_Para], i: int) -> bool:
    """Whether paragraph ``i``, among the first ``TWICE_REACH`` and ``TWICE_MAX_WORDS``
    words at most, stands next to its own copy or under a breadcrumb ending in it (see
    the module's docstring): a headline printed twice, not running text."""
    if i >= min(TWICE_REACH, len(paras)):
        return False
    key = _key(paras[i].text)
    if not key or count_words(key) > TWICE_MAX_WORDS:
        return False
    neighbours = [paras[j].text for j in (i - 1, i + 1) if 0 <= j < len(paras)]
    if any(_crumb_end(text) == key for text in neighbours):
        return True
    return title_cased(paras[i].text) and any(_key(text) == key for text in neighbours)
