"""A digest's headline carrying its compiler's credit (fix78): "Việt Nam Notes – Compiled
by Mark Ellison (Sunday, 9 August 2020)".

A header line that goes on, after a dash, with a compiler's credit (``compiler_credits``
of ``data/page_layout.yaml``) and a person's name, perhaps the issue's day in brackets,
is no byline whose writer is the words before the dash: it is the page's headline, kept as
printed, and the person it names is the writer (``compiled_writer``).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.ingest.bylines import byline_names, looks_like_name
from analysis.ingest.layout.lines import HEADER_REACH, Paragraph
from analysis.ingest.metadata import Candidate
from analysis.ingest.page_rules import Rules, layout_alternation

#: The reason a compiled headline gives its title candidate (``title_source``).
COMPILED_HEADLINE = "compiled_headline"

#: Kinds a headline line may have been given before it is recognised (never text).
_HEADER_KINDS = frozenset({"", "byline", "boilerplate", "credit", "heading"})


@cache
def _compiled_line() -> re.Pattern[str]:
    """A headline, a dash, a compiler's credit and a name, an optional day in brackets."""
    labels = layout_alternation("compiler_credits")
    return re.compile(
        rf"^(?P<head>\S.{{2,120}}?)\s+[-–—]\s+(?i:{labels})\s+(?P<name>[^()]{{3,60}}?)"
        r"\s*(?:\([^()]{4,40}\))?\s*$"
    )


def compiler(text: str, rules: Rules) -> str | None:
    """The compiler a headline line credits, or None when it credits no one so.

    >>> from analysis.ingest.page_rules import load_rules
    >>> compiler("Mekong Notes – Compiled by Anna Berg (Monday, 3 May 2021)", load_rules())
    'Anna Berg'
    >>> compiler("Mekong Notes – Anna Berg", load_rules()) is None
    True
    """
    dashed = any(dash in text for dash in "-–—")  # the pattern's dash, before it is run
    found = _compiled_line().match(text.strip()) if dashed else None
    if found is None or not looks_like_name(found.group("name"), rules):
        return None
    names = byline_names(found.group("name"), rules)
    return names[0] if len(names) == 1 and len(found.group("head").split()) >= 2 else None


def compiled_headline(paras: list[Paragraph], rules: Rules) -> Candidate | None:
    """The header line that is a headline carrying its compiler's credit, as the title's
    candidate (the line's byline marks cleared), or None when the header has none."""
    for i, p in enumerate(paras[:HEADER_REACH]):
        if p.kind in ("lede", "body"):
            return None
        if p.kind in _HEADER_KINDS and compiler(p.text, rules):
            p.kind, p.role = "", ""
            return Candidate(i, p.text, 0.0, (COMPILED_HEADLINE,), p.text)
    return None


def compiled_writer(paras: list[Paragraph], rules: Rules) -> tuple[list[str], str] | None:
    """The compiler the page's headline credits, as its writer, with the evidence."""
    title = next((p for p in paras if p.kind == "title"), None)
    name = compiler(title.text, rules) if title is not None else None
    if name is None:
        return None
    return [name], f"the compiler the headline credits, line {title.line}: {title.text!r}"
