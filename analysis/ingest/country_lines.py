"""Country lines: lines that name only countries ("VIETNAM CHINA", "India-Vietnam", a
country's name in any language), and the country names read from the data files.

A line of country names is a topic or dateline, never a writer's byline.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.errors import DataFileError
from analysis.core.normalize import fold
from analysis.core.text import normalize_text


def country_key(text: str) -> str:
    """A line or a country's name as they are compared (``country_line``): folded
    (``normalize.fold``), lower case, without spaces, dashes or punctuation ("Viet-Nam",
    "Viet Nam" and "VIỆT NAM" are one key)."""
    return re.sub(r"[\W_]+", "", fold(normalize_text(text)).casefold())


#: The columns of ``data/gazetteer_countries.csv`` whose names make a country label.
_LABEL_COLUMNS = ("name", "aliases", "names_other")


@cache
def country_names() -> dict[str, str]:
    """Every name of a country in ``data/gazetteer_countries.csv`` (``name``, ``aliases``
    and ``names_other``: its names in the other languages and scripts of the press) as
    ``country_key`` -> the country. Raises ``DataFileError`` when a name stands for two
    countries."""
    table = load_data_file("gazetteer_countries.csv")
    names: dict[str, str] = {}
    for _, row in table.iterrows():
        cells = [str(row.get(c) or "") for c in _LABEL_COLUMNS]
        for name in (n for cell in cells for n in cell.split("|") if n.strip()):
            key = country_key(name)
            if names.setdefault(key, row["name"]) != row["name"] and key:
                raise DataFileError(
                    f"analysis/data/gazetteer_countries.csv: row {row['name']}: the name "
                    f"{name!r} is also a name of {names[key]}; give each name to one country",
                    file="gazetteer_countries.csv",
                    entry=f"row {row['name']}",
                    fix="give each name to one country only",
                )
    names.pop("", None)
    return names


def country_line(text: str) -> bool:
    """Whether ``text`` is only a country's name, in any language or script of
    ``country_names`` ("ベトナム社会主義共和国", "Вьетнам", "VIETNAM")."""
    return len(text) <= 120 and country_key(text) in country_names()


@cache
def _country_words() -> frozenset[str]:
    """Country names and one-word aliases from ``data/gazetteer_countries.csv`` (lower case):
    a "name" made only of these is a tag line ("VIETNAM CHINA"), not a person."""
    table = load_data_file("gazetteer_countries.csv")
    words: set[str] = set()
    for name, aliases in zip(table["name"], table["aliases"], strict=True):
        words.update(w.casefold() for w in [name, *aliases.split("|")] if w and " " not in w)
    return frozenset(words)


def _countries_named(words: list[str]) -> bool:
    """Words that name countries rather than a person: only countries ("VIETNAM CHINA",
    a tag line), or countries joined by hyphens ("India-Vietnam ...", a headline)."""
    return all(w.casefold() in _country_words() for w in words) or any(
        country_pair(w) for w in words
    )


def country_word(word: str) -> bool:
    """Whether ``word`` is a country's one-word name or alias ("Vietnam", "Laos")."""
    return word.casefold() in _country_words()


def country_pair(word: str) -> bool:
    """Two or more countries joined by hyphens ("India-Vietnam", "US-China"): a relation
    in a headline or a tag, never a part of a person's name."""
    parts = word.casefold().split("-")
    return len(parts) > 1 and all(part in _country_words() for part in parts)
