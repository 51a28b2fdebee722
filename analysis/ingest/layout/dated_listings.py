"""A dated listing's first item as the headline when the header holds none (held-out 111).

A think tank's blog or program page lists its latest pieces under a heading that is page
chrome ("From the <Name> Blog") or under the program's name and blurb: each item is a short
title, a one-paragraph teaser and a line closing it with the item's date alone ("Jun 4,
2023", "· December 18, 2024"). The page is its first item (the zoo's listing rule: its
title and date are the first item's), so when no header line scores as a headline, the
title line over the first dated teaser is the headline.

An item counts when a title-like line (short, no sentence, not closed by a full stop)
stands right over a teaser (running text) that the next paragraph closes with a date line;
``MIN_DATED_ITEMS`` such items make the page a dated listing. An article with subheadings
has no date line under each section, and a press release's closing date follows its last
paragraph only once.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.ingest.layout.later_items import item_title
from analysis.ingest.layout.lines import Paragraph, is_prose
from analysis.ingest.metadata import Candidate, Scoring

#: The fewest dated items that make a page a listing.
MIN_DATED_ITEMS = 2

#: The kinds a teaser may carry (the first one is usually read as the lede).
_TEASER_KINDS = frozenset({"lede", "body", ""})


def _title_like(p: Paragraph) -> bool:
    """An item's title (``later_items.item_title``: short, no sentence's stop) that is
    neither furniture nor running text."""
    return p.kind in ("", "heading", "body") and item_title(p) and not is_prose(p.text)


def dated_items(paras: Sequence[Paragraph]) -> list[int]:
    """The indices of a dated listing's item titles (each over a teaser closed by a date
    line), in order; empty when fewer than ``MIN_DATED_ITEMS`` items are found."""
    found = [
        i
        for i in range(len(paras) - 2)
        if _title_like(paras[i])
        and paras[i + 1].kind in _TEASER_KINDS
        and is_prose(paras[i + 1].text)
        and paras[i + 2].kind == "dateline"
    ]
    return found if len(found) >= MIN_DATED_ITEMS else []


def first_listed_item(paras: Sequence[Paragraph], scoring: Scoring) -> Candidate | None:
    """The first item's title of a dated listing, as a headline candidate scoring
    ``scoring.title_min``; None when the page is no dated listing."""
    items = dated_items(paras)
    if not items:
        return None
    i = items[0]
    return Candidate(i, paras[i].text, scoring.title_min, ("first_dated_item",), paras[i].text)
