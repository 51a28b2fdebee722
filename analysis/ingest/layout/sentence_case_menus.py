"""A site's menu printed one item a line in sentence case: "Past issues" / "Special issues"
/ "Fact Box" / "Feature Articles" / "Mail to editor" / "Mail magazine" (held-out 116's
Japan Press Weekly module page). ``menus.in_menu_run`` reads a run of items whose every
word is capitalised, so such a menu's "Mail to editor" stood as the headline. Here the
items are shorter: at least ``SENTENCE_MENU_MIN_LINES`` lines on consecutive lines of the
file, each of one to ``SENTENCE_ITEM_MAX_WORDS`` words opened by a capital, without a digit
or a sentence's or label's punctuation (a label in square brackets after the item stays:
"Blog [Japanese]"). As in ``in_menu_run`` the run's last line is left out: a short
headline may stand right under a menu. It gives the title feature ``menu_run``."""

from __future__ import annotations

import re

from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.layout.menus import run_edge

#: The fewest consecutive lines of a menu in sentence case.
SENTENCE_MENU_MIN_LINES = 5

#: The most words of one item.
SENTENCE_ITEM_MAX_WORDS = 3

#: What an item never holds: a digit, a sentence's or a label's punctuation, a bar.
_NOT_ITEM = re.compile(r"[\d.!?:;,|>»/]")

#: A label in square brackets closing an item ("Blog [Japanese]").
_BRACKET_LABEL = re.compile(r"\s*\[[^\[\]]{1,20}\]$")

#: The kinds a line already has that make it no menu item (a date line, a byline).
_NOT_ITEM_KINDS = frozenset({"dateline", "byline", "credit", "caption"})


def sentence_case_item(p: Paragraph) -> bool:
    """A line of one to ``SENTENCE_ITEM_MAX_WORDS`` words opened by a capital, without
    digits or punctuation, not already a date line or a byline: a menu's item."""
    text = _BRACKET_LABEL.sub("", normalize_text(p.text).strip())
    words = text.split()
    return (
        p.kind not in _NOT_ITEM_KINDS
        and 0 < len(words) <= SENTENCE_ITEM_MAX_WORDS
        and text[:1].isupper()
        and not _NOT_ITEM.search(text)
    )


def in_sentence_case_menu(paras: list[Paragraph], i: int) -> bool:
    """Whether header line ``i`` is an item, not the last, of a menu printed one item a line
    in sentence case (see the module's docstring)."""
    if not sentence_case_item(paras[i]):
        return False
    start = run_edge(paras, i, -1, sentence_case_item)
    end = run_edge(paras, i, 1, sentence_case_item)
    return end - start + 1 >= SENTENCE_MENU_MIN_LINES and i < end


def sentence_menu_features(paras: list[Paragraph], i: int, features: list[str]) -> list[str]:
    """The title feature ``menu_run`` when line ``i`` is such an item and has no
    ``menu_run`` yet (``menus.in_menu_run``), else []."""
    return ["menu_run"] if "menu_run" not in features and in_sentence_case_menu(paras, i) else []
