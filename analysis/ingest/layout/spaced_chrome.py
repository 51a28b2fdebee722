"""A row of a page's skip and help links copied with a space between them (held-out 132):
"Skip to main content Accessibility help" over a publisher's book chapter. Each link's
label is chrome (``chrome`` of ``data/header_scoring.yaml``), but the row matched no
whole-line pattern and, first on the page, was read as the headline. The row is cut where
a space stands between a lower-case letter and a capital (a new label's first word), and it
is chrome when every piece is; a headline in title case ("Vietnam Widens Its Farm Ties")
cuts into words that are no chrome labels, so it stays a headline."""

from __future__ import annotations

import re

from analysis.ingest.layout.glued_chrome import chrome_row

#: Where two labels meet: a space after a lower-case letter and before a capital.
_SEAM = re.compile(r"(?<=[a-z])\s+(?=[A-Z])")

#: The most characters of such a row.
ROW_MAX_CHARS = 120


def spaced_chrome(text: str, chrome: re.Pattern[str]) -> bool:
    """Whether ``text`` is two or more chrome labels side by side, a space between them
    (``chrome`` matches each whole piece).

    >>> chrome = re.compile(r"^\\s*(?:skip to main content|accessibility help)\\s*$", re.I)
    >>> spaced_chrome("Skip to main content Accessibility help", chrome)
    True
    >>> spaced_chrome("Skip to main content Vietnam and the Forum", chrome)
    False
    >>> spaced_chrome("Skip to main content", chrome)
    False
    """
    return chrome_row(text, _SEAM, chrome, ROW_MAX_CHARS)
