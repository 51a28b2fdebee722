"""A listing's items each opened the same way before their date (fix81): a columnist's home
page lists his columns as title / "The Paper, 9 October 2017 <first sentences> ..." /
title / "The Paper, 2 October 2017 ...". The same opening words before a date on two text
paragraphs or more make a list of items, and the lede's date is its first item's day, not
the page's (feature ``listed_item``, as for a list of "headline - date" lines). A page's
own dateline ("Hanoi, 12 April 2023 - ...") opens only its lede, or is printed twice with
the same day (a page's header repeated); an agency's list whose items open with different
places ("Hanoi April 12, ...", "Hue April 10, ...") keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from analysis.core.text import normalize_text
from analysis.dates import DateMatch
from analysis.ingest.metadata import Para

#: The fewest letters of the opening before the date (a bare date opens many ledes).
MIN_OPENING_LETTERS = 3

#: The kinds of a paragraph whose date is run into its text (an item's glued opening); a
#: listing of date lines standing alone ("Advocacy Updated on March 9, 2023" over each item)
#: is read by ``layout.dates._first_item_date``, its first item's day the page's.
_TEXT_KINDS = frozenset({"lede", "body"})

#: How far after the repeated opening the other item's date must start.
DATE_REACH = 3


def repeated_item_opening(
    paras: Sequence[Para],
    index: int,
    opening: str,
    day: DateMatch,
    dates_of: Callable[[str], list[DateMatch]],
    title_index: int = -1,
) -> bool:
    """Whether the words before date ``day`` in text paragraph ``index`` (``opening``: "The
    Paper, ") open another paragraph of the page too, another day right after them there:
    the same line and day again is the page's header printed twice, no list. The teaser
    right under the page's headline (line ``title_index``) is the first item's, and a
    listing page is dated by its first item (the zoo's listing rule, held-out 123): its
    day stays the page's."""
    prefix = normalize_text(opening).strip()
    if paras[index].kind not in _TEXT_KINDS:  # a date line alone: ``_first_item_date``'s
        return False
    if title_index >= 0 and index == title_index + 1:
        return False
    if len(re.findall(r"[^\W\d_]", prefix)) < MIN_OPENING_LETTERS:
        return False
    for i, p in enumerate(paras):
        text = normalize_text(p.text).strip()
        if i == index or not text.startswith(prefix):
            continue
        found = dates_of(text[len(prefix) : len(prefix) + 40])
        if found and found[0].start <= DATE_REACH and found[0].date_start != day.date_start:
            return True
    return False
