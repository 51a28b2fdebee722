"""A source credit in the form "<Outlet> reports" on a line of its own near the top (a
design magazine's repost: "Nhan Dan reports" under the caption, held-out 76): a known
outlet followed by a reporting verb (``outlet_report_verbs`` of ``data/page_layout.yaml``)
names the source of the story, not a writer, so the line is an outlet credit and no
byline test reads it."""

from __future__ import annotations

import re
from functools import cache

from analysis.ingest.layout.lines import HEADER_REACH, Paragraph
from analysis.ingest.page_rules import Rules, layout_alternation, outlet_named


@cache
def _report_line() -> re.Pattern[str]:
    """A short line "<name> <verb>", the verb from ``outlet_report_verbs``."""
    verbs = layout_alternation("outlet_report_verbs")
    return re.compile(rf"^(?P<name>.{{2,60}}?)\s+(?i:{verbs})\s*[:.]?$")


def outlet_report(text: str, rules: Rules) -> str | None:
    """The outlet a line "<Outlet> reports" credits, or None when the line is no such
    credit (the words before the verb are no listed outlet: "Our reporter reports")."""
    found = _report_line().match(text.strip())
    named = outlet_named(found.group("name"), rules) if found else None
    return named[0] if named else None


def label_outlet_reports(paras: list[Paragraph], rules: Rules) -> None:
    """Label the header's "<Outlet> reports" lines as outlet credits (kind ``credit``, role
    ``marker``), as a byline naming an outlet only is."""
    for p in paras[: HEADER_REACH + 6]:
        if not p.kind and outlet_report(p.text, rules):
            p.kind, p.role = "credit", "marker"
