"""The headline repeated after the text with its day: the page's date line, not a caption.

A paper's archive copy of a wire story closes the text with the headline again, a short
day and the system's stamp: "Vietnam opens two river ports to foreign barges 03/14/13 [Last
modified: Thursday, March 14, 2013 9:38pm]" (held-out 90, a paper's copy of an AP story,
over "Photo reprints | Article reprints"). A line opening with the headline used to be read
as a caption (the title glued to a picture's description), and captions are no date
sources, so the page's only day was lost. When all that follows the headline is a day
(``MM/DD/YY`` or ``MM/DD/YYYY``) and/or a bracketed stamp ("[Last modified: ...]",
"[Updated: ...]", "[Posted: ...]") holding a year, the line is the story's date line.
"""

from __future__ import annotations

import re

from analysis.core.text import normalize_text

#: The role (``Paragraph.role``) of such a line, labelled kind "dateline": a date source
#: wherever it stands below the text (``layout.dates``).
STAMP_ROLE = "headline_stamp"

#: What may follow the headline: a short day and/or a bracketed stamp with its label.
_STAMP_TAIL = re.compile(
    r"^\s*(?:[|–—,-]\s*)?(?P<day>\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?)?\s*"
    r"(?P<stamp>\[\s*(?:last\s+(?:modified|updated)|updated|modified|posted)\s*:"
    r"[^\]]{0,60}\b(?:19|20)\d{2}\b[^\]]{0,20}\])?\s*$",
    re.I,
)


def stamped_headline_copy(text: str, title: str) -> bool:
    """Whether ``text`` is the headline ``title`` followed only by its day or stamp.

    >>> title = "Ferry fares rise on island routes"
    >>> stamp = " 03/14/13 [Last modified: Thursday, March 14, 2013 9:38pm]"
    >>> stamped_headline_copy(title + stamp, title)
    True
    >>> stamped_headline_copy(title + " as fuel costs climb", title)
    False
    """
    key, line = normalize_text(title).casefold(), normalize_text(text).casefold()
    if not key or not line.startswith(key) or len(line) == len(key):
        return False
    tail = _STAMP_TAIL.match(line[len(key) :])
    return bool(tail and (tail.group("day") or tail.group("stamp")))


def stamp_text(text: str) -> str:
    """The date part of a stamped headline copy: the bracketed stamp when there is one
    (its day is written out: "[Last modified: Thursday, March 14, 2013 9:38pm]", while
    "03/14/13" may be read day first), else the whole line."""
    found = re.search(r"\[[^\]]*\]\s*$", text)
    return found.group(0) if found else text
