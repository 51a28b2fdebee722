"""A listing's heading over its items, and the first item under it (held-out 118, fix35c).

A think tank's project or topic page and a station's tag page list their latest pieces
under a heading that names the listing, not a piece: "Latest publications", "Recent
Analysis", "Featured Publications", "Latest South China Sea News" (``listing_headings`` of
``data/header_scoring.yaml``: "latest", "recent", "featured" or "more", up to four topic
words, and a kind of piece; whole lines only). Such a heading is page chrome, never the
headline (the heading list is read into ``chrome`` too). The page is its first item (the
zoo's listing rule), so when the header holds no headline (its opening is a box's heading
and blurb, "About the project" / "The project follows ..."), the first item's title right
under the heading is the headline (``item_under_listing_heading``): a short line, no
sentence (no closing stop), not furniture, with a line under it. "Latest on the Mekong:
Lao leader visits Hanoi" or "Recent Gains in Vietnam's Research" are headlines: the
heading must end with its kind of piece, and its topic words hold no joining word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import normalize_text
from analysis.ingest.layout.later_items import item_title
from analysis.ingest.layout.lines import HEADER_REACH, Paragraph, is_prose
from analysis.ingest.metadata import Candidate, Scoring
from analysis.ingest.page_rules import alternation

#: The kinds of paragraph an item's title may have been given before the headline is read.
_ITEM_KINDS = frozenset({"", "heading", "lede", "body"})


@cache
def _heading() -> re.Pattern[str]:
    """``listing_headings`` of ``data/header_scoring.yaml``, whole line, any case."""
    patterns = load_data_file("header_scoring.yaml").get("listing_headings") or []
    return re.compile(rf"^\s*(?:{alternation(patterns)})\s*:?\s*$", re.I)


def listing_heading(text: str) -> bool:
    """Whether ``text`` is a listing's heading alone on its line (the module's docstring).

    >>> listing_heading("Latest publications"), listing_heading("Recent Analysis")
    (True, True)
    >>> listing_heading("Latest on the Mekong: Lao leader visits Hanoi")
    False
    """
    return bool(_heading().match(normalize_text(text)))


def _item_title(p: Paragraph) -> bool:
    """A first item's title: not furniture, short (``later_items.item_title``), no running
    text, no closing stop or colon."""
    text = normalize_text(p.text).strip()
    return (
        p.kind in _ITEM_KINDS
        and item_title(p)
        and not is_prose(text)
        and not text.endswith((".", ":"))
    )


def item_under_listing_heading(paras: Sequence[Paragraph], scoring: Scoring) -> Candidate | None:
    """The first item's title right under a listing's heading among the first
    ``2 * HEADER_REACH`` paragraphs, as a headline candidate scoring ``scoring.title_min``
    (used only when the header holds no headline); None when no heading has one under it."""
    reach = min(len(paras) - 2, 2 * HEADER_REACH)
    for i in range(max(reach, 0)):
        if not listing_heading(paras[i].text):
            continue
        below = paras[i + 1]
        if _item_title(below):
            return Candidate(i + 1, below.text, scoring.title_min, ("under_listing",), below.text)
    return None


#: A dash opening a list's item: "- Mapping old minefields ...", "– Flood records ...".
_ITEM_DASH = re.compile(r"^\s*[-–—]\s+(?=\S)")


def without_item_dash(title: str) -> str:
    """``title`` without the dash a dashed list opens its items with (the first item under
    a listing's heading, "- Mapping Old Minefields Along the Coast"), as a list's bullet is
    dropped (``bylines.unbulleted``); a dash inside the headline stays.

    >>> without_item_dash("- Mapping Old Minefields Along the Coast")
    'Mapping Old Minefields Along the Coast'
    >>> without_item_dash("Hanoi - Vientiane rail talks resume")
    'Hanoi - Vientiane rail talks resume'
    >>> without_item_dash("-40 degrees in the north")
    '-40 degrees in the north'
    """
    return _ITEM_DASH.sub("", title, count=1)
