"""A site's tagline of keywords over its headline: "Passed Away – Dead – Died – Cause of
Death News." (a content farm of death notices, held-out 108), four or more short pieces
joined by spaced dashes, bars or dots. No headline strings so many bare pieces; the line
gives the title feature ``keyword_chain``. So does a tagline listing kinds of one thing,
every piece closed by the same word ("Breaking News, World News and Taiwan News.", a
paper's old masthead, held-out 110: ``parallel_tagline``)."""

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


#: The joiners of a listed tagline's pieces: a comma, "and" or "&".
_LIST_JOINER = re.compile(r",\s+(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")

#: The fewest pieces of a listed tagline.
TAGLINE_MIN_PIECES = 3

#: The words of one piece of a listed tagline: a qualifier or two and the shared word.
TAGLINE_PIECE_WORDS = (2, 3)


def parallel_tagline(text: str) -> bool:
    """Whether ``text`` lists three or more pieces of two or three words, joined by commas
    and "and", every piece closed by the same word: a tagline of the site's kinds of news,
    never a headline (a headline's list names different things).

    >>> parallel_tagline("Breaking News, World News and Taiwan News.")
    True
    >>> parallel_tagline("Rice, rubber and coffee lead the first quarter's exports")
    False
    """
    pieces = [p.strip(" .!") for p in _LIST_JOINER.split(normalize_text(text).strip())]
    low, high = TAGLINE_PIECE_WORDS
    if len(pieces) < TAGLINE_MIN_PIECES or not all(low <= count_words(p) <= high for p in pieces):
        return False
    return len({p.split()[-1].casefold() for p in pieces}) == 1
