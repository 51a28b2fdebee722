"""Header lines broken in the middle, joined before the page is read: an official
document's header prints its issuer, its state's name and its date in a narrow column
("MINISTRY OF" / "INDUSTRY AND TRADE", "SOCIALIST REPUBLIC" / "OF THE UNION", "Hanoi,
June" / "12, 2023"), so each half alone reads as something else (a name, a year)."""

from __future__ import annotations

import re

from analysis.core.text import count_words, normalize_text
from analysis.ingest.date_scoring import MONTHS
from analysis.ingest.layout.lines import HEADER_REACH, Paragraph

#: A short line in capitals ending with a joining word: "MINISTRY OF", "DEPARTMENT FOR".
_OPEN_NAME = re.compile(r"^[^\W\d_a-z][^a-z]*\s(?:OF|AND|FOR|THE)$")

#: A short line in capitals opening with "OF": "OF VIETNAM", "OF THE UNION".
_OF_NAME = re.compile(r"^OF\s[^\W\d_a-z][^a-z]*$")

#: A place and a month name at the end of a line: "Hanoi, June".
_PLACE_MONTH = re.compile(r",\s(?P<month>[^\W\d_]{3,9})\.?$")

#: A day and a year opening the next line: "12, 2023".
_DAY_YEAR = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?,?\s(?:19|20)\d{2}\b")

#: The most words either half of a broken name may have.
_HALF_MAX_WORDS = 5


def _capitals(text: str) -> bool:
    return text.upper() == text and count_words(text) <= _HALF_MAX_WORDS


def _broken(upper: str, lower: str) -> bool:
    """Whether line ``lower`` continues line ``upper`` (see the module's docstring)."""
    names = _OPEN_NAME.match(upper) or _OF_NAME.match(lower)
    if names and _capitals(upper) and _capitals(lower):
        return True
    month = _PLACE_MONTH.search(upper)
    return bool(month and month.group("month").casefold() in MONTHS and _DAY_YEAR.match(lower))


def join_broken_header_lines(paras: list[Paragraph]) -> None:
    """Join, in place, each pair of header lines (the first ``2 * HEADER_REACH``) on
    consecutive lines of the file where the second continues the first."""
    i = 0
    while i + 1 < min(len(paras), 2 * HEADER_REACH):
        upper, lower = paras[i], paras[i + 1]
        adjacent = lower.line == upper.line + 1 and not upper.kind and not lower.kind
        if adjacent and _broken(normalize_text(upper.text), normalize_text(lower.text)):
            upper.text = f"{upper.text} {lower.text}"
            upper.raw += lower.raw
            del paras[i + 1]
            continue
        i += 1
