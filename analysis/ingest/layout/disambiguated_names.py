"""A person's name with a word for what they are in brackets, at the top of a page, is the
page's subject, not its writer: "Nguyen Van Hoan (diplomat)", a wiki page's title in the
form an encyclopaedia gives two people of one name (its copies and mirrors keep it).

A writer's byline never describes its writer so: bylines bracket an outlet, an agency or an
institution, in capitals ("Tran Thi Lan (The Jakarta Post)", "Can Tho (VNA)"). The bracket
must hold one lower-case word of ``headline_posts`` (diplomat, politician, writer, ...) and
the line stand among the page's first three; the line labelled a byline then becomes a
heading before the writers are read.
"""

from __future__ import annotations

import re

from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules, scoring_of

#: Two to four capitalised words, then one lower-case word in brackets closing the line.
_NAME_WHAT = re.compile(
    r"^(?:[A-ZÀ-Ỹ][\w'’.-]*\s){1,3}[A-ZÀ-Ỹ][\w'’-]*\s\((?P<what>[a-z]{3,20})\)$"
)
#: How many of the page's first lines may hold the title.
_TOP = 3


def disambiguated_name(text: str, rules: Rules) -> bool:
    """Whether ``text`` is a name with what its bearer is in brackets ("Name (diplomat)")."""
    found = _NAME_WHAT.match(" ".join(text.split()))
    return found is not None and found.group("what") in scoring_of(rules).headline_posts


def unmark_disambiguated_names(paras: list[Paragraph], rules: Rules) -> None:
    """A line among the page's first ``_TOP`` labelled a byline that is a disambiguated
    name (``disambiguated_name``) becomes a heading."""
    for p in paras[:_TOP]:
        if p.kind == "byline" and disambiguated_name(p.text, rules):
            p.kind, p.role = "heading", ""
