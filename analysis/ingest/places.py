"""Places' names: a line or a name that is one of them is a place, never a writer's name
nor an outlet ("MANILA" in "29-1-2024 (MANILA) ...", "Quang Ninh (VNA) - ...").

``place_names`` joins the countries of ``data/gazetteer_countries.csv`` (their names,
other names and capitals, as written) and the provinces, cities and islands of
``data/places.csv`` (Vietnam's 63 provinces and centrally-run cities, its big towns, the
provinces of Laos and Cambodia, big foreign cities), each of these in every spelling of
``spellings``: without diacritics too, and with its hyphen written in the usual ways.
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from analysis.core.data_files import load_data_file
from analysis.core.errors import DataFileError
from analysis.core.normalize import fold

#: A hyphen or dash between two parts of a name ("Ba Ria-Vung Tau", "Ba Ria – Vung Tau").
_DASH = re.compile(r"\s*[-–—]\s*")

#: How a name's hyphen may be written: "Ba Ria-Vung Tau", "Ba Ria–Vung Tau", "Ba Ria - Vung
#: Tau", "Ba Ria – Vung Tau", "Ba Ria Vung Tau".
DASH_FORMS = ("-", "–", " - ", " – ", " ")


def spellings(name: str) -> set[str]:
    """Every way ``name`` is matched, in lower case: as written and without diacritics
    (``normalize.fold``), each with its hyphens written in every one of ``DASH_FORMS``.

    >>> sorted(spellings("Đắk Lắk"))
    ['dak lak', 'đắk lắk']
    >>> "ba ria - vung tau" in spellings("Bà Rịa-Vũng Tàu")
    True
    """
    parts = _DASH.split(name.strip())
    joins = DASH_FORMS if len(parts) > 1 else ("",)
    return {
        join.join(words).casefold() for words in (parts, list(map(fold, parts))) for join in joins
    }


def _fail(row: int, problem: str, fix: str) -> DataFileError:
    """The error naming ``places.csv``'s row (its line), the problem and the fix."""
    return DataFileError(
        f"analysis/data/places.csv: line {row}: {problem}; fix: {fix}",
        file="places.csv",
        entry=f"line {row}",
        fix=fix,
    )


@cache
def listed_places() -> dict[str, str]:
    """Every spelling (``spellings``) of every place of ``data/places.csv`` -> its row's
    ``name`` (``place_spellings``)."""
    countries = set(load_data_file("gazetteer_countries.csv")["name"])
    return place_spellings(load_data_file("places.csv"), countries)


def place_spellings(table: pd.DataFrame, countries: set[str]) -> dict[str, str]:
    """Every spelling of every place of ``table`` (as ``places.csv`` is read) -> its row's
    ``name``. Raises ``DataFileError`` for a country not in ``countries`` or a spelling
    given to two places."""
    found: dict[str, str] = {}
    first = table.attrs.get("first_line", 2)
    for number, row in enumerate(table.to_dict("records"), start=first):
        if row["country"] not in countries:
            fix = "write the country as the `name` column of gazetteer_countries.csv does"
            raise _fail(number, f"unknown country {row['country']!r}", fix)
        names = [row["name"], *(a for a in row["aliases"].split("|") if a.strip())]
        for spelling in {s for name in names for s in spellings(name)}:
            if found.setdefault(spelling, row["name"]) != row["name"]:
                fix = f"give the spelling to one place only (it is also {found[spelling]}'s)"
                raise _fail(number, f"the spelling {spelling!r} is also another place's", fix)
    return found


@cache
def place_names() -> frozenset[str]:
    """The names of places in lower case: countries' names, other names and capitals
    (``data/gazetteer_countries.csv``) and every spelling of the provinces, cities and
    islands of ``data/places.csv``: "manila", "quang ninh", "quảng ninh", "ba ria - vung tau"."""
    table = load_data_file("gazetteer_countries.csv")
    names: set[str] = set(listed_places())
    for column in ("name", "aliases", "capitals"):
        for cell in table[column].dropna():
            names.update(n.strip().casefold() for n in cell.split("|") if n.strip())
    return frozenset(names)


@cache
def place_words() -> frozenset[str]:
    """The words that end a place's name ("Ho Chi Minh City", "Lao Cai Province"):
    ``place_words`` of ``data/page_layout.yaml``, lower case."""
    return frozenset(load_data_file("page_layout.yaml").get("place_words", []))
