"""A timeline's entries: the dates that open them are the events', not the page's
(held-out 128).

A timeline or chronology prints one event a paragraph, each opened by its date and a colon
("February 17, 1979: Chinese troops ...", "November 1991: ...", "1999: ..."). The first
entry's day stood first among the page's dates and dated a page that prints none of its
own. A date that opens a text paragraph and is followed by a colon, on a page where
``TIMELINE_MIN_ENTRIES`` text paragraphs or more open that way (a date, then a colon),
is an entry's, and so is every other date of the entry: each counts as a listed item
(date weight ``listed_item``). A dateline ("HANOI, May 3 (VNA) - ...") has no colon after
the date; a lone "June 5: ..." paragraph is not a timeline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from analysis.core.text import normalize_text
from analysis.dates import DateMatch
from analysis.ingest.metadata import Para

#: The fewest text paragraphs opened by a date and a colon that make a timeline.
TIMELINE_MIN_ENTRIES = 3

#: What may follow an entry's date before its event: a colon, spaces around it.
_ENTRY_COLON = re.compile(r"^\s*:\s")

_TEXT_KINDS = frozenset({"lede", "body", ""})


def _opens_entry(text: str, dates_of: Callable[[str], list[DateMatch]]) -> bool:
    """Whether ``text`` opens with a date followed by a colon."""
    found = dates_of(text[:40])
    return bool(found) and found[0].start == 0 and bool(_ENTRY_COLON.match(text[found[0].end :]))


def timeline_entries(paras: Sequence[Para], dates_of: Callable[[str], list[DateMatch]]) -> set[int]:
    """The indices of the text paragraphs opened by a date and a colon, when there are
    ``TIMELINE_MIN_ENTRIES`` of them or more (a timeline's entries, see the module's
    docstring); else an empty set. Every date of an entry is the event's."""
    found = {
        i
        for i, p in enumerate(paras)
        if p.kind in _TEXT_KINDS and _opens_entry(normalize_text(p.text).strip(), dates_of)
    }
    return found if len(found) >= TIMELINE_MIN_ENTRIES else set()
