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

The page's date is its first item's too (fix33d): the date scorer reads the date line
nearest the body's end, a later item's, so ``first_item_date`` sets the header date from
the first item's date line when the headline is that item's title and the date read was a
later item's.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.ingest.layout.item_stamps import stamped_item_date
from analysis.ingest.layout.later_items import item_title
from analysis.ingest.layout.lines import Article, Paragraph, dateline_date, is_prose
from analysis.ingest.layout.stamped_item_titles import stamped_item_title
from analysis.ingest.metadata import Candidate, Scoring
from analysis.ingest.page_rules import Rules
from analysis.ingest.update_stamps import update_stamp_date

#: The fewest dated items that make a page a listing.
MIN_DATED_ITEMS = 2

#: The kinds a teaser may carry (the first one is usually read as the lede).
_TEASER_KINDS = frozenset({"lede", "body", ""})


def _title_like(p: Paragraph) -> bool:
    """An item's title (``later_items.item_title``: short, no sentence's stop) that is
    neither furniture nor running text."""
    return p.kind in ("", "heading", "body") and item_title(p) and not is_prose(p.text)


def _teaser_dated(paras: Sequence[Paragraph], i: int) -> bool:
    """Whether the paragraph after ``i`` is a teaser (running text) closed by a date line."""
    return (
        i + 2 < len(paras)
        and paras[i + 1].kind in _TEASER_KINDS
        and is_prose(paras[i + 1].text)
        and paras[i + 2].kind == "dateline"
    )


def dated_items(paras: Sequence[Paragraph]) -> list[int]:
    """The indices of a dated listing's item titles (each over a teaser closed by a date
    line), in order; empty when fewer than ``MIN_DATED_ITEMS`` items are found."""
    found = [i for i in range(len(paras)) if _title_like(paras[i]) and _teaser_dated(paras, i)]
    return found if len(found) >= MIN_DATED_ITEMS else []


def first_listed_item(paras: Sequence[Paragraph], scoring: Scoring) -> Candidate | None:
    """The first item's title of a dated listing, as a headline candidate scoring
    ``scoring.title_min``; None when the page is no dated listing."""
    items = dated_items(paras)
    if not items:
        return None
    i = items[0]
    return Candidate(i, paras[i].text, scoring.title_min, ("first_dated_item",), paras[i].text)


def _item_dates(paras: Sequence[Paragraph], top: int, rules: Rules) -> list:
    """The date lines' dates of the item whose title is ``top`` and of the dated items
    under it, in order (None where a line holds no date)."""
    later = [
        i for i in range(top + 3, len(paras)) if _title_like(paras[i]) and _teaser_dated(paras, i)
    ]
    return [dateline_date(paras[i + 2].text, rules) for i in [top, *later]]


def first_item_date(article: Article, rules: Rules) -> None:
    """A dated listing's first item's date as the header date, in place, when the headline
    is the first item's title (over its teaser and date line, later items under it) and
    the date read is a later item's date line (the module's docstring)."""
    paras, found = article.paragraphs, article.header_date
    top = next((i for i, p in enumerate(paras) if p.kind == "title"), None)
    if found is None or top is None or not _teaser_dated(paras, top):
        return
    dates = _item_dates(paras, top, rules)
    first = dates[0]
    if len(dates) < MIN_DATED_ITEMS or first is None or first.date_start == found.date_start:
        return
    if found.date_start not in {d.date_start for d in dates[1:] if d is not None}:
        return
    article.header_date, article.header_evidence = first, paras[top + 2].text
    article.date_reason += f"; a dated listing: its first item's date, line {paras[top + 2].line}"


def listing_dates(article: Article, rules: Rules) -> None:
    """The date of a page of dated items, in place: a dated listing's first item
    (``first_item_date``), a listing of one-line items closed by stamps (``item_stamps``,
    held-out 129). A month's list with no headline keeps its first item's day, as every
    listing does (the zoo README's listing rule; session 37). Last, a page nothing else
    dates is dated by its own update stamp (``update_stamps``; fix41b). A listing of
    stamped one-line items with no headline takes its first item's title too
    (``stamped_item_titles``, fix43a)."""
    first_item_date(article, rules)
    stamped_item_date(article, rules)
    stamped_item_title(article)  # no headline: the first stamped item's title (fix43a)
    update_stamp_date(article)  # "Last updated in February 2016" alone (fix41b)
