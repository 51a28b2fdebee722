"""Pictographs opening a headline: a social post's flags or emoji set before its title
("🇻🇳🇨🇱 AMBASSADOR ... CALLS ON ...", held-out 99). They decorate the post and are no
words of the headline; a gold title never holds them. Only a leading run is dropped
(flags, the pictograph and symbol blocks, their joiners and variation selectors), so a
title whose words come first keeps any mark after them."""

from __future__ import annotations

import re

#: A run of pictographs (regional-indicator flags, emoji, dingbats and their joiners and
#: variation selectors) and the space after it, at the start of a line.
_LEADING = re.compile(
    "^[\U0001f1e6-\U0001f1ff\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b55\ufe0f\u200d\\s]+"
)


def without_leading_pictographs(title: str) -> str:
    """``title`` without the pictographs opening it; titles with none unchanged.

    >>> without_leading_pictographs("🇻🇳🇨🇱 Ambassador calls on minister")
    'Ambassador calls on minister'
    >>> without_leading_pictographs("Talks resume 🇻🇳")
    'Talks resume 🇻🇳'
    """
    found = _LEADING.match(title)
    if not found or not title[found.end() :].strip():
        return title
    return title[found.end() :]
