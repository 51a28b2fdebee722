"""A site's posting line: its date, then "by X" ("Published Feb 20, 2024 7:14 PM by The
Maritime Executive"), cut in two by ``header_pieces``. The poster after "by" is an
organisation, no writer, when its name opens with an article of
``byline_organisation_articles`` (``data/page_layout.yaml``: the site's staff, a partner
such as "The Conversation"), or when the page prints it alone on a line above (its
masthead: "AmCham Vietnam" / ... / "Posted on 25/03/2024 by AmCham Vietnam"). A byline
alone on its line keeps such a name (a blogger's pen name, "By The Riverbank Scribe")."""

from __future__ import annotations

from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import normalize_text
from analysis.ingest.bylines import byline_names
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules


@cache
def _organisation_articles() -> frozenset[str]:
    """First words of a poster's name that make it an organisation's."""
    return frozenset(load_data_file("page_layout.yaml").get("byline_organisation_articles", []))


def organisation_names(names: list[str]) -> bool:
    """Whether a byline's names all open with an article ("The Conversation", "The
    Maritime Executive")."""
    return bool(names) and all(n.split()[0] in _organisation_articles() for n in names)


def posted_by_organisation(paras: list[Paragraph], i: int, rules: Rules) -> bool:
    """Whether paragraph ``i`` is the "by X" half of a posting line (the paragraph before is
    its date, from the same line) whose X is an organisation (held-out 70)."""
    if i < 1:
        return False
    before, p = paras[i - 1], paras[i]
    if before.line != p.line or before.kind != "dateline":
        return False
    names = byline_names(p.text, rules)
    mastheads = {normalize_text(q.text).casefold() for q in paras[: i - 1]}
    return organisation_names(names) or (len(names) == 1 and names[0].casefold() in mastheads)
