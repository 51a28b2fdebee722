"""A date alone on the page's first line with no headline under it: the site's clock.

A site that prints its "today" (the day the page was saved) as the page's first line puts
its header or its list under it, not a story's headline. Two forms say so from the text
alone (fix88b, held-out 88 and 56):

- the same date line printed again right under it, the header's clock and the menu bar's
  ("June 3, 2025 | 08:41 GMT +7" twice, then "Hotline: ..."): a story prints its date
  once (agriculture_today, republika and dhakadiplomat print their clocks the same way);
- an item of a bulleted list right under it ("Monday, 14/3/2016" over "  • <title>" and
  its summary, a section's list with no item dates): the day the list was seen, not an
  item's. A bulleted view counter ("  • views:4127") is no item: the date over it is the
  post's own, beside its statistics (held-out 110, ``view_counters``).

Such a date line gets the date feature ``unheaded_clock`` (weight in
``data/header_scoring.yaml``). A date over a headline is left to the other features: a
blog's date header over its post, a paper's date line over its headline.

A listing whose items each print their title twice over their teaser (a broadcaster's
search page: "Title" / "Title" / "(VOVWORLD) - teaser...") may open with an item titled by
its day alone, a radio programme's ("Wednesday November 18, 2020" twice, then its teaser):
that pair is the first item's title, the page's date (held-out 101), no clock. It is told
by the teaser right under the pair and a later item printed the same way
(``dated_item_twice``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import normalize_text
from analysis.ingest.metadata import Para
from analysis.ingest.view_counters import view_counter

#: A bulleted list's item: a bullet, a space and a word ("  • The Review steps up ...").
_BULLET_ITEM = re.compile(r"\s*[•·▪●◦]\s+\w")


#: The fewest words of an item's teaser under its title printed twice.
TEASER_MIN_WORDS = 10

#: The most words of an item's title printed twice.
ITEM_TITLE_MAX_WORDS = 20

#: How many paragraphs from the top are searched for the later item.
ITEM_REACH = 12


def _words(text: str) -> int:
    return len(text.split())


def _twice_over_teaser(paras: Sequence[Para], i: int) -> bool:
    """Whether lines ``i`` and ``i + 1`` are the same short line with a teaser under them
    (the teaser's marker "(VOVWORLD) -" may stand as a paragraph of its own)."""
    if i + 2 >= len(paras):
        return False
    head, again = normalize_text(paras[i].text), normalize_text(paras[i + 1].text)
    if head != again or not 0 < _words(head) <= ITEM_TITLE_MAX_WORDS:
        return False
    under = [normalize_text(p.text) for p in paras[i + 2 : i + 4]]
    return _words(under[0]) >= TEASER_MIN_WORDS or (
        len(under) > 1
        and paras[i + 3].line == paras[i + 2].line
        and _words(under[1]) >= TEASER_MIN_WORDS
    )


def dated_item_twice(paras: Sequence[Para]) -> bool:
    """Whether the page's first two lines are the same line over a teaser, and a later
    item prints its title twice over its teaser too: a listing's first item titled by its
    day (see the module's note), not the site's clock."""
    if not _twice_over_teaser(paras, 0):
        return False
    reach = min(len(paras), ITEM_REACH)
    return any(_twice_over_teaser(paras, i) for i in range(3, reach))


def unheaded_clock(paras: Sequence[Para], index: int, base: str) -> bool:
    """Whether date line ``index`` (of kind ``base``) is the page's first line with a
    bulleted list's item right under it, or either of the page's first two lines when
    they are the same line."""
    if index not in (0, 1) or base != "dateline" or len(paras) < 2:
        return False
    twice = normalize_text(paras[0].text) == normalize_text(paras[1].text)
    twice = twice and not dated_item_twice(paras)  # a listing's item titled by its day
    item = bool(_BULLET_ITEM.match(paras[1].text)) and not view_counter(paras[1].text)
    return twice or (index == 0 and item)  # a bulleted view counter: the post's (held-out 110)


def clock_marks(paras: Sequence[Para], index: int, base: str) -> list[str]:
    """The date features of this module for date line ``index``: ``["unheaded_clock"]``
    or none."""
    return ["unheaded_clock"] if unheaded_clock(paras, index, base) else []
