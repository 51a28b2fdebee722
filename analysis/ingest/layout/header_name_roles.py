"""A byline without "By" between the headline and the text: the writer's name, a comma
and the writer's role on one line ("Helen Moorcroft, Business and Policy Programme
Manager", a think tank's briefing; fix31b, held-out 96).

Read only when no byline named anyone, and only one such line under the headline and
above the first text paragraph: the name passes ``looks_like_name`` and is none of the
page's places, the role is short (``ROLE_MAX_WORDS``), has no digit and no closing stop,
and holds one of ``header_role_words`` of ``data/page_layout.yaml``. A line under a
heading of speakers ("PARTICIPANTS:", a transcript's cover split off above it, fix35c) is
one of an event's people, not the writer (``not_bylines.under_people_heading``).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.ingest.bylines import byline_names, looks_like_name
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.layout.not_bylines import under_people_heading
from analysis.ingest.page_rules import Rules
from analysis.ingest.places import place_names

#: Authors found, and the evidence: the names and ``author_source``.
Authors = tuple[list[str], str]

#: The most words of the role after the comma.
ROLE_MAX_WORDS = 8

#: How many paragraphs under the headline the line may stand.
REACH = 4

#: The kinds the line may have been given (never article text).
_KINDS = frozenset({"", "boilerplate", "heading", "credit"})


@cache
def _role_word() -> re.Pattern[str]:
    words = load_data_file("page_layout.yaml").get("header_role_words") or ["(?!)"]
    return re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(words)})(?![\w-])")


def name_and_role(text: str, rules: Rules) -> str | None:
    """The name of a "Name, role" line, or None.

    >>> from analysis.ingest.page_rules import load_rules
    >>> name_and_role("Helen Moorcroft, Business and Policy Programme Manager", load_rules())
    'Helen Moorcroft'
    >>> name_and_role("Hanoi, May 5 (VNA)", load_rules()) is None
    True
    """
    name, comma, role = text.partition(",")
    role = role.strip()
    if (
        not comma
        or not role
        or re.search(r"\d|[.!?:;]$", role)
        or len(role.split()) > ROLE_MAX_WORDS
    ):
        return None
    if not _role_word().search(role) or not looks_like_name(name, rules):
        return None
    if name.strip().casefold() in place_names():
        return None
    names = byline_names(name, rules)
    return names[0] if len(names) == 1 else None


def header_name_role(paras: list[Paragraph], rules: Rules) -> Authors | None:
    """The one "Name, role" line within ``REACH`` paragraphs under the headline and above
    the first text paragraph, labelled a byline; None otherwise."""
    title = next((i for i, p in enumerate(paras) if p.kind == "title"), -1)
    first_text = next((i for i, p in enumerate(paras) if p.kind in ("lede", "body")), len(paras))
    if title < 0:
        return None
    found = [
        (i, name)
        for i in range(title + 1, min(first_text, title + 1 + REACH))
        if paras[i].kind in _KINDS
        and not under_people_heading(paras, title + 1, i)  # "PARTICIPANTS:" / "NAME, Role"
        and (name := name_and_role(paras[i].text, rules))
    ]
    if len(found) != 1:
        return None
    i, name = found[0]
    paras[i].kind, paras[i].role = "byline", "author"
    return [
        name
    ], f"a name and its role under the headline, line {paras[i].line}: {paras[i].text!r}"
