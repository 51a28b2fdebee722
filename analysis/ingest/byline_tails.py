"""The tails a byline carries after its writers' names, which name no writer: a credit to
unnamed co-writers or agencies ("Name et al.", "Name in Bangkok and agencies";
``byline_et_al`` of ``data/page_layout.yaml``) and the writers' post after a slash ("By A
and B / Staff reporter, with staff writer"; the roles are ``author_note_roles`` of
``data/header_scoring.yaml``)."""

from __future__ import annotations

import re
from functools import cache

from analysis.ingest.page_rules import Rules, layout_alternation, scoring_of


@cache
def _et_al() -> re.Pattern[str]:
    """Words for unnamed co-writers after a name (``byline_et_al``): "và cộng sự", "et al.",
    "and agencies"."""
    return re.compile(rf"\s+(?:{layout_alternation('byline_et_al')})(?=\s*(?:$|[|,;/–—-]))", re.I)


def without_et_al(text: str) -> str:
    """``text`` without the unnamed co-writers after its names.

    >>> without_et_al("Rachel Whitmore in Bangkok and agencies")
    'Rachel Whitmore in Bangkok'
    """
    return _et_al().sub("", text)


def writer_post(text: str, rules: Rules) -> bool:
    """Whether the part after a byline's slash is the writers' post, not an outlet:
    "Staff reporter", "Staff reporter, with staff writer" (a Taiwanese daily's two writers,
    held-out 72). Each piece between commas, a leading "with" dropped, is a role phrase."""
    role = scoring_of(rules).note_role
    pieces = [re.sub(r"^with\s+", "", piece.strip(), flags=re.I) for piece in text.split(",")]
    return bool(text.strip()) and all(role.fullmatch(piece) for piece in pieces)
