"""Actor rules of the theme dictionary: a sentence naming an actor (a gazetteer party,
country, person or organisation, or a listed phrase) together with a cue is evidence.

A theme's ``actors:`` entry (``analysis/data/themes.yaml``'s header documents it) is read
by ``build_actor`` into an ``ActorRule``; names that one of the theme's own terms already
matches are dropped, since the term codes that mention already.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis.annotators.theme_file import (
    ThemeDictionaryError,
    checked_rule_entry,
    default_themes_path,
    number_at_least,
    one_line,
    str_list,
)
from analysis.annotators.theme_terms import AnchoredTerms, compile_terms, term_prefixes

GAZETTEER_FILES = {
    "country": "gazetteer_countries.csv",
    "party": "gazetteer_parties.csv",
    "person": "gazetteer_people.csv",
    "organisation": "gazetteer_organisations.csv",
}
_ACTOR_KEYS = {"id", "note", "names", "gazetteer", "cues", "weight"}
_GAZETTEER_KEYS = {"kinds", "countries", "exclude_countries"}


@dataclass(frozen=True, kw_only=True)
class ActorRule:
    """Actor evidence for a theme: a sentence that names one of ``names`` (gazetteer
    actors and listed phrases) together with one of ``cues`` is a hit worth ``weight``."""

    id: str
    note: str
    names: tuple[str, ...]
    cues: tuple[str, ...]
    weight: float
    names_pattern: re.Pattern[str]
    cues_pattern: re.Pattern[str] | None
    exact_case: frozenset[str] = frozenset()  # names (abbreviations) that must match in case
    cue_prefixes: tuple[str, ...] | None = None  # see term_prefixes: a cheap test first
    anchored: AnchoredTerms | None = field(default=None, compare=False, repr=False)

    def name_of(self, match: re.Match[str]) -> str:
        """The listed name behind a match of ``names_pattern``."""
        return self.names[int(match.lastgroup[1:])]  # type: ignore[index]

    def has_cue(self, text: str) -> bool:
        """Whether ``text`` holds one of the cues (always, for a rule without cues)."""
        if self.cues_pattern is None:
            return True
        if self.cue_prefixes is not None:
            lowered = text.lower()
            if not any(p in lowered for p in self.cue_prefixes):
                return False
        return self.cues_pattern.search(text) is not None


def _gazetteer_rows(folder: Path, kind: str) -> list[dict[str, str]]:
    """The rows of one gazetteer file as dicts (country of a country = its name), read
    the way ``analysis.annotators.gazetteer`` reads them (leading ``#`` lines are comments)."""
    from analysis.annotators.gazetteer import GazetteerError, read_data_csv

    path = folder / GAZETTEER_FILES[kind]
    try:
        table, _ = read_data_csv(path, ("name",))
    except GazetteerError as exc:
        raise ThemeDictionaryError(str(exc)) from None
    rows = table.to_dict("records")
    for row in rows:
        if kind == "country":
            row["country"] = row.get("name", "")
    return rows


@lru_cache(maxsize=32)  # packaged gazetteer (the only caller passes no folder)
def gazetteer_names(
    kinds: tuple[str, ...],
    countries: tuple[str, ...] = (),
    exclude_countries: tuple[str, ...] = (),
    folder: str = "",
) -> tuple[str, ...]:
    """Surface forms (names, abbreviations, aliases) of the gazetteer actors of ``kinds``
    whose country is in ``countries`` (empty: any) and not in ``exclude_countries``;
    read from the gazetteer CSVs next to the packaged theme file (or in ``folder``)."""
    base = Path(folder) if folder else default_themes_path().parent
    names: set[str] = set()
    for kind in kinds:
        for row in _gazetteer_rows(base, kind):
            country = (row.get("country") or "").strip()
            if (countries and country not in countries) or country in exclude_countries:
                continue
            surfaces = [row.get("name", ""), row.get("abbreviation", "")]
            surfaces += (row.get("aliases") or "").split("|")
            names.update(s.strip() for s in surfaces if s and s.strip())
    return tuple(sorted(names))


_LEADING_ARTICLE = re.compile(r"(?:The|A|An)\s+(?=\S+\s+\S)|[A-Z]\.\s+(?=\w)")


def _distinctive(name: str) -> str:
    """An actor name without a leading article or initial ("The Left (Germany)" -> "Left
    (Germany)", "S. Jaishankar" -> "Jaishankar"): the rest names the actor as well, and a
    name is looked for wherever its first word occurs, which for "the" is everywhere.

    >>> [_distinctive(n) for n in ("The Left (Germany)", "S. Jaishankar", "The Greens")]
    ['Left (Germany)', 'Jaishankar', 'The Greens']
    """
    return _LEADING_ARTICLE.sub("", name, count=1) if _LEADING_ARTICLE.match(name) else name


def _is_abbreviation(name: str) -> bool:
    return len(name) <= 6 and name.upper() == name and any(c.isalpha() for c in name)


def covering_terms(
    terms: Sequence[str], weights: dict[str, float], pattern: re.Pattern[str]
) -> Callable[[str, float], bool]:
    """Whether one of the theme's terms, weighing at least ``weight``, matches inside an
    actor's name (then every mention of the actor is already a hit of that term)."""

    def covers(name: str, weight: float) -> bool:
        """Whether a term of at least ``weight`` matches inside ``name``."""
        return any(
            weights.get(terms[int(m.lastgroup[1:])], 1.0) >= weight  # type: ignore[index]
            for m in pattern.finditer(name)
        )

    return covers


def _spec_names(spec: Any, theme_id: str, where: str) -> tuple[str, ...]:
    """The names of an actor rule's ``gazetteer:`` mapping (kinds, countries, exclusions)."""
    if not isinstance(spec, dict) or set(spec) - _GAZETTEER_KEYS:
        raise ThemeDictionaryError(
            f"{where}: 'gazetteer' must be a mapping with keys among {sorted(_GAZETTEER_KEYS)}"
        )
    kinds = str_list(spec.get("kinds"), theme_id, "gazetteer kinds")
    bad = [k for k in kinds if k not in GAZETTEER_FILES]
    if bad or not kinds:
        raise ThemeDictionaryError(
            f"{where}: gazetteer kinds {bad or '[]'} must be among {sorted(GAZETTEER_FILES)}"
        )
    return gazetteer_names(
        kinds,
        str_list(spec.get("countries"), theme_id, "gazetteer countries"),
        str_list(spec.get("exclude_countries"), theme_id, "gazetteer exclude_countries"),
    )


def _actor_names(entry: dict[str, Any], theme_id: str, where: str) -> list[str]:
    """An actor rule's listed and gazetteer names, distinctive part only, each once (in
    order of first appearance)."""
    names = list(str_list(entry.get("names"), theme_id, f"actor {entry['id']} names"))
    spec = entry.get("gazetteer")
    if spec is not None:
        names += _spec_names(spec, theme_id, where)
    names = [_distinctive(n) for n in names]
    return sorted(set(names), key=names.index)


def build_actor(
    entry: Any,
    position: int,
    theme_id: str,
    source: str,
    covered: Callable[[str, float], bool] | None = None,
) -> ActorRule:
    """One ``actors:`` entry of a theme. Names where one of the theme's own terms
    (``covered(name, weight)``) already match with at least the rule's weight are dropped:
    the term codes that mention already (abbreviations, matched in exact case, stay)."""
    where = checked_rule_entry(
        entry,
        f"Theme {theme_id!r} in {source}: actors #{position + 1}",
        f"Theme {theme_id!r} in {source}: actor rule",
        _ACTOR_KEYS,
        "captures",
    )
    names = _actor_names(entry, theme_id, where)
    weight = number_at_least(entry.get("weight", 1.0), f"{where}: weight")
    names = [n for n in names if covered is None or _is_abbreviation(n) or not covered(n, weight)]
    if not names:
        raise ThemeDictionaryError(f"{where} names no actor; give 'names' or 'gazetteer'")
    cues = str_list(entry.get("cues"), theme_id, f"actor {entry['id']} cues")
    try:
        names_pattern = compile_terms(names, named=True)
        cues_pattern = compile_terms(cues) if cues else None
    except ValueError as exc:
        raise ThemeDictionaryError(f"{where}: invalid pattern: {exc}") from None
    return ActorRule(
        id=entry["id"],
        note=one_line(entry["note"]),
        names=tuple(names),
        cues=cues,
        weight=weight,
        names_pattern=names_pattern,
        cues_pattern=cues_pattern,
        exact_case=frozenset(n for n in names if _is_abbreviation(n)),
        cue_prefixes=term_prefixes(cues) if cues else None,
        anchored=AnchoredTerms(names, names_pattern),
    )
