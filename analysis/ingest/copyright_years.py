"""The year of the site's own copyright notice among the page's first lines is no date of
the story (held-out 127: "Bulgarian National Radio © 2025 All Rights Reserved" over a news
post that prints no date of its own: the site's year at the visit).

A copyright line further down may be a document's own (a report's cover: "© 2019 Perth
USAsia Centre // All Rights Reserved", held-out 53, dated by it), so only a notice on one of
the first ``TOP_LINES`` paragraphs, the site's header, is marked ``chrome_beside``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

#: How many of the page's first paragraphs make its header.
TOP_LINES = 3

_NOTICE = re.compile(r"©|\(c\)\s*(?:19|20)\d{2}|\bcopyright\b", re.I)


class _Para(Protocol):
    text: str


def copyright_marks(paras: Sequence[_Para], index: int) -> list[str]:
    """``["chrome_beside"]`` for a date on a copyright notice among the page's first
    ``TOP_LINES`` paragraphs, else ``[]``.

    >>> class P:
    ...     def __init__(self, text): self.text = text
    >>> copyright_marks([P("Podcast"), P("Radio © 2025 All Rights Reserved")], 1)
    ['chrome_beside']
    >>> copyright_marks([P("a")] * 5 + [P("© 2019 Centre")], 5)
    []
    """
    top = index < TOP_LINES and index < len(paras)
    return ["chrome_beside"] if top and _NOTICE.search(paras[index].text) else []
