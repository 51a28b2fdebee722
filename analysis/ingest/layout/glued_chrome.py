"""A row of a page's buttons copied without the spaces between them (misses27): "Share this
articleComments", "Share this articleClose Button", "Video PlayerClose", "Copy/paste the
article video embed link below:Copy to clipboardCopied". Each button's label is chrome
(``chrome`` of ``data/header_scoring.yaml``), but the row, glued, matched no whole-line
pattern and was read as a heading of the text (or a headline). The row is cut where a
lower-case letter or a colon runs into a capital, and it is chrome when every piece is."""

from __future__ import annotations

import re

#: Where two labels run together: a lower-case letter or a colon before a capital.
_GLUE = re.compile(r"(?<=[a-z:])(?=[A-Z])")

#: The most characters of such a row.
ROW_MAX_CHARS = 160


def glued_chrome(text: str, chrome: re.Pattern[str]) -> bool:
    """Whether ``text`` is two or more chrome labels run together (``chrome`` matches each
    whole piece).

    >>> chrome = re.compile(r"^\\s*(?:share this article|comments|close)\\s*$", re.I)
    >>> glued_chrome("Share this articleComments", chrome)
    True
    >>> glued_chrome("Share this articleMost Read", chrome)
    False
    """
    return chrome_row(text, _GLUE, chrome, ROW_MAX_CHARS)


def chrome_row(text: str, seam: re.Pattern[str], chrome: re.Pattern[str], max_chars: int) -> bool:
    """Whether ``text`` (at most ``max_chars``), cut at ``seam``, is two or more pieces that
    ``chrome`` matches whole: a row of labels (shared with ``layout/spaced_chrome.py``)."""
    if len(text) > max_chars:
        return False
    pieces = seam.split(text.strip())
    return len(pieces) >= 2 and all(chrome.match(piece) for piece in pieces)
