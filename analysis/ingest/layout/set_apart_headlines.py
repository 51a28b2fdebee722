"""A long headline set apart from the text by a wider gap: the page's first line, one clause
without any stop, over more blank lines than stand between the paragraphs of running text
below it ("The Hanoi Union of ... welcomed a delegation of ... to discuss people to people
exchanges" / two blank lines / the lede / one blank line / the next paragraph). A small
site's page prints a headline written as a sentence of up to ``TITLE_MAX_WORDS`` words; by
its length it reads as prose, and its lede may have lost its closing stop too (held-out
116's HAUFO page), so ``headline_over_text``'s test of a long first line over a lede that
closes a sentence does not see it. The wider gap is the page's own mark of a headline: a
lede opening a page without a headline stands as far from the next paragraph as the
paragraphs stand from each other."""

from __future__ import annotations

import re

from analysis.core.text import count_words
from analysis.ingest.layout.lines import TITLE_MAX_WORDS, Paragraph, is_prose

#: A closing stop, comma or bracket, or a stop inside: a sentence, not a headline.
CLAUSE_CLOSED = re.compile(r"[.!?…:;,\"”’)]$|[.!?;]\s")


def blanks_after(p: Paragraph) -> int:
    """The number of blank lines that follow paragraph ``p`` in the file (kept in its raw)."""
    lines = p.raw.splitlines()
    return len(lines) - len("\n".join(lines).rstrip().splitlines())


def set_apart_headline(paras: list[Paragraph], i: int) -> bool:
    """Whether line ``i`` is the page's first line, without any stop and of at most
    ``TITLE_MAX_WORDS`` words, over two unlabelled paragraphs of running text, with more
    blank lines under it than under the first of them (see the module's docstring)."""
    if i != 0 or len(paras) < 3 or paras[1].kind or paras[2].kind:
        return False
    text = paras[0].text.strip()
    return (
        count_words(text) <= TITLE_MAX_WORDS
        and not CLAUSE_CLOSED.search(text)
        and is_prose(paras[1].text)
        and is_prose(paras[2].text)
        and blanks_after(paras[0]) > blanks_after(paras[1]) >= 1
    )
