"""The writers a research brief names under its closing "Author Information" heading: a
research service's brief (a CRS In Focus page, held-out 100) prints no byline over its
text; it closes with the heading and one line per writer, the name, a comma and the
writer's post ("Hannah R. Lindqvist, Specialist in Asian Affairs"). The heading is
``author_information_headings`` of ``data/page_layout.yaml`` (the whole line,
case-insensitive); the lines right under it that are a name (two to five capitalised
words, initials allowed), a comma and a capitalised post of at most ``MAX_POST_WORDS``
words without a stop give the writers, in their order. A sentence under the heading, or a
line that is no name, ends the list."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.text import normalize_text
from analysis.ingest.bylines import byline_names
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules, layout_alternation

#: Authors read from the block: (names, where they were read).
Authors = tuple[list[str], str]

#: The most words of a writer's post after the comma.
MAX_POST_WORDS = 8
#: The most writer lines read under the heading.
MAX_WRITERS = 6

#: "Name, Post": two to five capitalised words or initials, a comma, a capitalised post.
_NAME_POST = re.compile(
    r"^(?P<name>[A-ZÀ-Ỹ][\w'’-]*\.?(?:\s[A-ZÀ-Ỹ][\w'’-]*\.?){1,4}),\s(?P<post>[A-Z][^.!?;:]*)$"
)


@cache
def _heading() -> re.Pattern[str]:
    """The block's heading, the whole line (case-insensitive)."""
    words = layout_alternation("author_information_headings")
    return re.compile(rf"^\s*(?:{words})\s*:?\s*$", re.I)


def name_post_writer(text: str, rules: Rules) -> list[str]:
    """The writer of a "Name, Post" line, or [].

    >>> from analysis.ingest.page_rules import load_rules
    >>> name_post_writer("Hannah R. Lindqvist, Specialist in Asian Affairs", load_rules())
    ['Hannah R. Lindqvist']
    >>> name_post_writer("This document was prepared by the Service, and its staff.", load_rules())
    []
    """
    found = _NAME_POST.match(normalize_text(text).strip())
    if not found or len(found.group("post").split()) > MAX_POST_WORDS:
        return []
    return byline_names(found.group("name"), rules)[:1]


def author_information(paras: list[Paragraph], last_prose: int, rules: Rules) -> Authors | None:
    """The writers listed right under an "Author Information" heading, with the reason."""
    heading = _heading()
    for i, p in enumerate(paras[:-1]):
        if not heading.match(normalize_text(p.text)):
            continue
        names: list[str] = []
        for below in paras[i + 1 : i + 1 + MAX_WRITERS]:
            found = name_post_writer(below.text, rules)
            if not found:
                break
            names += found
        if names:
            line = paras[i + 1].line
            return names, f"writers listed under {p.text.strip()!r}, line {line}"
    return None
