"""A headline right under a breadcrumb trail closed by its separator (fix38a, held-out 130).

Many sites' templates print the trail of sections down to the page and the page's own
title under it, the trail's last crumb (the page itself) left out, so the trail closes on
its separator: "Home » Press room » Newsroom »" over "Press Release No 07 - April 15th,
2005" (the ministry's page of 2005), "Home > Belt and Road > News >" over a State Council
news page's headline, "Trang chủ > News & Events > News >" over a university's. The line
right under such a trail (one blank line between at most) is the headline (title feature
``under_open_crumb``): the ministry's release had only weak features against its
reference line ("No: 07/TCBC-NGĐ  Date: ...") and its first part's heading. A trail whose
last crumb is printed ("Home » News » Border markers completed") names the page itself,
and a single crumb with a separator ("News »") is a link, not a trail: neither counts."""

from __future__ import annotations

import re

from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import Paragraph

#: A crumb separator with the spaces around it.
_SEPARATOR = re.compile(r"\s+[»>›]\s*")
#: The most words of one crumb of a trail.
_CRUMB_MAX_WORDS = 5


def open_crumb_trail(text: str) -> bool:
    """Whether ``text`` is a breadcrumb trail of two crumbs or more closed by a separator.

    >>> open_crumb_trail("Home » Press room » Newsroom »"), open_crumb_trail("Home » Talks »x")
    (True, False)
    >>> open_crumb_trail("News »"), open_crumb_trail("Home » News » Border markers completed")
    (False, False)
    """
    line = normalize_text(text).strip()
    if not re.search(r"\s[»>›]$", line):
        return False
    crumbs = [c for c in _SEPARATOR.split(line) if c]
    return len(crumbs) >= 2 and all(len(c.split()) <= _CRUMB_MAX_WORDS for c in crumbs)


def under_open_crumb(paras: list[Paragraph], i: int) -> list[str]:
    """``["under_open_crumb"]`` when header line ``i`` stands right under a breadcrumb
    trail closed by its separator (one blank line between at most), else ``[]``.

    >>> from analysis.ingest.layout.lines import split_lines
    >>> paras = split_lines("Home » Press room »\\n\\nEnvoys meet on river ports")
    >>> under_open_crumb(paras, 1)
    ['under_open_crumb']
    """
    if i == 0 or i >= len(paras) or paras[i].line > paras[i - 1].line + 2:
        return []
    return ["under_open_crumb"] if open_crumb_trail(paras[i - 1].text) else []
