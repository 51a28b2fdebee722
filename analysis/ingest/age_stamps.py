"""A date shown with its age in brackets is a mail's or a post's display stamp (fix37b).

A mail client's message view prints the sending time with its age beside it ("Thu, Oct 10,
2024, 9:12 PM (2 days ago)", held-out 120's Gmail copy), as a forum or comment thread
prints a post's: the day the message was sent or the reply written, not the day of the
story pasted under it, which prints its own date ("Oct 7, 2024" under the writer's name).
Such a line weighs as the site's clock (date feature ``site_clock``): with no other date it
still dates the page, but a date printed with the story outranks it. A bracketed age alone
under no date, or an age in running text ("... two days ago (Monday)"), marks nothing;
the age alone on the line right under the stamp (as the page reader splits it) counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.ingest.metadata import Para

#: An age in brackets closing a line after a date and time: "(2 days ago)", "(about an hour
#: ago)", "(3 minutes ago)".
_AGE_TEXT = (
    r"\(\s*(?:about |over |almost )?(?:an?|one|\d{1,3})\s"
    r"(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\sago\s*\)\s*$"
)
_AGE = re.compile(r"\d.{0,60}" + _AGE_TEXT, re.I)
#: The age alone on the line under the stamp (the reader splits "(2 days ago)" off it).
_AGE_ALONE = re.compile(r"^\s*" + _AGE_TEXT, re.I)


def aged_stamp(text: str) -> bool:
    """Whether ``text`` closes with an age in brackets after a date or time.

    >>> aged_stamp("Thu, Oct 10, 2024, 9:12 PM (2 days ago)")
    True
    >>> aged_stamp("(2 days ago)")
    False
    """
    return bool(_AGE.search(text))


def age_marks(paras: Sequence[Para], index: int) -> list[str]:
    """The date features of this module for date line ``index``: ``["site_clock"]`` when
    the line shows the date's age (``aged_stamp``) or the next line is that age alone,
    else none."""
    below = paras[index + 1].text if index + 1 < len(paras) else ""
    aged = aged_stamp(paras[index].text) or bool(_AGE_ALONE.match(below))
    return ["site_clock"] if aged else []
