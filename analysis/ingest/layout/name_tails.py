"""A writer's bare name with where they file from, their post or their paper after it, on
the credit line under a headline: "Name, Hanoi", "Name in Da Nang", "Name (Hanoi)", "Name,
Reporter", "Name - Staff Writer", "Name | VnExpress", "Name, <the site's printed name>".
Without "By" such a line was read as no byline (and at times as the headline); the tail
must be a place (``places.place_names``), a writer's post (``byline_tails.writer_post``),
a listed outlet, or a name the page prints on a line above (its masthead), and the name
no place ("Quang Ninh, Vietnam", "Lao Cai Province, Vietnam"). A kicker of two
capitalised words before a place ("Border Trade, Hanoi") still reads as a writer: no list
of names tells them apart."""

from __future__ import annotations

import re

from analysis.core.text import count_words
from analysis.ingest.byline_tails import writer_post
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.affiliation_tails import affiliation_tail, name_and_affiliation
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.layout.outlet_writers import outlet_key
from analysis.ingest.page_rules import Rules, outlet_named
from analysis.ingest.places import place_names, place_words

#: The name, then its tail after a comma, a spaced bar or dash, "in", or in brackets.
_NAME_TAIL = re.compile(
    r"^(?P<name>[^,|()–—]+?)(?:\s*,\s*|\s+[|–—-]\s+|\s+in\s+|\s*\()(?P<tail>[^(),|]+?)\)?\s*$"
)

#: The most words of a writer's name before its tail.
_NAME_MAX_WORDS = 5


def _tail_credits(tail: str, above: list[Paragraph], rules: Rules) -> bool:
    """Whether ``tail`` is a place, a writer's post, a listed outlet or a line above."""
    return bool(
        tail.casefold() in place_names()
        or writer_post(tail, rules)
        or outlet_named(tail, rules)
        or any(outlet_key(p.text) == outlet_key(tail) for p in above)
    )


def name_with_tail(paras: list[Paragraph], i: int, rules: Rules) -> bool:
    """Whether line ``i`` is a writer's name (two to five capitalised words) with a place,
    a post or an outlet after it (``_tail_credits``), and the line under it is not one
    too: two "Name, Research Fellow" lines in a row are a panel or a list of speakers,
    whose first member wrote nothing."""
    if not _one_name_with_tail(paras, i, rules):
        return False
    return i + 1 >= len(paras) or not _one_name_with_tail(paras, i + 1, rules)


def _one_name_with_tail(paras: list[Paragraph], i: int, rules: Rules) -> bool:
    """Whether line ``i`` alone reads as a name with a tail that credits it."""
    found = _NAME_TAIL.match(paras[i].text.strip())
    parts = found.group("name", "tail") if found else name_and_affiliation(paras[i].text)
    if parts is None:
        return False
    name, tail = parts[0].strip(), parts[1].strip()
    return (
        count_words(name) <= _NAME_MAX_WORDS
        and looks_like_name(name, rules)
        and not _place(name)  # "Quang Ninh, Vietnam": a place line, no writer
        and (_tail_credits(tail, paras[:i], rules) or affiliation_tail(tail))
    )


def _place(name: str) -> bool:
    """A place's name: listed (``place_names``) or closed by a place's word ("Province")."""
    words = name.casefold().split()
    return name.casefold() in place_names() or (bool(words) and words[-1] in place_words())
