"""Reporters who contributed to a story, credited on a line of their own under its text:
"– With Lea Santiago" (a Manila paper's second reporter, held-out 70). They join the
writers a byline names; with no byline they are not read (the line may close a story
taken from elsewhere). The labels are ``contributor_labels`` of ``data/page_layout.yaml``."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.text import normalize_text
from analysis.ingest.bylines import byline_names
from analysis.ingest.layout.lines import Article, Paragraph
from analysis.ingest.page_rules import Rules, layout_alternation

#: How many lines under the text's last paragraph are read for a contributor's line.
_REACH = 3


@cache
def _contributor_line() -> re.Pattern[str]:
    """A contributor's label, then the names, alone on a line (case-insensitive label)."""
    labels = layout_alternation("contributor_labels")
    return re.compile(rf"^(?i:{labels})\s+(?P<names>[A-ZÀ-Ỹ].{{2,80}})$")


def contributors(paras: list[Paragraph], last_prose: int, rules: Rules) -> list[str]:
    """The people a contributor's line under the text names ("– With Lea Santiago" ->
    ["Lea Santiago"]); [] when no such line follows the text's last paragraph."""
    if last_prose < 0:
        return []
    for p in paras[last_prose : last_prose + 1 + _REACH]:
        found = _contributor_line().match(normalize_text(p.text).strip())
        if found:
            return byline_names(found.group("names"), rules)
    return []


def with_contributors(
    article: Article, names: list[str], last_prose: int, rules: Rules
) -> list[str]:
    """``names`` (the writers a byline gave) and the contributors under the text after
    them, ``article.author_source`` saying so; ``names`` as they are when there are none
    or no byline named a writer."""
    extra = contributors(article.paragraphs, last_prose, rules) if names else []
    if extra:
        article.author_source += f"; contributor under the text: {'; '.join(extra)}"
    return names + extra
