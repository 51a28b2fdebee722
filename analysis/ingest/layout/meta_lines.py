"""(held-out 93) A headline over its item's dated meta line.

A listing, a tag page or a blog prints under each item's title one line of the item's
details opened by its day and a separator: "May 31, 2015 // El Diario del Lago -
Nicaragua - Spanish" (a translated paper, its country and language), "June 3, 2019 |
Commentary | 2 comments". The line right above such a meta line is the item's headline
(title feature ``over_dated_meta``), however a site's tagline or menu stands over it. A
date followed only by its time ("Monday, March 3, 2020 | 10:05 GMT+7", a site's clock
under its name) is no meta line: words must follow the separator.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import count_words
from analysis.dates import find_dates
from analysis.ingest.layout.lines import Paragraph, is_prose
from analysis.ingest.page_rules import TIME_OF_DAY

#: The separator after the day: two slashes, a bar, a bullet or a spaced dash.
_SEPARATOR = re.compile(r"\s*(?://|\||•|·|\s[–—-])\s+")

#: A character each of ``_SEPARATOR``'s forms holds: a line without one has no separator.
_SEPARATOR_MARKS = "/|•·–—-"

#: The fewest words of two letters or more after the separator.
META_MIN_WORDS = 2


def dated_meta_line(text: str) -> bool:
    """``text`` opens with a full day, then a separator and words: an item's meta line.

    >>> dated_meta_line("May 31, 2015 // El Diario del Lago - Nicaragua - Spanish")
    True
    >>> dated_meta_line("Monday, March 3, 2020 | 10:05 GMT+7")
    False
    >>> dated_meta_line("May 31, 2015")
    False
    """
    if not any(mark in text for mark in _SEPARATOR_MARKS):
        return False  # no separator, no meta line: the dates are not read (perf31)
    found = [m for m in find_dates(text[:60]) if not m.relative]
    if not found or found[0].start > 0 or found[0].precision != "day":
        return False
    sep = _SEPARATOR.match(text, found[0].end)
    if sep is None:
        return False
    rest = TIME_OF_DAY.sub(" ", text[sep.end() :])
    return len(re.findall(r"[^\W\d_]{2,}", rest)) >= META_MIN_WORDS and count_words(rest) <= 20


def over_dated_meta(paras: Sequence[Paragraph], i: int) -> bool:
    """Line ``i`` stands right over an item's dated meta line and reads as no sentence."""
    if i + 1 >= len(paras) or is_prose(paras[i].text):
        return False
    return dated_meta_line(paras[i + 1].text.strip())
