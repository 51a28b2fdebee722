"""A chart's or table's heading among the text, closed by its unit in brackets ("U.S.
Furniture Imports From Vietnam ($ Million)", an index provider's commentary; fix31b,
held-out 96): its capitalised words read as a name, so a byline reader may take it. It is
no byline; the writer is then read elsewhere (an "About the Author:" box). The units are
``chart_units`` of ``data/page_layout.yaml``."""

from __future__ import annotations

import re
from functools import cache

from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import layout_alternation


@cache
def _unit_closing() -> re.Pattern[str]:
    return re.compile(rf"\(\s*(?:{layout_alternation('chart_units')})\s*\)\s*$", re.I)


def chart_heading(text: str) -> bool:
    """A line closed by a chart's unit in brackets.

    >>> chart_heading("U.S. Furniture Imports From Vietnam ($ Million)")
    True
    >>> chart_heading("By Lan Pham (Hanoi)")
    False
    """
    return text.rstrip().endswith(")") and bool(_unit_closing().search(text))


def unmark_chart_headings(paras: list[Paragraph]) -> None:
    """A byline that is a chart's heading (``chart_heading``) becomes a heading with no
    writer's role."""
    for p in paras:
        if p.role == "author" and chart_heading(p.text):
            p.kind, p.role = "heading", ""
