"""A closing run of credit sentences after the text, each "<Role> by <who>.": "Reported by
RFA's Vietnamese Service. Translated by Nguyen Thanh Tam. Written in English by Paul
Whitcombe." (Radio Free Asia's and BenarNews' stories close so, and so do the sites that
copy them, sometimes hard-wrapped so that the last name runs onto the next line).

The writers are the names after the roles of ``wire_credit_writer_roles`` in
``data/page_layout.yaml`` (reported, written, written in English), as in a wire's bracketed
credit list (``layout.wire_credits``); a translator or an editor is no writer (the zoo
README's author rules), nor a service or desk ("RFA's Khmer Service", no person's name), and
"Reported by Name for RFA Khmer" names the reporter without the desk. The run must be two
sentences or more, each opened by a participle ("Reported", "Translated", "Written in
English"), closing the paragraph: a sentence of the text that says who did something ("The
survey was carried out by ...") is none. Read only when no byline names a writer.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.ingest.bylines import byline_names
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules, layout_alternation

#: One credit sentence: a participle (maybe "and" another, maybe "in <Language>"), "by",
#: whoever is credited: "Written in English by Paul Whitcombe", "Reported and translated
#: by Name".
_PIECE = re.compile(
    r"^(?P<role>[A-Z][a-z]+(?:ed|en)(?: and [a-z]+(?:ed|en))?(?: in [A-Z][a-z]+)?) by "
    r"(?P<who>\S.{1,80}?)\.?$"
)
#: Where one sentence of the run ends: a full stop after a word of two letters or more (an
#: initial's stop, "Paul J. Whitcombe", is no sentence end) or a closing bracket.
_SENTENCE_END = re.compile(r"(?<=[a-z’')\]]{2})\.\s+")
#: The fewest credit sentences that make a run.
_MIN_PIECES = 2
#: How many paragraphs above the text's last one the run may stand: a copyright line or a
#: site's address under it may count as the text's last paragraph.
_REACH = 3
#: The most words of the next line that may finish a hard-wrapped run ("Halloway.").
_WRAP_WORDS = 3


@cache
def _writer_role() -> re.Pattern[str]:
    """The roles that name the story's writer (``wire_credit_writer_roles``)."""
    return re.compile(rf"(?i:{layout_alternation('wire_credit_writer_roles')})")


def credit_run_names(text: str, rules: Rules) -> list[str]:
    """The writers a closing run of credit sentences in ``text`` names, in order, or []."""
    pieces = []
    for sentence in reversed(_SENTENCE_END.split(text.strip())):
        found = _PIECE.match(sentence.strip())
        if found is None:
            break
        pieces.append(found)
    if len(pieces) < _MIN_PIECES:
        return []
    names = []
    for found in reversed(pieces):
        if _writer_role().fullmatch(found.group("role")):
            who = re.sub(r"\s+for\s+.*$", "", found.group("who"))  # "Name for RFA Khmer"
            names += byline_names(who, rules)
    return names


def _with_wrap(paras: list[Paragraph], i: int) -> str:
    """Paragraph ``i``'s text, with the next line's few words when the run was hard-wrapped
    ("... Written in English by Andrew" / "Halloway.")."""
    text = paras[i].text.strip()
    nxt = paras[i + 1].text.strip() if i + 1 < len(paras) else ""
    if text.endswith(".") or not nxt or len(nxt.split()) > _WRAP_WORDS:
        return text
    return f"{text} {nxt}"


def credit_sentences(
    paras: list[Paragraph], last_prose: int, rules: Rules
) -> tuple[list[str], str] | None:
    """The writers a run of credit sentences near or after the text's last paragraph names
    (``_REACH``), with the reason, or None."""
    for i in range(max(last_prose - _REACH, 0), len(paras)) if last_prose >= 0 else ():
        names = credit_run_names(_with_wrap(paras, i), rules)
        if names and paras[i].kind not in ("title", "caption"):
            return names, f"writer in the closing credit sentences, line {paras[i].line}"
    return None
