"""A writer's affiliation after their name on the credit line under a headline, without
"By": "Name, US-Vietnam Research Center, University of Oregon", "Name, University of
Oregon" (held-out 134, a research centre's blog). The tail after the name's comma is an
affiliation when each of its comma-separated parts is a capitalised organisation's name
holding one of ``affiliation_heads`` of ``data/page_layout.yaml`` (University, Institute,
Centre, ...) or a place, and at least one is an organisation's. ``name_tails`` then reads
the line as the writer's."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import count_words
from analysis.ingest.places import place_names

#: The most words of one part of an affiliation ("Institute for Foreign Policy and
#: Strategic Studies of the Diplomatic Academy").
_PART_MAX_WORDS = 12


@cache
def _heads() -> re.Pattern[str]:
    words = load_data_file("page_layout.yaml").get("affiliation_heads") or ["(?!)"]
    return re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", re.I)


def _organisation(part: str) -> bool:
    return (
        part[:1].isupper() and count_words(part) <= _PART_MAX_WORDS and bool(_heads().search(part))
    )


def affiliation_tail(tail: str) -> bool:
    """Whether ``tail`` names a writer's institution, with its parent or its city after
    commas.

    >>> affiliation_tail("US-Vietnam Research Center, University of Oregon")
    True
    >>> affiliation_tail("Hanoi")
    False
    >>> affiliation_tail("a centre of the city, they said")
    False
    """
    parts = [part.strip() for part in tail.split(",")]
    if not all(parts) or not any(_organisation(part) for part in parts):
        return False
    return all(_organisation(part) or part.casefold() in place_names() for part in parts)


def name_and_affiliation(text: str) -> tuple[str, str] | None:
    """The name before the first comma of ``text`` and the affiliation after it, or None
    when the part after the comma is no affiliation (``affiliation_tail``)."""
    name, comma, tail = text.strip().partition(",")
    if not comma or not affiliation_tail(tail.strip()):
        return None
    return name.strip(), tail.strip()
