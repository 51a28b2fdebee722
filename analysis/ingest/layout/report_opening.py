"""A report's cover in a PDF's text pasted as one long line: its title and dated series.

Text taken from a report's PDF (an OCR text file, a document site's copy) may come as one
long line with no breaks: 'MEKONG WATER SHARING (II): LOWER BASIN VIEWS Asia Report - 12
March 2013 <publisher> <contents> ...'. Its opening is the cover: the title in capitals,
then the series label (``report_series_words`` of ``data/page_layout.yaml``, with a region
or a number: "Asia Report", "Policy Brief No. 4") and its date. That opening is split off
as two lines of their own, the title and a dateline, so that the header is read as on any
other page; the rest stays one paragraph. A journal article's running head opening such a
line ("The X Journal | Y Focus Volume 6 | Issue 1 | Jan 01, 2008 1 Title Name ...", a
document host's text of the PDF, held-out 77) is split the same way: the journal's name
(furniture) and its volume, issue and day (a dateline), before the rest.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.ingest.layout.lines import Paragraph, raw_offset, split_paragraph
from analysis.ingest.page_rules import layout_alternation

#: The shortest paragraph read as a whole document pasted in one line.
MIN_BLOB_CHARS = 300

#: How many paragraphs from the top may be such a one-line document (a title line and a
#: page count may stand above it).
BLOB_REACH = 3

#: A day as a cover or a running head prints it: "12 March 2013", "March 12, 2013",
#: "Jan 01, 2008".
_DATE = r"(?:\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})"

#: A journal's running head: its name (capitalised words, small words, bars), then
#: "Volume N | Issue N | <day>".
_RUNNING_HEAD = re.compile(
    r"^(?P<title>[A-Z][\w&'’.,-]*(?: (?:\||[A-Z&][\w&'’.,-]*|of|and|the|for|in|on)){1,12})\s+"
    rf"(?P<label>(?:Volume|Vol\.) \d{{1,4}} ?[|,] ?(?:Issue|No\.) \d{{1,4}} ?[|,] ?{_DATE})(?=\s)"
)


@cache
def _opening() -> re.Pattern[str]:
    """Title in capitals, then '<Region> <Series> [No. N] - D Month YYYY' (or 'Month D, YYYY')."""
    series = layout_alternation("report_series_words")
    date = _DATE
    return re.compile(
        r"^(?P<title>[A-Z0-9(][A-Z0-9 ,:;'’()&./-]{9,200}?)\s+"
        rf"(?P<label>(?:[A-Z][a-z]+ ){{0,3}}(?:{series})(?: (?:No\.?|N°) ?\d{{1,4}})?"
        rf"\s?[-–—,]\s?{date})(?=\s)"
    )


def split_report_opening(paras: list[Paragraph]) -> None:
    """Split a one-line document's cover into its title and dated series (module docstring)."""
    for i, p in enumerate(paras[:BLOB_REACH]):
        if len(p.text) < MIN_BLOB_CHARS:
            continue
        found = _opening().match(p.text)
        if not found or len(re.findall(r"[A-Z]{2,}", found.group("title"))) < 2:
            found = _RUNNING_HEAD.match(p.text)
            kind = "boilerplate"  # the journal's name: furniture, not the article's title
        else:
            kind = ""
        if not found:
            continue
        split_paragraph(paras, i, raw_offset(p, found.end()), ("", ""))
        split_paragraph(paras, i, raw_offset(paras[i], found.start("label")), (kind, "dateline"))
        return
