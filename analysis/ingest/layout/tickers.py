"""A news ticker pasted at the top of a page: the site's running line of other stories'
headlines, run together on one line without a single sentence stop ("Radio archive
digitisation drive reaches its second phase Press club polls postponed in Quetta Court
orders release of ..."), over the site's name and section. Long enough to pass for the
lede, it would hide the header under it; it is page furniture."""

from __future__ import annotations

import re

from analysis.core.text import count_words
from analysis.ingest.layout.lines import Paragraph, is_prose
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


def label_top_runs(paras: list[Paragraph]) -> None:
    """Label, in place, what runs over a page's header before its headline: a teaser of
    the text (``text.label_top_teaser``) or a ticker of other stories (``label_top_ticker``)."""
    label_top_teaser(paras)
    label_top_ticker(paras)
