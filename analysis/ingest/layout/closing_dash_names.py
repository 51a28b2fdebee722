"""A writer's name glued after a dash to the text's last sentence, read where no byline
names one (held-out 126): "... speed up inspections of fruit shipments. — Arnel Dizon
Reyes", the sign-off of a Philippine paper's business desk under a story with no byline.

The name must close the text's last paragraph, after the sentence's stop and a spaced em
or en dash, and be a person's name of two to four capitalised words
(``bylines.byline_names``): an agency's or a paper's credit ("— Bernama", "— Xinhua News
Agency", "— The Star") or a place ("— Ho Chi Minh City") is none, nor a credit's phrase
("— With reports from ..."), whose first word is no name's."""

from __future__ import annotations

import re

from analysis.ingest.bylines import byline_names, looks_like_name
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules, outlet_named
from analysis.ingest.places import place_names

#: Authors read after the text: (names, where they were read).
Authors = tuple[list[str], str]

#: After the last sentence's stop (or its closing quote), a spaced dash and two to four
#: capitalised words to the paragraph's end: ". — Arnel Dizon Reyes".
_DASH_NAME = re.compile(
    r"(?<=[.!?\"”’])\s+[—–]\s*(?P<name>[A-ZÀ-Ỹ][\w'’-]+(?:\s[A-ZÀ-Ỹ][\w'’-]+){1,3})\s*$"
)


def _closing_paragraph(paras: list[Paragraph], last_prose: int) -> int:
    """The index of the text's closing paragraph: the last text line, or the text line right
    under it (a paragraph a sign-off closes is not counted as the text's last by
    ``lines``' prose test), -1 when there is none."""
    after = last_prose + 1
    if after < len(paras) and paras[after].kind in ("lede", "body"):
        return after
    return last_prose if last_prose >= 0 and paras[last_prose].kind in ("lede", "body") else -1


def closing_dash_name(paras: list[Paragraph], last_prose: int, rules: Rules) -> Authors | None:
    """The writer whose name closes the text's last paragraph after a dash, or None."""
    i = _closing_paragraph(paras, last_prose)
    found = _DASH_NAME.search(paras[i].text) if i >= 0 else None
    if found is None:
        return None
    name = found.group("name")
    if outlet_named(name, rules) or name.casefold() in place_names():
        return None
    names = byline_names(name, rules) if looks_like_name(name, rules) else []
    if len(names) != 1:
        return None
    return names, f"name after a dash closing the text, line {paras[i].line}: {name!r}"
