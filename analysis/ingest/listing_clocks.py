"""A date line right above a listing's heading is the site's clock (fix37b, held-out 125).

A tag, category or topic page prints the site's clock ("Tuesday, March 10, 2020", the day
of the visit), then the listing's heading naming its one term ("Tags: consular affairs"),
then its items. By the zoo's listing rule the page is its first item, dated as printed with
that item; a date above the heading stands outside every item, so it is the site's, not the
first item's (date feature ``site_clock``). The heading's label is one of
``listing_scope_labels`` of ``data/header_scoring.yaml`` followed by one term: an article's
tag line listing several terms ("Tags: Vietnam, China, ASEAN") is no listing's heading, and
a date over it keeps its weight.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import normalize_text
from analysis.ingest.metadata import Para
from analysis.ingest.page_rules import alternation

#: The longest listing heading, in characters (a label and one term).
_HEADING_MAX_CHARS = 80


@cache
def _scope_heading() -> re.Pattern[str]:
    labels = load_data_file("header_scoring.yaml").get("listing_scope_labels") or ["(?!)"]
    return re.compile(rf"^(?:{alternation(labels)})\s*:?\s+[^\s,;|][^,;|]*$", re.I)


def listing_scope_heading(text: str) -> bool:
    """Whether ``text`` is a listing's heading naming its one term ("Tags: consular
    affairs", "Category: Diplomacy"); "Tags: Vietnam, China" (several) is not.

    >>> listing_scope_heading("Tags: consular affairs")
    True
    >>> listing_scope_heading("Tags: Vietnam, China, ASEAN")
    False
    """
    line = normalize_text(text).strip()
    return len(line) <= _HEADING_MAX_CHARS and bool(_scope_heading().match(line))


def over_listing_heading(paras: Sequence[Para], index: int) -> bool:
    """Whether date line ``index`` stands right above a listing's heading
    (``listing_scope_heading``): the site's clock over a tag or category page."""
    return index + 1 < len(paras) and listing_scope_heading(paras[index + 1].text)
