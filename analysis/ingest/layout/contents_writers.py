"""The writers of the first item of an edition's contents listing with abstracts: numbered
items "1. NGUYEN THI MAI - Title of the article", each over the article's abstract (a law
journal's English contents page, held-out 125). The zoo README's listing rule: such a page
is its first item, whose writers are the names in capitals before the title.

An item is a number and a full stop, the writers in capitals (two joined by " - " or a
comma), then " - " or a colon and the title; a page is such a listing when three items or
more stand each right over a paragraph of text (the abstract). A contents page whose items
have no abstracts (``contents_items``, held-out 88's print view of an issue) is one page
about the issue and names no writer; numbered paragraphs opened by a label in capitals ("1.
SUMMARY: ...", a cable) name no person and are none. Read only when no byline names a
writer.
"""

from __future__ import annotations

import re

from analysis.ingest.bylines import byline_names, capital_name
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules

#: "1. NGUYEN THI MAI - Consular protection ...", "2. LE VAN A, TRAN B: Treaties ...".
_ITEM = re.compile(
    r"^\d{1,3}\.\s+(?P<names>(?-i:[A-ZÀ-Ỹ][A-ZÀ-Ỹ.'’ ,-]{3,80}?))\s*(?::|\s[-–]\s)\s*"
    r"(?P<title>(?-i:[A-ZÀ-Ỹ])\S*\s.{3,})$"
)
#: The fewest items over an abstract that make such a listing.
_MIN_ITEMS = 3


def _item_names(text: str, rules: Rules) -> list[str]:
    """The writers of one contents item, each a name in capitals, or []."""
    found = _ITEM.match(text.strip())
    if found is None or found.group("title").isupper():
        return []
    parts = [part.strip() for part in re.split(r"\s[-–]\s|,", found.group("names"))]
    if not parts or not all(capital_name(part, rules) for part in parts):
        return []
    return [name for part in parts for name in byline_names(part, rules)]


def _abstract(p: Paragraph) -> bool:
    """Whether ``p`` is an item's abstract: a paragraph of text that is no item itself."""
    return p.kind in ("lede", "body") and _ITEM.match(p.text.strip()) is None


def contents_writers(
    paras: list[Paragraph], last_prose: int, rules: Rules
) -> tuple[list[str], str] | None:
    """The first item's writers of a contents listing whose items stand over abstracts,
    with the reason, or None."""
    items = [
        (i, names)
        for i, p in enumerate(paras[:-1])
        if _abstract(paras[i + 1]) and (names := _item_names(p.text, rules))
    ]
    if len(items) < _MIN_ITEMS:
        return None
    first, names = items[0]
    return names, f"first item's writers of a contents listing, line {paras[first].line}"
