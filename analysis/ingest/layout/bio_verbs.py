"""A writer's bio after the text opening with the name and what the writer does: "Martin
Holloway writes and photographs from Da Nang, where ..." (held-out 129, a travel blog's
writer paragraph over its comment form).

The author's note ``bylines.note_names`` reads presents the writer with "is a/an/the
<role>"; a blog's or a magazine's bio as often opens with a verb of the writer's trade:
"<Name> writes about ...", "<Name> writes and photographs from ...", "<Name> covers ... for
...", "<Name> reports on ...". A name of two to five capitalised words opening the paragraph,
then one of these verbs (``bio_verbs`` of ``data/page_layout.yaml``) and a preposition or
"and <verb>", is the writer, read where ``_author_notes`` reads the notes (after the text and
above a comment form). Running text naming someone who writes ("The minister writes to ...")
is a sentence about another person; the name must open the paragraph and read as a
person's (``bylines.looks_like_name``: no outlet, place or office).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.ingest.bylines import looks_like_name
from analysis.ingest.page_rules import Rules, layout_alternation

_NAME = r"[A-ZÀ-Ỹ][\w.'’-]*(?:\s[A-ZÀ-Ỹ][\w.'’-]*){1,4}"


@cache
def _bio_opening() -> re.Pattern[str]:
    """A paragraph opening with a name, a bio verb, then a preposition or "and <verb>"."""
    verb = layout_alternation("bio_verbs")
    return re.compile(
        rf"(?P<name>{_NAME})\s(?:{verb})(?:\s(?:and|&)\s[a-z]+s)?\s(?:about|on|from|for|in|at)\b"
    )


def bio_verb_names(text: str, rules: Rules) -> list[str]:
    """The writer a bio paragraph opening "<Name> writes about/from ..." presents, else [].

    >>> from analysis.ingest.page_rules import load_rules
    >>> bio_verb_names("Anna Reyes writes about ports and trade from Manila.", load_rules())
    ['Anna Reyes']
    >>> bio_verb_names("The minister writes to the governors every month.", load_rules())
    []
    """
    found = _bio_opening().match(text.strip())
    if found is None or not looks_like_name(found.group("name"), rules):
        return []
    return [found.group("name")]
