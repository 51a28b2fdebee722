"""A content system's article-info row read alone, never a headline.

Joomla prints an article's details in one row under its headline: "Category: World
Published on Thursday, 20 June 2024 21:14 Hits: 0" (``Written by``, ``Created:``, ``Last
Updated:``, ``Parent Category:`` on other templates). A reader or aggregator that copies
the story without its headline keeps the row over the text, where it was read as the
headline (held-out 121). A line holding two or more different labels of such a row
(``article_info_labels`` of ``data/header_scoring.yaml``) is the row: the title feature
``article_info`` weighs it down. One label alone ("Category: World", a section's label;
"Published on 3 May 2024", a date line) is left to the other rules.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import normalize_text

#: The fewest different labels that make a line an article-info row.
MIN_LABELS = 2


@cache
def _labels() -> tuple[re.Pattern[str], ...]:
    """``article_info_labels`` of ``data/header_scoring.yaml``, each compiled (whole
    words, case-insensitive)."""
    labels = load_data_file("header_scoring.yaml").get("article_info_labels") or []
    return tuple(re.compile(r"(?:^|\s)(?:" + label + r")(?=\s|$)", re.I) for label in labels)


def article_info_line(text: str) -> bool:
    """Whether ``text`` holds ``MIN_LABELS`` or more different labels of an article-info
    row ("Category: World Published on ... Hits: 0").

    >>> article_info_line("Category: World Published on Thursday, 20 June 2024 21:14 Hits: 0")
    True
    >>> article_info_line("Category: World")
    False
    """
    line = normalize_text(text)
    return sum(1 for label in _labels() if label.search(line)) >= MIN_LABELS


def article_info_features(text: str) -> list[str]:
    """``["article_info"]`` for an article-info row (``article_info_line``), else ``[]``."""
    return ["article_info"] if article_info_line(text) else []
