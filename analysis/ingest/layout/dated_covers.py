"""A paper's first page run into one line: its place and day, title and marked writer.

A document store's text of a series paper (a think tank's "Perspective", a policy brief)
may run the whole first page into one line: the series' banner, then the place and the
day parted by a bar, the title, and the writer closed by a note mark, "ISSN 2335-6677 #41
2014 RESEARCHERS AT ... SHARE THEIR UNDERSTANDING OF CURRENT EVENTS Singapore | 9 Sep 2014
River Ferries and Regional Trade: Lessons from the Mekong Delta By Karen Ashdown*
EXECUTIVE SUMMARY • ..." (held-out 80, miss30). Nothing there is a line of its own, so the
page had no headline and no writer. ``split_dated_cover`` splits such a line, when it is
one of the first ``BLOB_REACH`` paragraphs and at least ``MIN_BLOB_CHARS`` long, into the
banner (furniture), the dateline, the title and the byline, and the rest, so that they
are read as on any other page (as ``report_opening`` does for a report's cover). The
place and day must be parted by a bar and the writer closed by a note mark ("*"), within
the line's first ``COVER_CHARS`` characters.
"""

from __future__ import annotations

import re

from analysis.ingest.layout.lines import Paragraph, raw_offset, split_paragraph
from analysis.ingest.layout.report_opening import BLOB_REACH, MIN_BLOB_CHARS

#: How far into the line the cover's dateline, title and writer must stand.
COVER_CHARS = 600

#: The place and the day parted by a bar ("Singapore | 9 Sep 2014"), the title (no bar, no
#: sentence's stop), then "By" and a name of two to four words closed by a note mark.
_COVER = re.compile(
    r"(?P<label>\b[A-Z][a-z]+(?: [A-Z][a-z]+)? ?\| ?\d{1,2} [A-Z][a-z]{2,8}\.? (?:19|20)\d{2})"
    r"\s+(?P<title>[A-Z][^|.!?*]{10,160}?)\s+"
    r"(?P<byline>[Bb]y [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}\s?\*+)(?=\s)"
)


def split_dated_cover(paras: list[Paragraph]) -> None:
    """Split a one-line first page into banner, dateline, title, byline and the rest (the
    module's docstring); the paragraphs are left as they are when none has that shape."""
    for i, p in enumerate(paras[:BLOB_REACH]):
        if len(p.text) < MIN_BLOB_CHARS:
            continue
        found = _COVER.search(p.text[:COVER_CHARS])
        if not found:
            continue
        for end, kinds in (
            (found.end("byline"), ("", "")),
            (found.start("byline"), ("", "")),
            (found.start("title"), ("", "")),
        ):
            split_paragraph(paras, i, raw_offset(paras[i], end), kinds)
        paras[i].kind = "dateline"
        if found.start("label") > 0:
            split_paragraph(
                paras, i, raw_offset(paras[i], found.start("label")), ("boilerplate", "dateline")
            )
        return
