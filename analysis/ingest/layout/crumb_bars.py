"""(fix42c) A title bar joining the site, its section and the headline with '::'.

Some sites' title bars (and the pages saved from them) print the path to the article as
``Site::Section::Headline`` ("NET25::News::<headline>"), with or without spaces around the
marks. '::' never stands inside an English headline, so when every piece before the last
is a short name (``CRUMB_MAX_WORDS`` words or fewer, each capitalised, no stop) and the
last has ``HEADLINE_MIN_WORDS`` words or more, the headline is the last piece alone.
"""

from __future__ import annotations

import re

#: The most words of one piece of the path before the headline (a site's or section's name).
CRUMB_MAX_WORDS = 3

#: The fewest words of the headline closing the bar.
HEADLINE_MIN_WORDS = 4

_MARK = re.compile(r"\s*::\s*")
_STOP = re.compile(r"[.!?]")


def _is_name(piece: str) -> bool:
    """Whether ``piece`` is a short name: ``CRUMB_MAX_WORDS`` words or fewer, each opening
    with a capital or a digit, no sentence stop."""
    words = piece.split()
    short = 0 < len(words) <= CRUMB_MAX_WORDS and not _STOP.search(piece)
    return short and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def without_crumb_bar(title: str) -> str:
    """``title`` without the site's and section's names a '::' title bar prints before it.

    >>> without_crumb_bar("DELTA TV::News::Night ferries return to the lower delta")
    'Night ferries return to the lower delta'
    >>> without_crumb_bar("Night ferries return :: a sailing of four hours")
    'Night ferries return :: a sailing of four hours'
    """
    if "::" not in title:
        return title
    *crumbs, last = _MARK.split(title.strip())
    short = all(_is_name(c) for c in crumbs)
    return last if short and len(last.split()) >= HEADLINE_MIN_WORDS else title
