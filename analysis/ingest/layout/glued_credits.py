"""Credits glued to the end of a line, split off as lines of their own: "... he added.-
(VNA/VLLF)", an outlet's marker closing the last sentence, and an outlet's name after a dash
("... he said. — Bernama"), and a photo credit closing a paragraph of text ("... since
2009. Photo by Tuan Vu", ``photo_credit_tails``); a byline glued to the date label after it
("By Jane RoePublished : April 12, 2024 - 10:05") is split before the label."""

from __future__ import annotations

import re

from analysis.ingest.layout.closing_credits import split_closing_credits
from analysis.ingest.layout.lines import Paragraph, raw_offset, split_paragraph
from analysis.ingest.layout.photo_credit_tails import credit_tail_start
from analysis.ingest.layout.wire_credits import split_wire_credit
from analysis.ingest.page_rules import Rules, outlet_named


def _split_credit_end(paras: list[Paragraph], i: int, rules: Rules) -> None:
    """Split a credit or an outlet marker that ends line ``i``: "... he added.- (VNA)"."""
    p = paras[i]
    match = rules.credit_glued.search(p.text) if p.text.endswith(")") else None
    found_ends = (end.search(p.text) for *_, end, _alone in rules.outlets)
    outlet_end = next((m for m in found_ends if m), None)
    found = match or outlet_end
    if found and found.start() > 0:
        split_paragraph(paras, i, raw_offset(p, found.start()), ("", "credit"))
        paras[i + 1].role = "marker" if outlet_end and not match else ""


def _split_dash_name(paras: list[Paragraph], i: int, rules: Rules) -> None:
    """Split an outlet's name after a dash closing line ``i``: "... he said. — Bernama"."""
    p = paras[i]
    named = _DASH_NAME_END.search(p.text[-60:])
    if named and outlet_named(named.group("name"), rules) and len(p.text) > len(named.group(0)):
        start = len(p.text) - len(p.text[-60:]) + named.start()
        split_paragraph(paras, i, raw_offset(p, start), ("", "credit"))
        paras[i + 1].role = "marker"  # "... he said. — Bernama", any letter case


#: A byline glued to the date label after it: "By Jane RoePublished : April 12, 2024": the
#: name's last letter in lower case (or an initial's stop) right before the capital label.
_GLUED_DATE_LABEL = re.compile(
    r"^(?i:by)\s+\S[^:|]{1,60}?[a-z.](?P<label>(?:Published|Updated|Posted)\b(?:\s+on)?\s*:?\s*\S)"
)


def split_glued_date_label(paras: list[Paragraph], i: int) -> None:
    """Split a byline glued to the date label after it ("By Jane RoePublished : April 12,
    2024 - 10:05"): the byline and the date line become lines of their own."""
    glued = _GLUED_DATE_LABEL.match(paras[i].text)
    if glued:
        split_paragraph(paras, i, raw_offset(paras[i], glued.start("label")), ("", ""))


def split_glued_credits(paras: list[Paragraph], rules: Rules) -> None:
    """Split credits glued to the end of a line: "... he added.- (VNA/VLLF)", and an outlet's
    name (any letter case) after a dash closing the last sentence: "... he said. — Bernama",
    and a writer's closing credit glued to the last paragraph (``closing_credits``,
    ``wire_credits``)."""
    i = 0
    while i < len(paras):
        if not paras[i].kind:
            split_glued_date_label(paras, i)
        p = paras[i]
        # Both patterns end the (stripped) line: ")" for a credit, else an outlet marker.
        if not p.kind and p.text.endswith((")", *rules.marker_ends)):
            _split_credit_end(paras, i, rules)
        elif not p.kind:
            _split_dash_name(paras, i, rules)
        if not paras[i].kind and (start := credit_tail_start(paras[i].text, rules)) > 0:
            split_paragraph(paras, i, raw_offset(paras[i], start), ("", "caption"))
        i += 1
    split_closing_credits(paras, rules)  # "... port of call. | ulat ni Mara Dizon"
    split_wire_credit(paras, rules)  # "... the close. (Reporting by Name; Editing by Name)"


#: An outlet's name after a dash closing the last sentence: "... he said. — Bernama".
_DASH_NAME_END = re.compile(r"(?<=[.!?\"”’)])\s*[-–—]{1,2}\s*(?P<name>[A-Z][\w&.'’ -]{1,40}?)\s*$")
