"""(held-out 104) Two writers' names run together over the byline that names the first.

A live page's post header prints its writers' portraits, whose alt texts are their names,
run together with no space ("Mara EllisonTobias Grant"), then the byline proper, whose
second name is a link a copy may lose ("Mara Ellison and"). Neither line says "By", and
the page was read with no writer.

A line of two or three names run together (cut where a lower-case letter meets a
capital; each piece two or three words that read as a person's name and name no listed
outlet) is the writers' line when one of the next ``CONFIRM_REACH`` lines opens with the
first name and goes on with "and" or a comma: the names are the bylines, each on a
piece of its own. A glued row that no byline under it repeats is left as it is.
"""

from __future__ import annotations

import re

from analysis.core.text import normalize_text
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import Paragraph, raw_offset, split_paragraph
from analysis.ingest.page_rules import Rules, outlet_named

#: How many lines under the glued names may hold the byline naming the first.
CONFIRM_REACH = 3

#: How many paragraphs from the top are looked at.
PAIR_REACH = 20

#: The most characters of a line of glued names.
PAIR_MAX_CHARS = 80

_GLUE = re.compile(r"(?<=[a-zà-ỹ])(?=[A-ZÀ-Ỹ])")

_FREE_KINDS = ("", "heading", "boilerplate")


def _names(text: str, rules: Rules) -> list[str]:
    pieces = _GLUE.split(text)
    ok = 2 <= len(pieces) <= 3 and all(
        2 <= len(p.split()) <= 3 and looks_like_name(p, rules) and not outlet_named(p, rules)
        for p in pieces
    )
    return pieces if ok else []


def _confirmed(first: str, below: list[Paragraph]) -> bool:
    lead = re.compile(rf"^(?:by\s+)?{re.escape(first)}(?:\s+and\b|\s*,)", re.I)
    return any(lead.match(normalize_text(p.text).strip()) for p in below)


def _cuts(text: str, names: list[str]) -> list[int] | None:
    """Where in ``text`` (the paragraph as written) each name after the first starts, or
    None when one is not found there; the names were read from the normalised text, so a
    name's words may stand apart by any spaces ("Anna\u00a0Berg", "Anna  Berg")."""
    cuts, start = [], 0
    for k, name in enumerate(names):
        found = re.compile(r"\s+".join(map(re.escape, name.split()))).search(text, start)
        if found is None:
            return None
        if k:
            cuts.append(found.start())
        start = found.end()
    return cuts


def label_glued_name_pairs(paras: list[Paragraph], rules: Rules) -> None:
    """Split and label as bylines the first line of glued writers' names (docstring)."""
    if any(p.kind == "byline" for p in paras[:PAIR_REACH]):
        return
    for i, p in enumerate(paras[:PAIR_REACH]):
        text = normalize_text(p.text).strip()
        if p.kind not in _FREE_KINDS or len(text) > PAIR_MAX_CHARS:
            continue
        names = _names(text, rules)
        if not names or not _confirmed(names[0], paras[i + 1 : i + 1 + CONFIRM_REACH]):
            continue
        cuts = _cuts(p.text, names)
        if cuts is None:  # the normalised names are not found as written: leave the line
            continue
        for at in reversed(cuts):  # the last cut first: offsets stay valid
            split_paragraph(paras, i, raw_offset(paras[i], at), ("byline", "byline"))
        for q in paras[i : i + len(names)]:
            q.kind, q.role = "byline", "author"
        return
