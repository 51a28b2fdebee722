"""A section's name before a numeric date and a time, alone on a line (held-out 127, a
magazine's article: "Eurasia 15/05/2024 11:30" under the photo's credit, the section the
piece is filed in, then its day, day first, and the time it went up).

``lines.dateline_date`` takes a line for a date line only when nothing but the date, a
weekday, a time and labels stands on it, so the section's name left the line a heading and
the page undated. One capitalised word of letters, a full numeric date (day first or year
first, a four-digit year) and a time make such a stamp: a headline or a byline does not
end with a time of day."""

from __future__ import annotations

import re

#: One capitalised word, a full numeric date, a time, nothing else.
_SECTION_STAMP = re.compile(
    r"^\s*[A-Z][a-z]{2,20}\s+"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2})"
    r",?\s+\d{1,2}:\d{2}\s*$"
)


def section_stamp(text: str) -> bool:
    """``text`` is a section's name, a numeric date and a time.

    >>> section_stamp("Eurasia 15/05/2024 11:30")
    True
    >>> section_stamp("Eurasia Forum 2024")
    False
    >>> section_stamp("Thanh Ha 15/05/2024 11:30")
    False
    """
    return _SECTION_STAMP.match(text) is not None
