"""The page's own headline at the foot of a stack of headlines (misses27): a portal prints
links to other stories in the header, each of headline length, between its clock and the
page's own headline (held-out 71: "Celebrating the International Women's Day 2019" /
"Celebrating the 89th Anniversary of ..." / the headline / the lede). The page's own
headline is the last line of the stack, right over the text, and the only one whose words
the first paragraph of running text takes up ("Friendship union opens a language club for
workers ..." over "The provincial union of friendship associations has started weekly
Japanese lessons for workers ..."): title feature ``echoed_in_lede``.

Tried and dropped: the feature for any header line the lede echoes. A standfirst, a
caption, an author line or a digest's first item heading then outranked the headline on 9
zoo pages (title 98.4 -> 97.7 %): the echo alone says "about the same story", not "the
headline"; the stack of lines no lede echoes says "links to other stories".

The stack: ``STACK_MIN_ABOVE`` unlabelled lines of headline length right above the line,
on consecutive lines of the file (a block of links, one a line, no blank line between),
each without a sentence's stop or a web address, none echoed by the lede."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from analysis.ingest.metadata import Para

#: A word of four letters or more (shorter words are mostly joining words).
_WORD = re.compile(r"[^\W\d_]{4,}")

#: How many letters of a word are compared (a crude stem: "Japanese" and "Japan").
STEM_LETTERS = 5

#: The fewest words of four letters or more the line needs to be compared.
ECHO_MIN_WORDS = 3

#: How many headline-length lines stand right above the page's own headline in a stack.
STACK_MIN_ABOVE = 2

#: The words of a line of such a stack (a headline's length, not a label's).
STACK_LINE_WORDS = range(4, 26)


def _stems(text: str) -> set[str]:
    return {w.casefold()[:STEM_LETTERS] for w in _WORD.findall(text)}


def echoed_in_lede(text: str, lede: str) -> bool:
    """Whether half or more of the words of four letters or more of header line ``text``
    (``ECHO_MIN_WORDS`` at least, two shared at least) stand in ``lede`` too.

    >>> lede = "The provincial union of friendship associations has started weekly "
    >>> lede += "Japanese lessons for workers of factories owned by Japanese investors."
    >>> echoed_in_lede("Friendship union opens a language club for workers at Japanese firms", lede)
    True
    >>> echoed_in_lede("Celebrating the International Women's Day 2019", lede)
    False
    """
    stems = _stems(text)
    shared = stems & _stems(lede)
    return len(stems) >= ECHO_MIN_WORDS and len(shared) >= 2 and 2 * len(shared) >= len(stems)


def _link_line(p: Para, lede: str) -> bool:
    """An unlabelled line of headline length, without a sentence's stop, that ``lede``
    does not echo: a link to another story."""
    text = p.text.strip()
    return (
        not p.kind
        and len(text.split()) in STACK_LINE_WORDS
        and not re.search(r"[.!?:;]$|://|www\.", text)
        and not echoed_in_lede(text, lede)
    )


def stack_headline(paras: Sequence[Para], index: int, first_prose: int) -> bool:
    """Whether line ``index``, right above the first paragraph of running text
    (``first_prose``), is echoed by it and stands under ``STACK_MIN_ABOVE`` links to other
    stories (``_link_line``) on the lines of the file right above it: the page's own
    headline at the foot of the stack."""
    if index + 1 != first_prose or index < STACK_MIN_ABOVE or first_prose >= len(paras):
        return False
    lede = paras[first_prose].text
    stack = paras[index - STACK_MIN_ABOVE : index + 1]
    block = all(b.line == a.line + 1 for a, b in pairwise(stack))  # one line each, no gap
    links = all(_link_line(p, lede) for p in stack[:-1])
    return block and links and echoed_in_lede(paras[index].text, lede)
