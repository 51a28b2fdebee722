"""A headline broken before a joining word: its tail on the next line of the file opens in
lower case ("Mekong River Commission Funding: Issues" / "for Congress", a report's title
page; "Hanoi meeting: Solidarity" / "with Cuban farmers!", a weekly's headline over two
lines; held-out 77). A header line never opens with a lower-case joining word of its own,
so such a line is the end of the line above it, which ``broken_lines`` joins to it.

The page's evidence: the two lines stand on consecutive lines of the file, the upper one
(``UPPER_MIN_WORDS`` words or more) closes no sentence, clause or label, and the lower one
is short (``TAIL_MAX_WORDS`` words at most), opens with a joining word in lower case
(``wrap_joining_words`` of ``data/page_layout.yaml``: "for", "with", "of" ...) and ends no
sentence with a full stop (a headline's "!" or "?" may close it); a byline under the
headline ("by Marcus Tan, Singapore", ``byline_prefix``) continues none.

A title page's headline centred over three lines (a slide deck's or a report's cover:
"   Border Trade between" / "Vietnam and Laos: A Field" / "          Survey", fix32a)
ends in a last piece of one or two capitalised words that reads alone as a label: when
the lines above are already joined as one broken headline (``broken_lines``), that piece
stands indented (centred) on the file's next line, and the headline closes nothing and
ends in a capitalised word, it is the headline's end (``centred_tail``); a writer's name
or an outlet's is not. A journal cover's title in sentence case broken after a joining word
("... and the search for" / "export markets in northern Vietnam", a blank line under it)
goes on in its lower-case tail too (``lower_case_tail``, fix32a)."""

from __future__ import annotations

import re

from analysis.core.text import count_words
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import load_rules, outlet_named

#: The fewest words of the line a tail continues.
UPPER_MIN_WORDS = 3

#: The most words of the tail.
TAIL_MAX_WORDS = 8

#: A line's end that closes a sentence, a clause, a label or a bracket.
LINE_CLOSED = re.compile(r"[.!?:;,…\"”'’)\]|»>]$")


def headline_tail(upper: str, lower: str) -> bool:
    """Whether ``lower`` (the next line of the file) is the lower-case tail of the headline
    ``upper`` (see the module's docstring).

    >>> headline_tail("Hanoi meeting: Solidarity", "with Cuban farmers!")
    True
    >>> headline_tail("Hanoi meeting: Solidarity", "With Cuban farmers!")
    False
    >>> headline_tail("Pumps arrive in the delta.", "with spare parts")
    False
    """
    words = lower.split()
    rules = load_rules()
    if not words or not words[0].islower() or words[0] not in rules.wrap_joining_words:
        return False
    if rules.byline_prefix.match(lower):
        return False  # "... for Harbour Patrols" / "by Marcus Tan, Singapore": the byline
    return (
        count_words(upper) >= UPPER_MIN_WORDS
        and not LINE_CLOSED.search(upper)
        and count_words(lower) <= TAIL_MAX_WORDS
        and not lower.rstrip().endswith((".", ",", ":", ";"))
    )


#: The most words of a centred headline's last piece.
CENTRED_TAIL_MAX_WORDS = 2


def centred_tail(upper: Paragraph, lower: Paragraph) -> bool:
    """Whether ``lower`` (on the file's next line) is the last, centred piece of the
    headline ``upper`` already joined from several lines (see the module's docstring)."""
    pieces = [line for line in upper.raw.splitlines() if line.strip()]
    words, above = lower.text.split(), upper.text.split()
    if len(pieces) < 2 or not 0 < len(words) <= CENTRED_TAIL_MAX_WORDS or not above:
        return False
    centred = lower.raw[:1].isspace() and any(line[:1].isspace() for line in pieces)
    capitals = all(w[:1].isupper() and w.isalpha() for w in [*words, above[-1]])
    if not centred or not capitals or LINE_CLOSED.search(upper.text):
        return False
    rules = load_rules()
    return not looks_like_name(lower.text, rules) and outlet_named(lower.text, rules) is None


#: The most words of a headline's lower-case tail after a joining word.
LOWER_TAIL_MAX_WORDS = 8


def lower_case_tail(upper: Paragraph, lower: Paragraph) -> bool:
    """Whether ``lower`` (the file's next line, a blank line under it) ends the headline
    ``upper`` broken after a joining word in sentence case ("Provincial trade offices and
    the search for" / "export markets in northern Vietnam", a journal's cover, fix32a)."""
    above, words = upper.text.split(), lower.text.split()
    if len(above) < UPPER_MIN_WORDS or not 0 < len(words) <= LOWER_TAIL_MAX_WORDS:
        return False
    rules = load_rules()
    if above[-1].casefold() not in rules.wrap_joining_words or not above[0][:1].isupper():
        return False
    ends_block = lower.raw.endswith("\n\n") and not LINE_CLOSED.search(lower.text)
    return ends_block and words[0][:1].islower() and "\n\n" not in upper.raw
