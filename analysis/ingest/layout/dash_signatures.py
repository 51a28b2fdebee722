"""A writer's name alone on its line after a dash, the page's only such line (fix36e): a
review closed by "–Name" over the next item of a tag page, a magazine story's "- Name"
under its headline and date.

A dash before a name is how a reviewer signs a short review or how a reader app sets the
writer under a headline. A list of such lines (a sidebar of columnists, a run of paper
names under a tag) is no signature, so the line must be the page's only short line opened
by a dash, and its name must read as a person's (``bylines.looks_like_name``: no outlet,
desk or word that names no one). Read only when no other form gave a writer.

(held-out 144) A dash line right under a paragraph closed by a closing quotation mark is
the quotation's attribution, not a signature: a mission page's epigraph '... changing.”' /
'— Senator <Name>' names the man quoted, who wrote nothing on the page.
"""

from __future__ import annotations

import re

from analysis.ingest.bylines import byline_names, looks_like_name
from analysis.ingest.layout.lines import Article, Paragraph
from analysis.ingest.layout.signoff_writers import signed_writer
from analysis.ingest.page_rules import Rules

#: A short line opened by a hyphen or a dash: "- Name", "–Name", "— Name".
_DASH_LINE = re.compile(r"^\s*[-–—]\s*(?P<rest>\S(?:.{0,58}\S)?)\s*$")
#: The most words a dash line may hold to count as a signature or a list's line.
_MAX_WORDS = 6

#: A paragraph's end that closes a quotation: a closing quote mark, maybe after a stop.
_QUOTE_END = re.compile(r"[”\"»’]\W{0,2}$")


def _attributes_quote(paras: list[Paragraph], index: int) -> bool:
    """Whether the paragraph before ``index`` closes a quotation (so the dash line under it
    is the quotation's attribution: "... changing.”" / "— Senator Name")."""
    return index > 0 and bool(_QUOTE_END.search(paras[index - 1].text.rstrip()))


def dash_signature(paras: list[Paragraph], rules: Rules) -> tuple[list[str], int]:
    """The names of the page's only short dash line when they read as a person's name,
    with its line number; ``([], 0)`` otherwise."""
    found = [
        (m.group("rest"), p.line)
        for i, p in enumerate(paras)
        if (m := _DASH_LINE.match(p.text))
        and len(m.group("rest").split()) <= _MAX_WORDS
        and not _attributes_quote(paras, i)
    ]
    if len(found) != 1 or not looks_like_name(found[0][0], rules):
        return [], 0
    return byline_names(found[0][0], rules), found[0][1]


def dash_signature_writer(article: Article, rules: Rules) -> None:
    """With no writer read, the name of the page's only dash line (``dash_signature``)."""
    signed_writer(article, rules, dash_signature, "a name alone after a dash")
