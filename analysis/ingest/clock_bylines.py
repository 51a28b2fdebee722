"""A writer's name glued to the clock time of a stamp: "Thu Trang 09:15, 2022/02/14".

A city paper's mobile page prints, under the headline, the writer's name, a space, then the
time and day it posted the story, with no "By" and no separator between the name and the
time (held-out 129: "Name hh:mm, YYYY/MM/DD"). ``bylines.name_before_date`` reads a name and
a date split by a spaced dash, bar or dot; this gives it the same two pieces when the only
thing between them is a space before a clock time ("H:MM" or "HH:MM", a "h" for the colon as
some sites print it). Whether the first piece is a person's name and the second holds a date
is still checked there, so "Hanoi 09:15, 2022/02/14" (a place) and "Talks resume 10:30 today"
(no date) name no one.
"""

from __future__ import annotations

import re

#: A space, then a clock time opening the rest of the line ("09:15", "9h30").
_BEFORE_CLOCK = re.compile(r"\s+(?=\d{1,2}[:h]\d{2}\b)")

#: The most words of the name before the clock (a writer's name, two writers at most).
NAME_MAX_WORDS = 6


def split_before_clock(text: str) -> list[str]:
    """``text`` split once before its first clock time, when a short piece stands before
    it; else ``[text]``.

    >>> split_before_clock("Thu Trang 09:15, 2022/02/14")
    ['Thu Trang', '09:15, 2022/02/14']
    >>> split_before_clock("The first ferry of the season left the pier at 09:15 with forty")
    ['The first ferry of the season left the pier at 09:15 with forty']
    """
    parts = _BEFORE_CLOCK.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or not 0 < len(parts[0].split()) <= NAME_MAX_WORDS:
        return [text]
    return parts
