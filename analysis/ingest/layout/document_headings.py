"""How a document-type headline printed over several lines goes on, and the banner above it.

A ministry's joint press release prints its title over four lines, a blank line between
each: "JOINT PRESS RELEASE" / "Of the 45th Session of the Intergovernmental Committee" /
"On" / "Bilateral Cooperation between Lao PDR and Viet Nam", then "Vientiane, 18 April
2023". ``document_heading`` joins the type line and the lines that continue it
(``_heading_lines``): a line opening with a joining word ("Of the ...", "On the
...") continues the line above as a lower-case start does, and one blank line may stand
between the parts (``MAX_LINE_GAP``). Over such a heading the ministry prints a slogan in
its own script ("ພັກປະຊາຊົນ ປະຕິວັດລາວ ... !") above English text: that banner is no lede,
so it does not end the header (``banner_line``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Protocol

from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import HEADER_REACH, Paragraph, is_prose
from analysis.ingest.metadata import Candidate
from analysis.ingest.page_rules import Rules, scoring_of

#: The most raw lines from one part of a heading to the next: one blank line between.
MAX_LINE_GAP = 2

#: A line opening with a joining word and going on: "Of the 45th Session of ...".
_JOINING_OPENING = re.compile(r"^(?:of|on|for|between|regarding|concerning)\s+\S", re.I)


class _Para(Protocol):
    text: str
    kind: str


def opens_with_joining_word(text: str) -> bool:
    """Whether a heading line opens with a joining word and goes on ("Of the 45th Session
    of the Intergovernmental Committee"): it continues the line above.

    >>> opens_with_joining_word("Of the 45th Session of the Intergovernmental Committee")
    True
    >>> opens_with_joining_word("On")
    False
    >>> opens_with_joining_word("Offshore wind talks")
    False
    """
    return bool(_JOINING_OPENING.match(text))


def _foreign_letters(text: str) -> bool:
    """Whether most of ``text``'s letters are of another script than the Latin one."""
    if text[:500].isascii():
        return False  # every ASCII letter is Latin
    letters = [ch for ch in text[:500] if ch.isalpha()]
    foreign = sum(1 for ch in letters if not unicodedata.name(ch, "").startswith("LATIN"))
    return bool(letters) and foreign > len(letters) / 2


def banner_line(paras: Sequence[_Para], i: int) -> bool:
    """Whether line ``i`` is a banner in another script over Latin-script text: mostly
    non-Latin letters, and the next unlabelled prose line (``lines.is_prose``) is Latin."""
    if not _foreign_letters(paras[i].text):
        return False
    later = (p for p in paras[i + 1 :] if not p.kind and is_prose(p.text))
    nxt = next(later, None)
    return nxt is not None and not _foreign_letters(nxt.text)


def heading_first_prose(paras: Sequence[_Para]) -> int:
    """The first unlabelled prose line that is no banner (``banner_line``), where the
    header in which a document heading is looked for ends; 0 when there is none."""
    prose = (i for i, p in enumerate(paras) if not p.kind and is_prose(p.text))
    return next((i for i in prose if not banner_line(paras, i)), 0)


def label_banners(paras: Sequence[_Para], end: int) -> None:
    """Label ``boilerplate`` the banners (``banner_line``) among the unlabelled lines above
    line ``end`` (a document heading's first line); changes ``paras`` in place."""
    for i in range(end):
        if not paras[i].kind and banner_line(paras, i):
            paras[i].kind = "boilerplate"


def headline_restates(paras: Sequence[_Para], i: int, heading: str) -> bool:
    """Whether a line above the document's heading at ``i`` holds the heading's subject
    (its text after the type word, four words or more): the page's own headline, as a
    portal prints it over the text of a resolution ("Government resolution on piloting
    electronic invoices ..." over "RESOLUTION" / "ON PILOTING ELECTRONIC INVOICES ...";
    held-out 63). The page's headline is then the title, not the document's heading.

    >>> paras = [_P("Government resolution on piloting e-invoices for shops"), _P("RESOLUTION")]
    >>> headline_restates(paras, 1, "RESOLUTION ON PILOTING E-INVOICES FOR SHOPS")
    True
    """
    subject = heading.split(None, 1)[1].casefold() if len(heading.split()) > 1 else ""
    if len(subject.split()) < 4:
        return False
    return any(subject in p.text.casefold() for p in paras[:i])


class _P:
    """A bare paragraph for the examples."""

    def __init__(self, text: str, kind: str = "") -> None:
        self.text, self.kind = text, kind


_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")


#: A line that is one joining word ("ON", "of"): the heading goes on below it.
_JOINING_LINE = re.compile(r"^(?:on|of|for|about|regarding|concerning|to)$", re.I)


def _continues(text: str, above: str) -> bool:
    """Whether heading line ``text`` continues the line ``above``: it starts in lower case
    or follows a comma (no year in it), or it is a lone joining word ("ON") or follows
    one (a year allowed: "ON" / "THE PLAN FOR 2023–2025")."""
    if _JOINING_LINE.match(text) or _JOINING_LINE.match(above):
        return True
    goes_on = text[:1].islower() or above.endswith(",") or opens_with_joining_word(text)
    return goes_on and not _YEAR.search(text)


def _heading_lines(paras: list[Paragraph], i: int, first_prose: int) -> list[int]:
    """Line ``i`` and the lines right under it that continue it (see ``_continues``), no
    dateline among them."""
    parts, j = [i], i + 1
    while j < len(paras) and paras[j].line - paras[j - 1].line <= MAX_LINE_GAP and j != first_prose:
        text = normalize_text(paras[j].text)
        if not _continues(text, normalize_text(paras[j - 1].text)) or paras[j].kind == "dateline":
            break
        parts.append(j)
        j += 1
    return parts


def document_heading(paras: list[Paragraph], rules: Rules) -> tuple[Candidate] | None:
    """A document-type headline broken over several lines ("STATEMENT" / "by the
    Spokesperson of ..." / "on ..."): the type line (``title.document_types`` of
    ``data/header_scoring.yaml``) and the lines right under it that continue it (each
    starts in lower case or follows a line ending with a comma; no date), joined. Their
    paragraphs are labelled ``title``; returns the joined candidate, or None."""
    scoring = scoring_of(rules)
    if scoring.document_type is None:
        return None
    first_prose = heading_first_prose(paras)  # a slogan in another script is no text
    for i, p in enumerate(paras[: min(first_prose, HEADER_REACH * 2)]):
        if not scoring.document_type.match(normalize_text(p.text)):
            continue
        parts = _heading_lines(paras, i, first_prose)
        if len(parts) < 2:
            return None
        text = " ".join(normalize_text(paras[k].text) for k in parts)
        if headline_restates(paras, i, text):
            return None
        for k in parts:
            paras[k].kind, paras[k].role = "title", ""
        label_banners(paras, i)  # a slogan in another script over it
        return (Candidate(i, text, 0.0, ("document_heading",), text),)
    return None
