"""A headline broken after a joining word with a blank line between its two pieces
(held-out 136): a page laid out in a narrow box prints its headline over two lines, and a
copy keeps the break as a paragraph's ("Why Viet Nam values the themes chosen for" / "" /
"the Summit in Japan and the its Outreach Meeting"). The upper piece ends with a joining
word (``wrap_joining_words`` of ``data/page_layout.yaml``: "for", "of", "the" ...), which
no headline's own last word is and no paragraph's last word is either; the lower one opens
in lower case, as no headline, byline or paragraph of its own does, is short and closes no
sentence, clause or label. ``broken_lines`` joins the two across the one blank line."""

from __future__ import annotations

from analysis.core.text import count_words
from analysis.ingest.layout.headline_tails import LINE_CLOSED, UPPER_MIN_WORDS
from analysis.ingest.page_rules import load_rules

#: The most words of the lower piece.
LOWER_MAX_WORDS = 12

#: The most words of the upper piece: a headline broken in a narrow box is short on each
#: line; a longer line ending in a joining word is a paragraph's open sentence ("Readers
#: can find the timetable ... on the website of" / "" / "cgtn.com").
UPPER_MAX_WORDS = 12


def blank_broken_tail(upper: str, lower: str) -> bool:
    """Whether ``lower`` (after one blank line) is the rest of the headline ``upper`` broken
    after a joining word (see the module's docstring).

    >>> blank_broken_tail("Why river towns share one timetable for", "the dry season ahead")
    True
    >>> blank_broken_tail("Why river towns share one timetable for", "The dry season ahead")
    False
    >>> blank_broken_tail("Why river towns share one timetable", "for the dry season ahead")
    False
    >>> blank_broken_tail("Why river towns share one timetable for", "by Anna Berg")
    False
    >>> long_line = "Readers can find the timetable for every crossing of the bay on the site of"
    >>> blank_broken_tail(long_line, "ferries.example.com")
    False
    """
    above, words = upper.split(), lower.split()
    if (
        not UPPER_MIN_WORDS <= len(above) <= UPPER_MAX_WORDS
        or not 0 < len(words) <= LOWER_MAX_WORDS
    ):
        return False
    rules = load_rules()
    if above[-1].casefold() not in rules.wrap_joining_words or not above[0][:1].isupper():
        return False
    if not words[0][:1].islower() or rules.byline_prefix.match(lower):
        return False
    return count_words(upper) >= UPPER_MIN_WORDS and not LINE_CLOSED.search(lower)
