"""A writer's name holds no country's name (held-out 130).

A line of two to six capitalised words closing a post or standing alone reads as its
writer's name (``bylines.looks_like_name``). A picture's alt text left under a blog post's
text ("Vietnam Laos Border Markers") has that shape and was read as the writer. A word that
is a country's name or one-word alias (``data/gazetteer_countries.csv``) is never part of a
person's name, except the countries that are also given names (``country_given_names`` of
``data/header_scoring.yaml``: "Jordan", "Georgia", "India", ...). Only writers are checked:
site names and headlines hold countries ("EuroCham Vietnam", "Japan Press Weekly").

Nor does a writer's name end with a place's word (held-out 133): a dateline printing a town
the gazetteer lacks beside its country and the day ("Baybay City, Philippines — December
17, 2024", an explainer saved from its dateline) has the form of a byline with an
affiliation and a date; "City", "Province", "District" (``place_words`` of
``data/page_layout.yaml``) close a place's name, never a person's."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.ingest.places import place_words


@cache
def _countries() -> frozenset[str]:
    table = load_data_file("gazetteer_countries.csv")
    words: set[str] = set()
    for name, aliases in zip(table["name"], table["aliases"], strict=True):
        words.update(w.casefold() for w in [name, *aliases.split("|")] if w and " " not in w)
    given = load_data_file("header_scoring.yaml").get("country_given_names") or []
    return frozenset(words - {w.casefold() for w in given})


def holds_country(words: Sequence[str]) -> bool:
    """Whether one of ``words`` is a country's name that is no given name.

    >>> holds_country(["Vietnam", "Laos", "Border", "Markers"])
    True
    >>> holds_country(["Jordan", "Hale"])
    False
    >>> holds_country(["Nguyen", "Hoai", "Nam"])
    False
    """
    return any(w.casefold().strip(".,'’") in _countries() for w in words)


def closed_by_place_word(words: Sequence[str]) -> bool:
    """Whether a name of two words or more ends with a place's word.

    >>> closed_by_place_word(["Baybay", "City"])
    True
    >>> closed_by_place_word(["Gareth", "Ward"])
    False
    """
    return len(words) >= 2 and words[-1].casefold().strip(".,") in place_words()
