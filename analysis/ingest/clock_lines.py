"""A date alone on the page's first line with no headline under it: the site's clock.

A site that prints its "today" (the day the page was saved) as the page's first line puts
its header or its list under it, not a story's headline. Two forms say so from the text
alone (fix88b, held-out 88 and 56):

- the same date line printed again right under it, the header's clock and the menu bar's
  ("June 3, 2025 | 08:41 GMT +7" twice, then "Hotline: ..."): a story prints its date
  once (agriculture_today, republika and dhakadiplomat print their clocks the same way);
- an item of a bulleted list right under it ("Monday, 14/3/2016" over "  • <title>" and
  its summary, a section's list with no item dates): the day the list was seen, not an
  item's.

Such a date line gets the date feature ``unheaded_clock`` (weight in
``data/header_scoring.yaml``). A date over a headline is left to the other features: a
blog's date header over its post, a paper's date line over its headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import normalize_text
from analysis.ingest.metadata import Para

#: A bulleted list's item: a bullet, a space and a word ("  • The Review steps up ...").
_BULLET_ITEM = re.compile(r"\s*[•·▪●◦]\s+\w")


def unheaded_clock(paras: Sequence[Para], index: int, base: str) -> bool:
    """Whether date line ``index`` (of kind ``base``) is the page's first line with a
    bulleted list's item right under it, or either of the page's first two lines when
    they are the same line."""
    if index not in (0, 1) or base != "dateline" or len(paras) < 2:
        return False
    twice = normalize_text(paras[0].text) == normalize_text(paras[1].text)
    return twice or (index == 0 and bool(_BULLET_ITEM.match(paras[1].text)))


def clock_marks(paras: Sequence[Para], index: int, base: str) -> list[str]:
    """The date features of this module for date line ``index``: ``["unheaded_clock"]``
    or none."""
    return ["unheaded_clock"] if unheaded_clock(paras, index, base) else []
