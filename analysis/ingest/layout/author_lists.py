"""A label alone on its line over the writers' names, one name a line, without bullets
("Authors" / "Maria Santos" / "Ben Lim", a think tank's page header): the names under it
are bylines. The labels are ``author_list_labels`` of ``data/page_layout.yaml`` (whole
lines, case-insensitive), optionally closed by a record's field mark (``_FIELD_MARK``: a
colon, a dash or a bar after a space, "Authors :", "Author(s) -"); a label over a
bulleted list is read by ``layout.bylines.label_listed_bylines``.

(held-out 102) Academic records list one name a line in the form their database keeps:
"Surname, Given" (an EBSCO record's "Whitfield, Clara M.", a citation index's "Tan,
Wei-Ling [1 ,2 ]" with its affiliation numbers in brackets) or the name closed by the
list's comma ("Tran Thi Bich Ngoc,"); ``listed_name`` reads each in running order
(``surname_first.name_in_order``) and the byline keeps that form.

A report's cover may run its contributors in capitals into one line, closed by the
editor's credit (held-out 80): ``edited_report_writers``."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.text import normalize_text
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import HEADER_REACH, Article, Paragraph
from analysis.ingest.layout.surname_first import name_in_order
from analysis.ingest.page_rules import Rules, layout_alternation

#: How many lines under the label are read for names.
_REACH = 6


#: A record's mark closing a field label: " :", ":", " -", " –", " |".
_FIELD_MARK = r"(?:\s*:|\s+[-–|])?"

#: Affiliation numbers in brackets closing a listed name ("[1 ,2 ]", "[3]").
_AFFILIATION_NUMBERS = re.compile(r"\s*\[\s*\d+(?:\s*,\s*\d+)*\s*\]$")


@cache
def _label() -> re.Pattern[str]:
    labels = layout_alternation("author_list_labels")
    return re.compile(rf"^(?:{labels}){_FIELD_MARK}$", re.I)


def listed_name(text: str, rules: Rules) -> str:
    """The writer's name a line of an author list holds, in running order, or "" when it
    holds none: the line without the list's closing comma and bracketed affiliation
    numbers, as printed when it reads as a name, else a "Surname, Given" name reordered.

    >>> from analysis.ingest.page_rules import load_rules
    >>> r = load_rules()
    >>> listed_name("Tan, Wei-Ling [1 ,2 ]", r), listed_name("Tran Thi Bich Ngoc,", r)
    ('Wei-Ling Tan', 'Tran Thi Bich Ngoc')
    >>> listed_name("Source :", r), listed_name("Hanoi, Vietnam", r)
    ('', '')
    """
    line = _AFFILIATION_NUMBERS.sub("", normalize_text(text).strip())
    bare = line.removesuffix(",").strip()
    if "," not in bare and looks_like_name(bare, rules):
        return bare
    return name_in_order(bare, rules)


def label_author_lists(paras: list[Paragraph], rules: Rules) -> None:
    """Label the names right under an unlabelled header line that is an author list's
    label ("Authors") as bylines, and the label as their label; the run of names ends at
    the first line that is no name. Nothing changes when no name follows the label."""
    for i, p in enumerate(paras[: HEADER_REACH + 6]):
        if p.kind or not _label().match(normalize_text(p.text).strip()):
            continue
        names = []
        for q in paras[i + 1 : i + 1 + _REACH]:
            name = "" if q.kind else listed_name(q.text, rules)
            if not name:
                break
            names.append((q, name))
        for q, name in names:
            q.kind, q.role, q.text = "byline", "author", name
        if names:
            p.kind, p.role = "byline", "label"


#: A report cover's contributors in capitals, comma-separated, closed by its editor's
#: credit ("... in the Mekong MAI ANH NGUYEN, ROHAN PILLAI , SARI WIBOWO EDITED BY NAME",
#: held-out 80): the run of capitals names starts after the last word in mixed case.
_EDITED_LIST = re.compile(
    r"(?:^|(?<=[a-z]\s))(?P<names>(?:[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3} ?, ?)+"
    r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3}) EDITED BY\b"
)


def edited_contributors(text: str, rules: Rules) -> list[str]:
    """The contributors named in capitals before ``EDITED BY`` on a cover's line
    (``_EDITED_LIST``), each capitalised and read as a name; [] when any is no name (the
    editor is never one of them)."""
    text = normalize_text(text)
    found = _EDITED_LIST.search(text) if " EDITED BY" in text else None  # literal in it
    parts = [p.strip() for p in found.group("names").split(",")] if found else []
    names = [" ".join(w.capitalize() for w in p.split()) for p in parts]
    return names if names and all(looks_like_name(n, rules) for n in names) else []


#: The editor's name after the credit: up to four words in capitals.
_EDITOR = re.compile(r"\bEDITED BY (?P<name>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+(?=\s|$)){1,3})")


def _editor(text: str) -> str:
    """The editor ``EDITED BY`` credits in ``text``, capitalised; "" when none."""
    found = _EDITOR.search(normalize_text(text))
    return " ".join(w.capitalize() for w in found.group("name").split()) if found else ""


def edited_report_writers(article: Article, rules: Rules) -> None:
    """With no writer read, or only the editor (the byline reader takes "EDITED BY NAME"
    for "By Name"), a report cover's contributors before ``EDITED BY`` in one of the first
    ``HEADER_REACH + 6`` paragraphs (``edited_contributors``) are the writers."""
    for p in article.paragraphs[: HEADER_REACH + 6]:
        names = edited_contributors(p.text, rules)
        read = article.author.casefold()
        if names and (not read or _editor(p.text).casefold().startswith(read)):
            article.author = "; ".join(names)
            article.author_source = f"line {p.line}: the contributors before the editor's credit"
            return
