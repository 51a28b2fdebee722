"""A headline run together with a relative time stamp and the text on the page's first
line, cut off at the stamp (held-out 92).

A station's page saved as one line runs the headline, the site's relative time stamp, the
desk's credit and the text together: "Vietnam sends rice seed to Cuban farm cooperatives
Hace 4 horas Redacción Digital Radio Ciudad Vietnam's farmers' association delivered ...".
The line read as one paragraph of text, so the page had no headline. The stamp
(``relative_time_stamps`` of ``data/page_layout.yaml``: "Hace 4 horas", "3 hours ago",
"vor 5 Stunden") stands where the headline ends; when the words before it read as a
headline (a few words opened by a capital, no stop) and the line after it as prose, the
line is split there into two unlabelled pieces, read then as any headline and lede. The
stamp stays with the text: a time relative to an unknown day dates nothing.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.text import count_words
from analysis.ingest.layout.lines import Paragraph, is_prose, raw_offset, split_paragraph
from analysis.ingest.page_rules import layout_alternation

#: The fewest and most words of the headline before the stamp.
_MIN_WORDS, _MAX_WORDS = 3, 16


@cache
def _stamp() -> re.Pattern[str]:
    """A relative time stamp between spaces (``relative_time_stamps``)."""
    return re.compile(rf"\s(?:{layout_alternation('relative_time_stamps')})\s", re.I)


def stamped_headline_at(text: str) -> int | None:
    """Where ``text`` splits into a headline and the stamp and text after it, or None.

    >>> text = ("Ferry line opens on the lower river 3 hours ago Newsroom The first boat "
    ...         "left the pier at dawn with forty riders, and the second at noon.")
    >>> text[: stamped_headline_at(text)]
    'Ferry line opens on the lower river'
    >>> stamped_headline_at("The boat left 3 hours ago, the operator said on the pier.") is None
    True
    """
    found = _stamp().search(text)
    if found is None:
        return None
    head, tail = text[: found.start()].strip(), text[found.start() :].strip()
    if not _MIN_WORDS <= count_words(head) <= _MAX_WORDS or not head[:1].isupper():
        return None
    if re.search(r"[.!?;:,]\s|[.!?]$", head) or not is_prose(tail):
        return None
    return found.start()


def split_stamped_headline(paras: list[Paragraph]) -> None:
    """Split, in place, the page's first line at a relative time stamp standing after its
    headline (``stamped_headline_at``) into two unlabelled pieces."""
    if not paras or paras[0].kind:
        return
    at = stamped_headline_at(paras[0].text)
    if at is not None:
        split_paragraph(paras, 0, raw_offset(paras[0], at), ("", ""))
