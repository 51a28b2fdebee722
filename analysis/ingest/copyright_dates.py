"""A date on a copyright notice's line is the site's, not the page's (held-out 129 and
127; one module since session 37).

A small site's reprint page prints its copyright notice under its masthead with the day it
last revised the site: "©  1997-2014Venture Group, Inc. All rights reserved.   Revised
March 1, 2004", over a story its cover dates "Issue cover-dated June 13, 2002". A notice
(a copyright sign or the word "Copyright", and "All rights reserved") states who owns the
site and when its pages were last touched; a day on its line never dates the article it
carries. Such a day (the notice's own year is left alone: a report's "© 2019 Centre // All
Rights Reserved" dates the report) gets the ``copyright_notice`` feature (a date weight
against it in ``data/header_scoring.yaml``); a page whose only date is there stays undated
unless another rule reads it.

The year of the site's own notice among the page's first ``TOP_LINES`` paragraphs, its
header ("Bulgarian National Radio © 2025 All Rights Reserved" over a post that prints no
date), is the site's year at the visit, not the story's: ``header_notice_marks`` marks it
``chrome_beside``. A notice further down may be a document's own (a report's cover, held-out
53, dated by it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

_NOTICE = re.compile(r"(?:©|\(c\)|\bcopyright\b).*\ball rights reserved\b", re.I)


def copyright_marks(text: str, precision: str = "day") -> list[str]:
    """``copyright_notice`` when ``text`` holds a copyright notice with "All rights reserved"
    and the date found there is a day (a revision's day); the notice's own year ("© 2019
    Centre // All Rights Reserved", a report's year of publication) is no site's stamp.

    >>> copyright_marks("© 1997-2014 Delta Co. All rights reserved. Revised March 1, 2004")
    ['copyright_notice']
    >>> copyright_marks("© 2019 Delta Centre // All Rights Reserved", "year")
    []
    >>> copyright_marks("Copyright law was revised on March 1, 2004")
    []
    """
    return ["copyright_notice"] if precision == "day" and _NOTICE.search(text) else []


#: How many of the page's first paragraphs make its header.
TOP_LINES = 3

_HEADER_NOTICE = re.compile(r"©|\(c\)\s*(?:19|20)\d{2}|\bcopyright\b", re.I)


class _Para(Protocol):
    text: str


#: The longest line that is a site's notice alone ("Bulgarian National Radio © 2025 All
#: Rights Reserved"); a document's first page run into one line is longer.
NOTICE_LINE_MAX = 90


def header_notice_marks(
    paras: Sequence[_Para], index: int, above_headline: bool = True
) -> list[str]:
    """``["chrome_beside"]`` for a date on a copyright notice among the page's first
    ``TOP_LINES`` paragraphs, else ``[]``: above the headline any notice, elsewhere (the
    headline not found, or a chrome line taken for it) a short line that is the whole
    notice, "All rights reserved" with it (fix40b; the caller leaves out a notice right
    under the headline, a report cover's).

    >>> class P:
    ...     def __init__(self, text): self.text = text
    >>> header_notice_marks([P("Podcast"), P("Radio © 2025 All Rights Reserved")], 1)
    ['chrome_beside']
    >>> header_notice_marks([P("a")] * 5 + [P("© 2019 Centre")], 5)
    []
    >>> header_notice_marks([P("Podcast"), P("Radio © 2025 All Rights Reserved")], 1, False)
    ['chrome_beside']
    >>> header_notice_marks([P("Title"), P("Vol. 1 ... © Springer 2023 Abstract ...")], 1, False)
    []
    """
    if index >= min(TOP_LINES, len(paras)):
        return []
    text = paras[index].text
    if not above_headline:
        whole = len(text) <= NOTICE_LINE_MAX and _NOTICE.search(text)
        return ["chrome_beside"] if whole else []
    return ["chrome_beside"] if _HEADER_NOTICE.search(text) else []
