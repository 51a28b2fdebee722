"""A headline that reads as a date line, told by the lead photo's alt text repeating it.

A radio programme's page may be titled with its broadcast day alone ("Wednesday March 6,
2024"): the line is read as the page's date line (its date is right), so the header holds
no headline. The lead photo's alt text, printed under it, repeats the line with the
photo's number ("Wednesday March 6, 2024 - ảnh 1"; the words are ``photo_alt_words`` of
``data/page_layout.yaml``): a site writes its headline there, never its clock. Used only
when no other line scores as the headline.

The same holds for a listing's first item titled by its day, its title printed twice over
its teaser like the items after it (``clock_lines.dated_item_twice``; held-out 101's search
page of the broadcaster's foreign service): the date line is the first item's, the page's
headline (``date_line_over_items``).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.text import normalize_text
from analysis.ingest.clock_lines import dated_item_twice
from analysis.ingest.layout.lines import HEADER_REACH, Paragraph
from analysis.ingest.metadata import Candidate, Scoring
from analysis.ingest.page_rules import layout_alternation


@cache
def _photo_alt_words() -> str:
    """``photo_alt_words`` as one alternation, read once per process (not per line)."""
    return layout_alternation("photo_alt_words")


def _alt_text_of(text: str, line: str) -> bool:
    """``line`` is ``text`` again with a photo's alt-text number after a dash ("<text> -
    ảnh 1")."""
    words = _photo_alt_words()
    pattern = rf"^{re.escape(text)}\s*[-–]\s*(?:{words})\s*\d{{1,2}}\s*$"
    return bool(re.match(pattern, line, re.I))


def date_line_in_alt_text(paras: list[Paragraph], scoring: Scoring) -> Candidate | None:
    """The first date line of the header that a later header line repeats as a photo's
    alt text: the page's headline; else a listing's first item titled by its day
    (``date_line_over_items``); or None."""
    reach = min(len(paras), HEADER_REACH)
    for i in range(reach):
        p = paras[i]
        text = normalize_text(p.text).strip()
        if p.kind != "dateline" or not text:
            continue
        if any(_alt_text_of(text, normalize_text(q.text).strip()) for q in paras[i + 1 : reach]):
            return Candidate(i, p.text, scoring.title_min, ("date_line_alt_text",), p.text)
    return date_line_over_items(paras, scoring)  # a listing's first item (b101)


def date_line_over_items(paras: list[Paragraph], scoring: Scoring) -> Candidate | None:
    """The page's first line, a date line printed twice over its teaser like the listing's
    later items (``dated_item_twice``): the first item's title, or None."""
    if not paras or paras[0].kind != "dateline" or not dated_item_twice(paras):
        return None
    return Candidate(0, paras[0].text, scoring.title_min, ("date_line_item",), paras[0].text)
