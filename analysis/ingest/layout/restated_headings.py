"""A copied document's own heading under the page's date, restating the page's headline.

A government page or a news service's copy of a speech or a statement prints the page's
headline, then the date, then the document's own heading, which says the same in other
words: "PM Address: Lunch for the Visiting Science Teachers" / ... / "Monday, 09 May 2005"
/ "Parliamentary Lunch for Science Teachers of a Partner Country" (a news service's copy
of a speech), "U.S. Statement at the WTO Committee on Agriculture on ..." / the date /
"Statement by the United States at the Committee on Agriculture" (held-out 121). Standing
right over the text and under the date, the lower heading won. When a line right under a
date line shares ``MIN_SHARED`` content words or more, and at least half of its own, with
an unlabelled header line above the date, the lower line is the document's heading
(title feature ``restates_headline_above``) and the first such line above the page's
headline (``restated_below``), unless a feature weighs it down already (a site's name
over its menu that a letter's salutation happens to restate).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from analysis.core.stop_words import english_stop_words
from analysis.core.text import normalize_text

#: The fewest content words the two lines must share.
MIN_SHARED = 3


class _Para(Protocol):
    text: str
    kind: str


def content_words(text: str) -> set[str]:
    """The casefolded words of ``text`` that are no English stop words.

    >>> sorted(content_words("Lunch for the Visiting Teachers"))
    ['lunch', 'teachers', 'visiting']
    """
    words = re.findall(r"[^\W\d_][\w'’-]*", normalize_text(text).casefold())
    return {w for w in words if w not in english_stop_words()}


def restates(upper: str, lower: str) -> bool:
    """Whether ``lower`` shares ``MIN_SHARED`` content words or more with ``upper``, at
    least half of its own, and is not ``upper`` again."""
    low, up = content_words(lower), content_words(upper)
    shared = len(low & up)
    return low != up and shared >= MIN_SHARED and 2 * shared >= len(low)


def _under_date(paras: Sequence[_Para], i: int) -> int:
    """The index of the date line right over line ``i``, or -1."""
    return i - 1 if i > 0 and paras[i - 1].kind == "dateline" else -1


def _restated_above(paras: Sequence[_Para], k: int) -> int:
    """The first unlabelled line above the date line over line ``k`` that line ``k``
    restates, or -1 (also when no date line stands right over ``k``)."""
    date = _under_date(paras, k)
    if date <= 0 or paras[k].kind:
        return -1
    above = (j for j in range(date) if not paras[j].kind and restates(paras[j].text, paras[k].text))
    return next(above, -1)


def restated_heading_features(
    paras: Sequence[_Para],
    i: int,
    first_prose: int,
    features: Sequence[str] = (),
    weights: Mapping[str, float] | None = None,
) -> list[str]:
    """``["restates_headline_above"]`` for a line right under a date line restating an
    unlabelled line above the date; ``["restated_below"]`` for the first line above a
    date line that the line right under it restates (up to ``first_prose``), unless one
    of its ``features`` already weighs it down (a negative weight in ``weights``: a site's
    name over its menu is no headline, whatever restates it); else ``[]``."""
    if paras[i].kind:
        return []
    if _restated_above(paras, i) >= 0:
        return ["restates_headline_above"]
    if any((weights or {}).get(f, 0.0) < 0 for f in features):
        return []
    below = range(i + 1, min(first_prose, len(paras)))
    return ["restated_below"] if any(_restated_above(paras, k) == i for k in below) else []
