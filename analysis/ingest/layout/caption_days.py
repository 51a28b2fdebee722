"""A day closing a photo caption's sentence: the photo's day, not the page's.

A blog post or news page keeps its photo's caption under the headline, and the caption
often closes with the day the picture was taken: "Protesters on a street in Yangon,
Myanmar on February 6, 2021" over a post that went up five weeks later, on the day its
address gives ("/blog/2021/03/12/...", held-out 142). When the chosen header date is the
day closing such a sentence (a line of four or more words with a lower-case word among
them, then "on <date>" at its end, and no date line's opening such as "Posted" or "By"),
it is flagged ``caption_day``; the flag is listed under ``date.url_date_outranks``, so a full
date in the page's address replaces it. Without an address the caption's day stays the
page's date (the nearest day the page gives).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.ingest.header_forms import MONTHS

#: The date flag (``date_flags``) of a date read from the end of a caption's sentence.
CAPTION_DAY_FLAG = "caption_day"

#: Openings of a date line, not a caption ("Posted on", "Published on", "By Name on").
_DATE_LINE_OPENING = re.compile(
    r"^\W*(?:posted|published|updated|last updated|created|modified|written|filed|"
    r"issued|released|dated?|by|submitted|on)\b",
    re.I,
)


@cache
def _caption_day() -> re.Pattern[str]:
    months = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
    day = rf"(?:(?:{months})\.? \d{{1,2}},? \d{{4}}|\d{{1,2}} (?:{months})\.?,? \d{{4}})"
    return re.compile(rf"^(?P<words>.+?)\s+on\s+(?:\w+day,?\s+)?{day}\W{{0,2}}$", re.I)


def caption_day(text: str) -> bool:
    """Whether ``text`` is a caption's sentence closed by "on <date>".

    >>> caption_day("Protesters on a street in Yangon, Myanmar on February 6, 2021")
    True
    >>> caption_day("Posted by Name on February 6, 2021")
    False
    >>> caption_day("Hanoi, Vietnam, February 6, 2021")
    False
    >>> caption_day("Updated on 6 February 2021")
    False
    """
    line = text.strip()
    found = _caption_day().match(line)
    if found is None or _DATE_LINE_OPENING.match(line):
        return False
    words = found.group("words").split()
    return len(words) >= 4 and any(word.islower() for word in words)
