"""An event transcript's cover run into one line (held-out 118, fix35c).

A think tank's event transcript opens with a cover page: the host institution, the kind of
event, the title in capitals, then the place and the day ("THE BROOKINGS INSTITUTION" /
"WEBINAR" / "VIETNAM AT THE CROSSROADS ..." / "Washington, D.C." / "Tuesday, November 15,
2022"). A document store's text layer runs that page into one line, "THE BROOKINGS
INSTITUTION – WEBINAR VIETNAM AT THE CROSSROADS: ... Washington, D.C. - Tuesday, November
15, 2022", which no header reader takes whole: the session labels of the participants' list
under it won as the headline. ``split_transcript_cover`` splits such a line, among the
first ``COVER_REACH`` paragraphs, into the banner (the institution and the event's kind,
furniture), the title and the dateline, as they stood on the cover.

The line's shape is strict: the banner and the title in capitals, the banner closed by a
kind of event (``transcript_event_kinds`` of ``data/page_layout.yaml``: "WEBINAR",
"FORUM", "FALK AUDITORIUM"), the title at least ``TITLE_MIN_CHARS`` long, and the line
closed by a place in title case and a full date ("Month D, YYYY", a weekday before it
optional). A headline in capitals with a date after it but no event's kind before it, or a
line in title case, is left as it is.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.ingest.date_scoring import MONTHS
from analysis.ingest.layout.lines import Paragraph, raw_offset, split_paragraph
from analysis.ingest.page_rules import layout_alternation

#: How many paragraphs from the page's top may hold the cover's line.
COVER_REACH = 8

#: The fewest characters of the cover's title.
TITLE_MIN_CHARS = 10


@cache
def _cover() -> re.Pattern[str]:
    """The cover's line: banner (capitals, then the event's kind), title (no small
    letter), place and date (the module's docstring)."""
    kinds = layout_alternation("transcript_event_kinds")
    return re.compile(
        rf"^(?P<banner>[A-Z][A-Z0-9&.,'’ ]{{2,80}}?\s(?:[–—-]\s)?(?i:{kinds}))\s+"
        rf"(?P<title>[A-Z0-9“\"‘'][^a-z]{{{TITLE_MIN_CHARS - 1},200}}?)\s+"
        r"(?P<dateline>[A-Z][a-z]+(?:,?\s[A-Z][\w.]*){0,3}\s*[,–—-]?\s*(?:[A-Z][a-z]{5,8},?\s)?"
        r"(?P<month>[A-Z][a-z]{2,8})\.?\s\d{1,2},?\s(?:19|20)\d{2})\s*$"
    )


def cover_parts(text: str) -> re.Match[str] | None:
    """The cover line's parts (groups ``banner``, ``title``, ``dateline``), or None.

    >>> found = cover_parts("THE HARBOUR INSTITUTE – FORUM SHIPS AND SHOALS Hanoi - May 2, 2021")
    >>> found.group("banner"), found.group("title"), found.group("dateline")
    ('THE HARBOUR INSTITUTE – FORUM', 'SHIPS AND SHOALS', 'Hanoi - May 2, 2021')
    >>> cover_parts("SHIPS AND SHOALS IN THE DELTA Hanoi - May 2, 2021") is None
    True
    """
    found = _cover().match(text)
    if found is None or found.group("month").casefold() not in MONTHS:
        return None
    return found


def split_transcript_cover(paras: list[Paragraph]) -> None:
    """Split, in place, the first cover line among the first ``COVER_REACH`` paragraphs
    into banner (furniture), title and dateline (the module's docstring)."""
    for i, p in enumerate(paras[:COVER_REACH]):
        found = None if p.kind else cover_parts(p.text)
        if found is None:
            continue
        split_paragraph(paras, i, raw_offset(p, found.start("dateline")), ("", "dateline"))
        split_paragraph(paras, i, raw_offset(paras[i], found.start("title")), ("boilerplate", ""))
        paras[i + 1].text = paras[i + 1].text.strip()
        return
