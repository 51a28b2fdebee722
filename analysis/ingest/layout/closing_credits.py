"""Writers credited after the text's last sentence, where no byline names one: the
reporter after a pipe in the page's own words ("... its next port of call. | ulat ni Mara
Dizon", Filipino for "report by"), a name and an agency's initials glued after the last full
stop ("... commission meeting. Carlo Villanueva/DMS"), and a byline in brackets on a line of
its own under the text ("(By CHHAY Sophal)"), or a name alone in brackets on the page's
last line ("(Rodel Santiago)"); the first two are split off the sentence
they are glued to (``split_closing_credits``), which stays text. The words that introduce
the name are ``closing_credit_words`` of ``data/page_layout.yaml``."""

from __future__ import annotations

import re
from functools import cache

from analysis.ingest.bylines import byline_names
from analysis.ingest.layout.lines import Paragraph, raw_offset, split_paragraph
from analysis.ingest.page_rules import Rules, layout_alternation

#: A person's name as closing credits print it: two to four capitalised words (the family
#: name may be in capitals, "CHHAY Sophal").
_ONE_NAME = r"[A-ZÀ-Ỹ][\w'’-]+(?:\s[A-ZÀ-Ỹ][\w'’-]+){1,3}"
_NAME = rf"(?P<name>{_ONE_NAME})"
#: One or two names in a bracketed credit ("(By Chen Yi-ting and Ko Lin)", a national
#: agency's English copy), then the writer's desk after a comma ("(Japanese original by Aya
#: Kobayashi, Tokyo City News Department)", a translated story): the names only are read.
_BRACKET_NAMES = rf"(?P<name>{_ONE_NAME}(?:\s(?:and|&)\s{_ONE_NAME})?)(?:,\s[^(),]{{2,60}})?"


@cache
def _credits() -> tuple[re.Pattern[str], ...]:
    """The three closing credits: after a pipe, glued with an agency's initials, in brackets
    (the first two glued to the last sentence or split off on a line of their own)."""
    words = layout_alternation("closing_credit_words")
    return (
        re.compile(rf"(?:^|\s)\|\s*(?i:{words})\s+{_NAME}\s*$"),
        re.compile(rf"(?:(?<=[.!?\"”])\s+|^){_NAME}/[A-Z]{{2,6}}\s*$"),
        re.compile(rf"^\(\s*(?i:{words})\s+{_BRACKET_NAMES}\s*\)$"),
    )


def closing_credit(
    paras: list[Paragraph], last_prose: int, rules: Rules
) -> tuple[list[str], str] | None:
    """The writer a credit after the text's last sentence names, with the reason, or None
    (held-out 65: "... port of call. | ulat ni Mara Dizon" names Mara Dizon)."""
    if last_prose < 0:
        return None
    for p in paras[last_prose:]:
        if p.kind in ("title", "caption"):
            continue
        found = next((m for m in (c.search(p.text.strip()) for c in _credits()) if m), None)
        names = byline_names(found.group("name"), rules) if found else []
        if names:
            return names, f"writer credited after the text, line {p.line}: {found.group(0)!r}"
    return _bare_bracket_credit(paras, last_prose, rules)


#: A writer's name alone in brackets, no label: "(Rodel Santiago)" (a Filipino tabloid's
#: reporter closing the text, held-out 103).
_BARE_BRACKET = re.compile(rf"^\(\s*{_NAME}\s*\)$")


def _bare_bracket_credit(
    paras: list[Paragraph], last_prose: int, rules: Rules
) -> tuple[list[str], str] | None:
    """The writer named alone in brackets on the line right under the text's last
    paragraph, when it is the page's last line (nothing after it: a bracketed name among
    the footer's links is a section or a source), or None."""
    rest = [p for p in paras[last_prose + 1 :] if p.text.strip()]
    found = _BARE_BRACKET.match(rest[0].text.strip()) if len(rest) == 1 else None
    names = byline_names(found.group("name"), rules) if found else []
    if not names:
        return None
    line = rest[0].line
    return names, f"writer named in brackets under the text, line {line}: {found.group(0)!r}"


def split_closing_credits(paras: list[Paragraph], rules: Rules) -> None:
    """Split a closing credit glued to the end of the page's last unlabelled paragraph
    ("... port of call. | ulat ni Mara Dizon", "... meeting. Carlo Villanueva/DMS") into a
    line of its own, so that the sentence before it stays text."""
    last = next((i for i in range(len(paras) - 1, -1, -1) if not paras[i].kind), -1)
    if last < 0:
        return
    p = paras[last]
    found = next((m for m in (c.search(p.text) for c in _credits()[:2]) if m), None)
    if found and found.start() > 0 and byline_names(found.group("name"), rules):
        split_paragraph(paras, last, raw_offset(p, found.start()), ("", "credit"))
