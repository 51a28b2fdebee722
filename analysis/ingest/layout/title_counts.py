"""A count in round brackets closing a headline (fix42a, held-out 141's uaport).

An aggregator or a forum prints after each headline how many related items, comments or
readers it has: "China And Vietnam Vessels Collide In Disputed Waters (32)". The number
is the site's, not the story's, and the title goes without it. Only a number of two to
four digits that is not a year counts: a year closing a headline ("White Paper (2019)")
is the story's, and a single digit may be a part number ("Sea disputes explained (2)"),
which the gold keeps as it keeps "[1/2]"; at least three words must be left. A count
that names what it counts ("(45 images)", "(12 photos)", "(3 videos)": a gallery's or a
forum's) goes whatever its number of digits (session 43, held-out 142's photoshelter).
"""

from __future__ import annotations

import re

from analysis.core.text import count_words

#: A space, then a number in round brackets closing the line, with the kind of item it
#: counts or without: "(32)", "(45 images)".
_CLOSING_COUNT = re.compile(
    r"\s+\((?P<count>\d{1,4})(?P<kind>\s+(?:images?|photos?|pictures?|videos?|comments?|replies))?\)\s*$",
    re.IGNORECASE,
)

#: A year a headline may close with: "(1975)", "(2019)".
_YEAR = re.compile(r"(?:1[89]|20)\d{2}")


def without_closing_count(title: str) -> str:
    """``title`` without a count in brackets closing it (see the module's docstring).

    >>> without_closing_count("China And Vietnam Vessels Collide In Disputed Waters (32)")
    'China And Vietnam Vessels Collide In Disputed Waters'
    >>> without_closing_count("Vietnam's 2019 Defense White Paper (2019)")
    "Vietnam's 2019 Defense White Paper (2019)"
    >>> without_closing_count("Sea disputes explained (2)")
    'Sea disputes explained (2)'
    >>> without_closing_count("Highway 14 (32)")
    'Highway 14 (32)'
    >>> without_closing_count("Mekong Dam - Laos Thailand Cambodia (45 images)")
    'Mekong Dam - Laos Thailand Cambodia'
    >>> without_closing_count("Delegates at the border gate (8 Photos)")
    'Delegates at the border gate'
    """
    count = _CLOSING_COUNT.search(title)
    if count is None:
        return title
    if count["kind"] is None and (len(count["count"]) < 2 or _YEAR.fullmatch(count["count"])):
        return title
    head = title[: count.start()]
    return head if count_words(head) >= 3 else title
