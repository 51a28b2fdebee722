"""A post's headline printed as the last bullet of the site's menu: a page copied with its
menu keeps the bullets, and the first post's title, a link, comes out as one more bullet
("  • Donate" / "  • A Good Week for Mekong Ferry Crews" / the post's first paragraph).
The last bullet of a run is the headline when it is headline-length
(``MENU_TITLE_MIN_WORDS`` words or more, no full stop, not in capitals, no "By"), stands right over
the first paragraph of text, and every bullet above it in the run is a short menu entry
(``MENU_ENTRY_MAX_WORDS`` words or fewer): a list of key points above a text has long
bullets, and is left a list (fix33c, session 33)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import count_words
from analysis.ingest.metadata import Para

#: The fewest words of a headline printed as the menu's last bullet.
MENU_TITLE_MIN_WORDS = 4

#: The most words of a menu entry ("The Heritage Network", "Resize:", "Donate").
MENU_ENTRY_MAX_WORDS = 3

_BULLETED = re.compile(r"^\s*[-–•·*]\s+\S")

#: A bulleted byline: "• By Name".
_BYLINE = re.compile(r"^\s*[-–•·*]\s+by\s", re.I)

#: A line's bullet and the spaces around it.
_BULLET = re.compile(r"^\s*[-–•·*]\s+")


def menu_run_headline(paras: Sequence[Para], index: int, first_prose: int) -> bool:
    """Whether the bulleted line ``paras[index]`` ends a run of short menu bullets and
    stands right over the first paragraph of text (``first_prose``): the post's headline."""
    text = paras[index].text.strip()
    if index + 1 != first_prose or not _BULLETED.match(text) or text.isupper():
        return False
    if _words(text) < MENU_TITLE_MIN_WORDS or text.endswith(".") or _BYLINE.match(text):
        return False
    above = []
    for j in range(index - 1, -1, -1):
        if not _BULLETED.match(paras[j].text):
            break
        above.append(paras[j].text)
    return bool(above) and all(_words(t) <= MENU_ENTRY_MAX_WORDS for t in above)


def _words(text: str) -> int:
    """The words of a bulleted line, its bullet left out."""
    return count_words(_BULLET.sub("", text))
