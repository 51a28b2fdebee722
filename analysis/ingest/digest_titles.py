"""(titlefix27) A digest's item title quoted inside the digest's own title above it.

A mailing digest or its mirror heads the page with its own title quoting its first item's
(`Name: “<item title>” plus 24 more`), then lists the items and prints each item's title
again over its text. The item's title, printed alone under the digest's and over a date,
outscores the digest's title by its place; but the page's own headline is the line that
quotes it and goes on past the quotation (the digest's count of other items).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import normalize_text

#: The quotation marks a digest's title puts around its item's title.
_OPEN, _CLOSE = '"“‘«', '"”’»'


def quoted_in_digest_title(line: str, above: Sequence[str]) -> bool:
    """``line`` stands whole between quotation marks in one of the header lines ``above``
    it, which goes on with a word after the closing mark: "Name: “Title” plus 24 more"
    over "Title". A line quoted as the last thing on a line above ("Site: “Title”", a
    page's own title over its headline) does not count.

    >>> quoted_in_digest_title("Buses resume at night", ["W: “Buses resume at night” plus 9"])
    True
    >>> quoted_in_digest_title("Buses resume at night", ["Weekly: “Buses resume at night”"])
    False
    """
    key = normalize_text(line).strip().lstrip("-–•·* ")  # the item in the list, too
    if len(key) < _MIN_CHARS:
        return False
    texts = [normalize_text(text) for text in above]
    if not any(key in text for text in texts):  # the pattern holds the key as it is
        return False
    pattern = re.compile(f"[{_OPEN}]{re.escape(key)}[{_CLOSE}]\\s*\\w")
    return any(pattern.search(text) for text in texts)


#: The fewest characters of a quoted item title (a short word quoted is no title).
_MIN_CHARS = 12
