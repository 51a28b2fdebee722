"""A site's tagline of keywords over its headline: "Passed Away – Dead – Died – Cause of
Death News." (a content farm of death notices, held-out 108), four or more short pieces
joined by spaced dashes, bars or dots. No headline strings so many bare pieces; the line
gives the title feature ``keyword_chain``."""

from __future__ import annotations

import re

from analysis.core.text import count_words, normalize_text

#: The fewest pieces of a keyword chain.
CHAIN_MIN_PIECES = 4

#: The most words of one piece of the chain.
PIECE_MAX_WORDS = 4

_JOINER = re.compile(r"\s+[-–—|·•]\s+")


def keyword_chain(text: str) -> bool:
    """Whether ``text`` is a chain of short keywords (see the module's docstring).

    >>> keyword_chain("Passed Away – Dead – Died – Cause of Death News.")
    True
    >>> keyword_chain("Hanoi – Vientiane – Bangkok rail link planned")
    False
    """
    pieces = [p.strip(" .") for p in _JOINER.split(normalize_text(text).strip())]
    return len(pieces) >= CHAIN_MIN_PIECES and all(
        1 <= count_words(p) <= PIECE_MAX_WORDS for p in pieces
    )
