"""A photographer's credit alone under a headline is no byline: "Tran Minh / Reuters" (a
magazine's lead picture credited on a line of its own, the picture itself lost in the
copy).

A name, a slash and one of the international wires that sell pictures to every paper
(``photo_wire_agencies`` of ``data/page_layout.yaml``: Reuters, AFP, AP, EPA, ...), with no
"By" before it, is how pages credit a picture; these wires' writers are credited "By Name"
or by the wire's name alone. A national agency whose reporters sign "Name/VNA" is not
listed, nor is a paper ("Vannak Sophea / Khmer Times" is a writer). A line labelled a
byline so becomes a caption before the writers are read.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import layout_alternation


@cache
def _credit() -> re.Pattern[str]:
    """No "By", two to four capitalised words, a slash, a listed picture wire, the line's end."""
    wires = layout_alternation("photo_wire_agencies")
    return re.compile(
        rf"^(?!(?i:by)\s)(?:[A-ZÀ-Ỹ][\w.'’-]*\s){{1,3}}[A-ZÀ-Ỹ][\w'’-]*\s?/\s?(?:{wires})\.?$"
    )


def photo_wire_credit(text: str) -> bool:
    """Whether ``text`` is a photographer's credit "Name / <picture wire>"."""
    return _credit().match(" ".join(text.split())) is not None


def unmark_photo_wire_credits(paras: list[Paragraph]) -> None:
    """Lines labelled bylines that are a photographer's credit become captions."""
    for p in paras:
        if p.kind == "byline" and photo_wire_credit(p.text):
            p.kind, p.role = "caption", ""
