"""A journal platform's article-type label over the title (held-out 102): a journal's page
prints the kind of paper alone on its line right over the title ("ISEAS–Yusof Ishak
Institute" / "Article" / the title on Project MUSE; "Original Research Paper" / the title),
the publisher's or journal's name above the label. The line right under the label is the
title (title weight ``under_article_type``); a government's page prints its type under the
headline instead (``page_type_lines``, title weight ``over_type_label``). The line right
over the label names the journal's publisher, not the site showing the page: it is never
read as the site's name (``layout/unlisted.py``).

The labels are ``article_type_lines`` of ``data/page_layout.yaml`` (whole lines,
case-insensitive).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from analysis.core.text import normalize_text
from analysis.ingest.page_rules import layout_alternation


class _Para(Protocol):
    text: str


@cache
def _label() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{layout_alternation('article_type_lines')})\s*$", re.I)


def article_type_label(text: str) -> bool:
    """Whether ``text`` is an article-type label alone on its line.

    >>> [article_type_label(t) for t in ("Article", "Research Article", "Articles on Laos")]
    [True, True, False]
    """
    return bool(_label().match(normalize_text(text)))


def under_article_type(paras: Sequence[_Para], index: int) -> bool:
    """Whether line ``index`` stands right under an article-type label (``article_type_label``)."""
    return index > 0 and article_type_label(paras[index - 1].text)
