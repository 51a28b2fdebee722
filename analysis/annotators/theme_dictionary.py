"""The theme dictionary: reading, validating and compiling ``analysis/data/themes.yaml``.

Each theme has an id, a label, a one-line definition, terms and optional exclusions
(the file's header comment documents the term syntax). ``load_themes`` rejects a
malformed dictionary with a ``ThemeDictionaryError`` naming the theme and the problem,
and compiles every theme once into one case-insensitive pattern.

The parts of a theme are read by their own modules: terms into patterns by
``analysis.annotators.theme_terms``, ``actors:`` by ``analysis.annotators.theme_actors``, top-level
``contexts:`` by ``analysis.annotators.theme_contexts``, ``focus:`` by
``analysis.annotators.theme_focus``, ``model:`` by
``analysis.annotators.theme_evidence``;
the checks they share and the error type are in ``analysis.annotators.theme_file``.

    >>> themes = load_themes()                    # the packaged dictionary
    >>> sorted(t.id for t in themes)[:3]
    ['economic', 'identity', 'information_culture']
"""

from __future__ import annotations

import re
import reprlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis.annotators.theme_actors import ActorRule, build_actor, covering_terms
from analysis.annotators.theme_contexts import ContextRule, build_context, terms_that_fit
from analysis.annotators.theme_file import (
    ThemeDictionaryError,
    default_themes_path,
    number_at_least,
    one_line,
    str_list,
)
from analysis.annotators.theme_focus_file import build_focus
from analysis.annotators.theme_terms import AnchoredTerms, compile_terms, term_prefixes
from analysis.core.data_files import load_data_file
from analysis.core.errors import ParameterError

__all__ = [
    "Theme",
    "ThemeDictionaryError",
    "attach_contexts",
    "default_themes_path",
    "load_themes",
    "resolve_themes",
]


@dataclass(frozen=True, kw_only=True)
class Theme:
    """One compiled theme of the dictionary."""

    id: str
    label: str
    definition: str
    terms: tuple[str, ...]
    exclude: tuple[str, ...]
    pattern: re.Pattern[str]
    exclude_pattern: re.Pattern[str] | None
    prefixes: tuple[str, ...] | None = None
    weights: tuple[float, ...] = ()  # per term, in ``terms`` order (empty: all 1)
    threshold: float = 1.0  # summed hit weight a paragraph needs to be coded
    actors: tuple[ActorRule, ...] = ()
    contexts: tuple[ContextRule, ...] = ()
    term_weight: dict[str, float] = field(default_factory=dict, compare=False, repr=False)
    anchored: AnchoredTerms | None = field(default=None, compare=False, repr=False)
    # Per context rule id, the terms that can lie inside the context (None: any term).
    context_terms: dict[str, frozenset[str] | None] = field(
        default_factory=dict, compare=False, repr=False
    )
    # The dictionary's n-gram model (``analysis.annotators.theme_evidence``; None: no ``model:``).
    model: Any = field(default=None, compare=False, repr=False)
    # The file's ``focus:`` rules (``analysis.annotators.theme_focus``; None: no ``focus:``).
    focus: Any = field(default=None, compare=False, repr=False)

    def __hash__(self) -> int:
        """The hash of the compared fields, computed once: the coder's caches
        (``theme_index``, ``place_coder``) are keyed by the themes, and hashing thousands of
        terms, actor names and patterns on every ``theme_hits`` call cost about 2 us per
        sentence of a 3,000-sentence corpus."""
        cached = self.__dict__.get("_hash")
        if cached is None:
            cached = hash(tuple(getattr(self, f.name) for f in fields(self) if f.compare))
            object.__setattr__(self, "_hash", cached)
        return cached

    def weight_of(self, term: str) -> float:
        """The weight of one of the theme's terms (1 unless ``weights:`` says otherwise)."""
        return self.term_weight.get(term, 1.0)

    def term_of(self, match: re.Match[str]) -> str:
        """The dictionary term behind a match of ``pattern``."""
        return self.terms[int(match.lastgroup[1:])]  # type: ignore[index]

    def may_match(self, lowered: str) -> bool:
        """False when ``lowered`` (a lower-cased text) cannot contain a match: no term's
        longest literal run occurs in it. A cheap test before the regex."""
        return self.prefixes is None or any(p in lowered for p in self.prefixes)


def load_themes(path: str | Path | None = None) -> tuple[Theme, ...]:
    """Read, validate and compile a theme dictionary (the packaged one by default).

    Raises ``ThemeDictionaryError`` naming the theme and the problem for a missing id,
    empty terms, a duplicate id or a term that is not a valid pattern.
    """
    source = Path(path) if path is not None else default_themes_path()
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as exc:
        raise ThemeDictionaryError(f"Cannot read theme dictionary {str(source)!r}: {exc}") from None
    return _parse_themes(text, str(source))


def resolve_themes(
    themes: Sequence[Theme] | str | Path | None = None, ids: Iterable[str] | None = None
) -> tuple[Theme, ...]:
    """Themes to use: a loaded dictionary, a path to one, or the packaged one.

    ``ids`` (empty or None = all) keeps only those themes, in dictionary order; an
    unknown id raises ``ParameterError`` listing the valid ones.
    """
    loaded = (
        load_themes(themes) if themes is None or isinstance(themes, str | Path) else tuple(themes)
    )
    wanted = list(ids or [])
    if not wanted:
        return loaded
    known = [t.id for t in loaded]
    unknown = [i for i in wanted if i not in known]
    if unknown:
        raise ParameterError("themes", unknown, f"must be among {known}")
    return tuple(t for t in loaded if t.id in wanted)


@lru_cache(maxsize=16)  # keyed by the file's text: an edited theme file is a new entry
def _parse_themes(text: str, source: str) -> tuple[Theme, ...]:
    """Validate and compile a dictionary's text (cached: the same text compiles once)."""
    data = load_data_file("themes.yaml", text=text, source=source, error=ThemeDictionaryError)
    top = data if isinstance(data, dict) else {}
    entries = data.get("themes") if isinstance(data, dict) else data
    if not isinstance(entries, list) or not entries:
        raise ThemeDictionaryError(f"{source!r} has no themes; expected a top-level 'themes:' list")
    themes = tuple(_build_theme(e, i, source) for i, e in enumerate(entries))
    themes = attach_contexts(themes, top.get("contexts"), source)
    if top.get("model") is not None:
        themes = _attach_model(themes, top["model"], source)
    focus = build_focus(top.get("focus"), source)
    if focus is not None:
        for name, factors in (
            ("passing_mention", focus.passing_factors),
            ("thin_evidence", focus.thin_factors),
        ):
            unknown = sorted({t for t, _ in factors} - {t.id for t in themes})
            if unknown:
                raise ThemeDictionaryError(
                    f"{source}: focus {name} factors name unknown themes {unknown}"
                )
        themes = tuple(replace(t, focus=focus) for t in themes)
    _check_unique_ids(themes, source)
    return themes


def _attach_model(themes: tuple[Theme, ...], entry: Any, source: str) -> tuple[Theme, ...]:
    """``themes`` carrying the word model of the file's ``model:`` entry (None when it says
    ``use: false``)."""
    from analysis.annotators.theme_evidence import load_theme_model

    ids = [t.id for t in themes]
    model = load_theme_model(entry, Path(source).parent, source, ids, ThemeDictionaryError)
    return tuple(replace(t, model=model) for t in themes)


def _check_unique_ids(themes: Sequence[Theme], source: str) -> None:
    """Raise ``ThemeDictionaryError`` naming the first theme id used twice."""
    seen: set[str] = set()
    for theme in themes:
        if theme.id in seen:
            raise ThemeDictionaryError(
                f"Theme {theme.id!r} in {source!r}: duplicate id; ids must be unique"
            )
        seen.add(theme.id)


def _theme_id(entry: Any, position: int, source: str) -> str:
    """The id of the theme ``entry`` (a mapping with a non-empty ``id``), stripped."""
    if not isinstance(entry, dict):
        raise ThemeDictionaryError(
            f"{source}: theme #{position + 1} is not a mapping with id, label, terms"
        )
    theme_id = entry.get("id")
    if not isinstance(theme_id, str) or not theme_id.strip():
        raise ThemeDictionaryError(
            f"{source}: theme #{position + 1} (label {reprlib.repr(entry.get('label'))}) has "
            "no 'id'; give every theme a unique snake_case id"
        )
    return theme_id.strip()


def _theme_terms(entry: dict[str, Any], theme_id: str, source: str) -> tuple[str, ...]:
    """A theme's ``terms:``: at least one, none empty."""
    terms = str_list(entry.get("terms"), theme_id, "terms")
    if not terms or not all(terms):
        raise ThemeDictionaryError(
            f"Theme {theme_id!r} in {source}: 'terms' is empty or has an empty term; "
            "list at least one phrase"
        )
    return terms


def _build_theme(entry: Any, position: int, source: str) -> Theme:
    """One entry of the ``themes:`` list, validated and compiled (its context rules are
    attached afterwards by ``attach_contexts``)."""
    theme_id = _theme_id(entry, position, source)
    where = f"Theme {theme_id!r} in {source}"
    terms = _theme_terms(entry, theme_id, source)
    exclude = str_list(entry.get("exclude"), theme_id, "exclude")
    try:
        pattern = compile_terms(terms, named=True)
        exclude_pattern = compile_terms(exclude) if exclude else None
    except ValueError as exc:
        raise ThemeDictionaryError(f"{where}: invalid pattern: {exc}") from None
    weights = _build_weights(entry.get("weights"), terms, theme_id, source)
    covered = covering_terms(terms, weights, pattern)
    actors = tuple(
        build_actor(a, i, theme_id, source, covered=covered)
        for i, a in enumerate(entry.get("actors") or [])
    )
    return Theme(
        id=theme_id,
        label=str(entry.get("label") or theme_id),
        definition=one_line(entry.get("definition") or ""),
        terms=terms,
        exclude=exclude,
        pattern=pattern,
        exclude_pattern=exclude_pattern,
        prefixes=term_prefixes(terms),
        weights=tuple(weights.get(t, 1.0) for t in terms) if weights else (),
        threshold=number_at_least(entry.get("threshold", 1.0), f"{where}: threshold"),
        actors=actors,
        # Actor evidence appears in hits as the term "actor:<id>", weighing its rule's weight.
        term_weight=weights | {f"actor:{a.id}": a.weight for a in actors},
        anchored=AnchoredTerms(terms, pattern),
    )


def _build_weights(
    value: Any, terms: Sequence[str], theme_id: str, source: str
) -> dict[str, float]:
    """``weights:`` (term -> weight) of one theme; every key must be one of its terms."""
    if value is None:
        return {}
    where = f"Theme {theme_id!r} in {source}: weights"
    if not isinstance(value, dict):
        raise ThemeDictionaryError(f"{where} must be a mapping of term: weight")
    unknown = [k for k in value if k not in terms]
    if unknown:
        raise ThemeDictionaryError(
            f"{where} names {unknown}, which are not among its terms; add them to terms first"
        )
    return {str(k): number_at_least(v, f"{where} of {k!r}") for k, v in value.items()}


def attach_contexts(themes: tuple[Theme, ...], entries: Any, source: str) -> tuple[Theme, ...]:
    """Validate the top-level ``contexts:`` list and give each theme the rules naming it."""
    if entries is None:
        return themes
    if not isinstance(entries, list):
        raise ThemeDictionaryError(f"{source}: 'contexts' must be a list of rules")
    known = {t.id for t in themes}
    rules = [build_context(e, i, source, known) for i, e in enumerate(entries)]
    out = []
    for theme in themes:
        mine = tuple(r for r in rules if theme.id in r.themes)
        held = {r.id: terms_that_fit(theme.terms, r) for r in mine}
        out.append(replace(theme, contexts=mine, context_terms=held))
    return tuple(out)
