"""A title wrapped in a narrow column of title-case lines (held-out 118, fix35c).

A consultancy's briefing printed from a word processor sets its title in a narrow column
beside the letterhead: "Vietnam and the Philippines:" / "Coast Guard Talks, Fisheries" /
"Hotline and the Code of" / "Conduct", then the analyst's name and the day. The column
breaks the title anywhere: after its colon, inside a compound ("Fisheries" / "Hotline"),
after a joining word ("Code of" / "Conduct", which ``broken_lines`` already joins). Read
line by line, only the last two pieces were joined and taken as the headline. Two more
breaks are read here, each between two lines of the file with no blank line between
(``broken_lines._continues`` asks):

- ``colon_head_goes_on``: a head in title case closed by the title's colon, three words
  or more, over a line in title case that goes on (no closing stop, colon or comma, at
  most ``PIECE_MAX_WORDS`` words), which is no person's name, no outlet's and holds no
  year: "Vietnam and the Philippines:" / "Coast Guard Talks, Fisheries". A label over a
  name ("Prepared for the Council:" / "Martin Keller") or over a sentence stays apart.
- ``middle_piece``: a line in title case ending with a word no headline ends in
  (``wrap_never_final_words`` of ``data/page_layout.yaml``, in small letters: "Hotline and
  the Code of"; a name's "An" in "Nguyen Van An" is none) is
  a wrapped title's middle piece (``MIDDLE_MIN_WORDS`` words or more: "Office of" alone
  heads an office's name), so it goes on with the line above it when that line is in
  title case, closes nothing (no stop, colon, comma or bracket), holds three words or more
  and is no outlet's name: "... Coast Guard Talks, Fisheries" / "Hotline and the Code of".
  A headline in sentence case over it, or a date line, stays apart.
"""

from __future__ import annotations

import re

from analysis.core.text import count_words
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.headline_tails import LINE_CLOSED
from analysis.ingest.page_rules import load_rules, outlet_named

#: The most words of one piece of a wrapped title.
PIECE_MAX_WORDS = 8

#: The fewest words of the line a piece goes on from.
UPPER_MIN_WORDS = 3

#: The fewest words of a middle piece: a shorter line ending with a joining word ("Office
#: of", "Ministry of") is the head of an office's name broken in a narrow column ("Office
#: of" / "the Government" under a hard-wrapped headline, held-out 121), not a title's piece.
MIDDLE_MIN_WORDS = 3


#: A year: a date line or a dated name is no piece of a title.
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _title_case(text: str) -> bool:
    """Whether every word of ``text`` that is not a joining word opens with a capital (a
    word opening with a digit or a mark is passed over), and at least one does."""
    joining = load_rules().wrap_joining_words
    words = [w.strip("“”\"'‘’(),:;") for w in text.split()]
    capitalised = [w for w in words if w[:1].isalpha() and w.casefold() not in joining]
    return bool(capitalised) and all(w[:1].isupper() for w in capitalised)


def _piece(text: str) -> bool:
    """A piece of a wrapped title: it opens with a capital, in title case, no year,
    ``PIECE_MAX_WORDS`` words at most."""
    words = count_words(text)
    return (
        0 < words <= PIECE_MAX_WORDS
        and text[:1].isupper()
        and _title_case(text)
        and not _YEAR.search(text)
    )


def colon_head_goes_on(upper: str, lower: str) -> bool:
    """Whether ``lower`` goes on with the title head ``upper`` closed by its colon (the
    module's docstring).

    >>> colon_head_goes_on("Vietnam and the Philippines:", "Coast Guard Talks, Fisheries")
    True
    >>> colon_head_goes_on("Prepared for the Council:", "Martin Keller")
    False
    """
    if not upper.endswith(":") or count_words(upper) < UPPER_MIN_WORDS or not _title_case(upper):
        return False
    if not _piece(lower) or LINE_CLOSED.search(lower):
        return False
    rules = load_rules()
    return not looks_like_name(lower, rules) and outlet_named(lower, rules) is None


def middle_piece(upper: str, lower: str) -> bool:
    """Whether ``lower``, a wrapped title's middle piece, goes on with ``upper`` (the
    module's docstring).

    >>> middle_piece("Coast Guard Talks, Fisheries", "Hotline and the Code of")
    True
    >>> middle_piece("Talks open in Hanoi today", "Hotline and the Code of")
    False
    >>> middle_piece("Prime Minister Meets His Guest Before Talks", "Office of")
    False
    """
    words = lower.split()
    last = words[-1] if len(words) >= MIDDLE_MIN_WORDS else ""
    if not last.islower() or last not in load_rules().wrap_never_final_words:
        return False
    if not _piece(lower):
        return False
    if count_words(upper) < UPPER_MIN_WORDS or LINE_CLOSED.search(upper) or not _title_case(upper):
        return False
    return not _YEAR.search(upper) and outlet_named(upper, load_rules()) is None


def wrapped_title_piece(upper: str, lower: str) -> bool:
    """Whether ``lower`` (the file's next line) goes on with ``upper`` as a piece of a title
    wrapped in a narrow column (``colon_head_goes_on`` or ``middle_piece``)."""
    return colon_head_goes_on(upper, lower) or middle_piece(upper, lower)
