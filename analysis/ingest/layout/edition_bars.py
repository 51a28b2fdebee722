"""A bar of a paper's editions over the headline (fix78): "SGGP Online SGGP Thể Thao SGGP
Đầu tư Tài chính 中文版 SGGP Epaper", the paper's short name before each edition's.

A line of the header in which one short name (a word in capitals, two to eight letters)
stands ``MIN_REPEATS`` times or more, and which ends no sentence, is a menu of the
site's editions: page furniture, never the headline (``label_edition_bars``). A headline
repeats no word so (one in capitals may repeat "THE" or "AND": an English function word is
no paper's name, fix33c); a line of tags or sections repeating none is left to the menu
tests.
"""

from __future__ import annotations

import re
from collections import Counter

from analysis.core.stop_words import english_stop_words
from analysis.ingest.layout.lines import HEADER_REACH, Paragraph

#: How many times the short name must recur in the line.
MIN_REPEATS = 3

#: The short name: a word in capitals, two to eight letters.
_SHORT_NAME = re.compile(r"(?<!\w)[A-Z]{2,8}(?!\w)")


def is_edition_bar(text: str) -> bool:
    """Whether ``text`` repeats one short name in capitals ``MIN_REPEATS`` times or more,
    ending no sentence.

    >>> is_edition_bar("ABC Online ABC Sport ABC Business ABC Epaper")
    True
    >>> is_edition_bar("ABC and NBC report on the ABC talks")
    False
    """
    if text.rstrip().endswith((".", "?", "!", ":")):
        return False  # a sentence
    stops = english_stop_words()  # "THE", "AND" of a headline in capitals (fix33c)
    counts = Counter(n for n in _SHORT_NAME.findall(text) if n.casefold() not in stops)
    return bool(counts) and max(counts.values()) >= MIN_REPEATS


def label_edition_bars(paras: list[Paragraph]) -> None:
    """Label an edition bar among the header's unlabelled lines as boilerplate."""
    for p in paras[:HEADER_REACH]:
        if p.kind in ("lede", "body"):
            return
        if not p.kind and is_edition_bar(p.text):
            p.kind = "boilerplate"
