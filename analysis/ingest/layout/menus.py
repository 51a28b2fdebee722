"""A site's menu printed one item a line at the top of the page: when the run opens with
at least two section labels ("Home" / "News" / "Archive", ``section_labels`` of
``data/header_scoring.yaml``), the short lines that go on the same run ("Poetry Corner",
"Join the Club") are the menu's other items, not a byline or a headline."""

from __future__ import annotations

import re

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.lines import HEADER_REACH, Paragraph
from analysis.ingest.page_rules import Rules, scoring_of

#: The most words a menu item has; a longer line ends the menu (the headline under it).
MENU_ITEM_MAX_WORDS = 3

#: The fewest section labels that open a run of lines for it to be a menu.
MENU_MIN_LABELS = 2

#: What a menu item never holds: digits, sentence or label punctuation.
_NOT_ITEM = re.compile(r"[\d.:;!?,|]")


def _menu_item(text: str) -> bool:
    return 0 < count_words(text) <= MENU_ITEM_MAX_WORDS and not _NOT_ITEM.search(text)


def label_menu_runs(paras: list[Paragraph], rules: Rules) -> None:
    """Label boilerplate, in place, the short unlabelled lines that continue a menu run
    in the page's first ``2 * HEADER_REACH`` lines (see the module's docstring)."""
    label = scoring_of(rules).section_label
    labels, i = 0, 0
    end = min(len(paras), 2 * HEADER_REACH)
    while i < end:
        p = paras[i]
        adjacent = i > 0 and p.line == paras[i - 1].line + 1
        text = normalize_text(p.text)
        if label.match(text):
            labels = labels + 1 if adjacent or labels == 0 else 1
        elif labels >= MENU_MIN_LABELS and adjacent and not p.kind and _menu_item(text):
            p.kind = "boilerplate"
        else:
            labels = 0
        i += 1
