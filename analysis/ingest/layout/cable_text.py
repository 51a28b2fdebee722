"""A cable's text without its routing block: numbered paragraphs in capitals.

A cable library's page saved as the cable's text only (held-out 82, miss30) opens right
with the first numbered paragraph, in capitals and hard-wrapped, words broken at a line's
end with a hyphen ("1. SRV DEPUTY MINISTER ... GAVE A" / "TALK OCTOBER 5 BEFORE THE
FRANCO-VIETNAMESE CHAMBER OF COM-" / "MERCE IN PARIS. ..."), and keeps the teletype copy's
page break inside the text ("UNCLASSIFIED" twice, "PAGE 02 PARIS 29871 081412Z"). With no
routing block, ``cable_header`` does not see a cable: the capitals lines were read as
headings, boilerplate and a headline. ``label_cable_text``: when the page's first line
opens a numbered paragraph and at least ``MIN_NUMBERED`` lines do, and nearly all its
letters (``MIN_CAPITALS``) are capitals, every line is the cable's text (``body``) but for
the page break's lines (a classification alone, "PAGE NN" with the cable's reference),
which are boilerplate. A page of numbered points in mixed case (a list, a statement) is
left as it is.
"""

from __future__ import annotations

import re

from analysis.ingest.layout.cable_header import NUMBERED_PARAGRAPH
from analysis.ingest.layout.lines import Paragraph

#: The fewest numbered paragraphs of a cable's text.
MIN_NUMBERED = 2

#: The least share of the page's letters in capitals.
MIN_CAPITALS = 0.9

#: A teletype page break's lines: a classification alone, or "PAGE 02 PARIS 29871 081412Z"
#: (the page, the sending post, the cable's number, its date-time group).
_PAGE_BREAK = re.compile(
    r"(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE|UNCLAS)"
    r"|PAGE \d{2,3}(?: [A-Z][A-Z ]{1,30})? \d{3,6}(?: [0-3]\d[0-2]\d[0-5]\dZ)?"
)


def cable_text(paras: list[Paragraph]) -> bool:
    """Whether ``paras`` are a cable's text without its routing block (module docstring)."""
    lines = [p.text.strip() for p in paras if p.text.strip()]
    if not lines or not NUMBERED_PARAGRAPH.match(lines[0]):
        return False
    if sum(1 for line in lines if NUMBERED_PARAGRAPH.match(line)) < MIN_NUMBERED:
        return False
    letters = [c for line in lines for c in line if c.isalpha()]
    return sum(c.isupper() for c in letters) >= MIN_CAPITALS * len(letters)


def label_cable_text(paras: list[Paragraph]) -> bool:
    """Label a cable's text without its routing block, in place: its page break's lines
    boilerplate, every other line text (``body``); whether the page is one."""
    if not cable_text(paras):
        return False
    for p in paras:
        if p.text.strip():
            p.kind = "boilerplate" if _PAGE_BREAK.fullmatch(p.text.strip()) else "body"
            p.role = ""
    return True
