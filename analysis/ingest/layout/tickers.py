"""A news ticker pasted at the top of a page: the site's running line of other stories'
headlines, run together on one line without a single sentence stop ("Radio archive
digitisation drive reaches its second phase Press club polls postponed in Quetta Court
orders release of ..."), over the site's name and section. Long enough to pass for the
lede, it would hide the header under it; it is page furniture."""

from __future__ import annotations

import re

from analysis.core.text import count_words
from analysis.ingest.layout.lines import HEADER_REACH, Paragraph, is_prose
from analysis.ingest.layout.text import label_top_teaser

#: The fewest words of a ticker line: a headline or a title alone is shorter.
TICKER_MIN_WORDS = 25

#: The most words of the line under a ticker: the site's name or a section's label.
UNDER_TICKER_MAX_WORDS = 6

#: A sentence's stop anywhere in a line: ".", "!", "?" or "…" not followed by a letter or
#: digit (a stop before a space, a note mark "[1]" or the end; not "U.S" or "1.5").
_SENTENCE_STOP = re.compile(r"[.!?…](?!\w)")


def is_ticker(line: str, below: str) -> bool:
    """Whether ``line``, the page's first, is a ticker of headlines: many words, not one
    sentence stop, and a short label (``below``, the next line) under it.

    >>> run = " ".join(["Port opens new berth Court orders release"] * 4)
    >>> is_ticker(run, "Journalism Pakistan")
    True
    >>> is_ticker(run + ".", "Journalism Pakistan")
    False
    """
    return (
        count_words(line) >= TICKER_MIN_WORDS
        and not _SENTENCE_STOP.search(line)
        and count_words(below) <= UNDER_TICKER_MAX_WORDS
        and not is_prose(below)
    )


def label_top_ticker(paras: list[Paragraph]) -> None:
    """Label the page's first paragraph boilerplate, in place, when it is a ticker of
    other stories' headlines (``is_ticker``)."""
    if len(paras) >= 2 and not paras[0].kind and is_ticker(paras[0].text, paras[1].text):
        paras[0].kind = "boilerplate"


#: A bulleted ticker's separator: a bullet with spaces on both sides ("... lower  • Feature:
#: ...").
_BULLET = re.compile(r"\s+[•·]\s+")

#: The fewest items of a bulleted ticker: a byline's "By Name • date • 3 min read" has fewer
#: words, a menu "Home • News • World" fewer words too.
BULLET_TICKER_MIN_ITEMS = 4

#: The most words of one item: a ticker's items are headlines, not paragraphs.
BULLET_ITEM_MAX_WORDS = 20

#: The fewest words of an item on average: a ticker's items are headlines, a menu's are
#: one or two words ("Home • World • Business • ...").
BULLET_ITEM_MIN_MEAN_WORDS = 3

#: The most words of the label heading a ticker on the page's first line ("Off the wire").
TICKER_LABEL_MAX_WORDS = 4


def bullet_ticker(line: str) -> bool:
    """Whether ``line`` is a ticker of other stories' headlines run together on one line
    and joined by spaced bullets (held-out 110's state portal: "<Agency> news advisory --
    Mar.14  • <headline>  • Feature: <headline> ..."): four items or more, each
    headline-short, of headlines' length on average (a menu's items are a word or two), and
    as many words as a ticker (``TICKER_MIN_WORDS``).

    >>> bullet_ticker("Wire -- Mar.14  • " + "  • ".join(["Port opens a berth for ferries"] * 5))
    True
    >>> bullet_ticker("By Lan Anh • May 3, 2024 • 3 min read • Updated")
    False
    >>> bullet_ticker("  • ".join(["Home", "World", "Business", "Sports", "Travel"] * 5))
    False
    """
    items = [item for item in _BULLET.split(line.strip()) if item.strip()]
    words = [count_words(item) for item in items]
    return (
        len(items) >= BULLET_TICKER_MIN_ITEMS
        and sum(words) >= TICKER_MIN_WORDS
        and max(words) <= BULLET_ITEM_MAX_WORDS
        and sum(words) >= BULLET_ITEM_MIN_MEAN_WORDS * len(items)
    )


def _ticker_label(text: str) -> bool:
    """A short label heading a ticker ("Off the wire", "Latest news"): a few words, no stop."""
    return count_words(text) <= TICKER_LABEL_MAX_WORDS and not _SENTENCE_STOP.search(text)


def label_bullet_tickers(paras: list[Paragraph]) -> None:
    """Label boilerplate, in place, a bulleted ticker in the page's header (``bullet_ticker``)
    and, when the ticker is the page's second line, the short label over it: read as a
    paragraph of text, the ticker made the label look like the headline over its lede and
    left the headline a heading of the text."""
    for i, para in enumerate(paras[:HEADER_REACH]):
        if para.kind or not bullet_ticker(para.text):
            continue
        para.kind = "boilerplate"
        if i == 1 and not paras[0].kind and _ticker_label(paras[0].text):
            paras[0].kind = "boilerplate"


def label_top_runs(paras: list[Paragraph]) -> None:
    """Label, in place, what runs over a page's header before its headline: a teaser of
    the text (``text.label_top_teaser``), a ticker of other stories (``label_top_ticker``)
    or a bulleted one with its label (``label_bullet_tickers``)."""
    label_top_teaser(paras)
    label_top_ticker(paras)
    label_bullet_tickers(paras)
