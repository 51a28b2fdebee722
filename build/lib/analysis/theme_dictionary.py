"""The theme dictionary: reading, validating and compiling ``analysis/data/themes.yaml``.

Each theme has an id, a label, a one-line definition, terms and optional exclusions
(the file's header comment documents the term syntax). ``load_themes`` rejects a
malformed dictionary with a ``ThemeDictionaryError`` naming the theme and the problem,
and compiles every theme once into one case-insensitive pattern.

    >>> themes = load_themes()                    # the packaged dictionary
    >>> sorted(t.id for t in themes)[:3]
    ['economic', 'identity', 'information_culture']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from analysis.errors import AnalysisError, ParameterError

_HYPHENS = "-\u2010\u2011\u2012\u2013"
_APOSTROPHES = "'\u2019\u2018"


class ThemeDictionaryError(AnalysisError, ValueError):
    """The theme dictionary file is malformed; the message names the theme and the problem."""


@dataclass(frozen=True)
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

    def term_of(self, match: re.Match[str]) -> str:
        """The dictionary term behind a match of ``pattern``."""
        return self.terms[int(match.lastgroup[1:])]  # type: ignore[index]

    def may_match(self, lowered: str) -> bool:
        """False when ``lowered`` (a lower-cased text) cannot contain a match: no term's
        longest literal run occurs in it. A cheap test before the regex."""
        return self.prefixes is None or any(p in lowered for p in self.prefixes)


_LITERAL_RUN = re.compile(r"[^\s*'\u2019\u2018\-\u2010-\u2013]+")


def term_prefixes(terms: Sequence[str]) -> tuple[str, ...] | None:
    """The longest literal run of each term, lower-cased (``None`` if a term is a raw
    regex): any text that matches a term contains that run."""
    prefixes = []
    for term in terms:
        runs = _LITERAL_RUN.findall(term.strip())
        if term.strip().startswith("re:") or not runs:
            return None
        prefixes.append(max(runs, key=len).lower())
    return tuple(sorted(set(prefixes)))


def default_themes_path() -> Path:
    """Path of the theme dictionary shipped with the package."""
    return Path(str(resources.files("analysis") / "data" / "themes.yaml"))


def term_regex(term: str) -> str:
    """Translate one dictionary term into a regular expression (without flags).

    Plain terms match whole words, case-insensitively (the flag is added by the
    caller); ``*`` matches any run of word characters; a hyphen also matches a space
    and the other dash characters; an apostrophe matches straight and curly ones;
    spaces match any run of whitespace. ``re:...`` is passed through as a regex.

    >>> bool(re.fullmatch(term_regex("people-to-people"), "people to people"))
    True
    >>> bool(re.fullmatch(term_regex("diversif*"), "diversification"))
    True
    """
    if not isinstance(term, str) or not term.strip():
        raise ValueError("term is empty")
    term = term.strip()
    if term.startswith("re:"):
        body = term[3:]
        if not body:
            raise ValueError("'re:' term has no pattern")
        try:
            re.compile(body)
        except re.error as exc:
            raise ValueError(f"term {term!r} is not a valid regular expression ({exc})") from None
        return f"(?:{body})"
    if "**" in term:
        raise ValueError(f"term {term!r} has '**'; use a single '*' wildcard")
    if not any(ch.isalnum() for ch in term):
        raise ValueError(f"term {term!r} has no letters or digits and would match anything")
    if term.startswith("*"):
        raise ValueError(f"term {term!r} starts with '*'; wildcards may only end or join words")
    parts: list[str] = []
    for ch in term:
        if ch == "*":
            parts.append(r"\w*")
        elif ch in _HYPHENS:
            parts.append(rf"(?:[{_HYPHENS}]|\s+)")
        elif ch in _APOSTROPHES:
            parts.append(f"[{_APOSTROPHES}]")
        elif ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    return r"(?<!\w)" + "".join(parts) + r"(?!\w)"


_WORD_START = r"(?<!\w)"


def compile_terms(terms: Sequence[str], *, named: bool = False) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``terms`` (longer terms first).

    With ``named=True`` each term is a group ``t<i>`` (``i`` its index in ``terms``).
    The word-start check shared by all plain terms is tested once, before the
    alternatives, which makes matching several times faster.
    """
    order = sorted(range(len(terms)), key=lambda i: (-len(terms[i]), i))
    plain, raw = [], []
    for i in order:
        regex = term_regex(terms[i])
        is_plain = regex.startswith(_WORD_START)
        body = regex[len(_WORD_START) :] if is_plain else regex
        (plain if is_plain else raw).append(f"(?P<t{i}>{body})" if named else body)
    alternatives = ([f"{_WORD_START}(?:{'|'.join(plain)})"] if plain else []) + raw
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _as_str_list(value: Any, theme_id: str, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ThemeDictionaryError(f"Theme {theme_id!r}: '{field}' must be a list of strings")
    return tuple(v.strip() for v in value)


def _build_theme(entry: Any, position: int, source: str) -> Theme:
    if not isinstance(entry, dict):
        raise ThemeDictionaryError(
            f"{source}: theme #{position + 1} is not a mapping with id, label, terms"
        )
    theme_id = entry.get("id")
    if not isinstance(theme_id, str) or not theme_id.strip():
        raise ThemeDictionaryError(
            f"{source}: theme #{position + 1} (label {entry.get('label')!r}) has no 'id'; "
            "give every theme a unique snake_case id"
        )
    theme_id = theme_id.strip()
    terms = _as_str_list(entry.get("terms"), theme_id, "terms")
    if not terms or not all(terms):
        raise ThemeDictionaryError(
            f"Theme {theme_id!r} in {source}: 'terms' is empty or has an empty term; "
            "list at least one phrase"
        )
    exclude = _as_str_list(entry.get("exclude"), theme_id, "exclude")
    try:
        pattern = compile_terms(terms, named=True)
        exclude_pattern = compile_terms(exclude) if exclude else None
    except ValueError as exc:
        raise ThemeDictionaryError(
            f"Theme {theme_id!r} in {source}: invalid pattern: {exc}"
        ) from None
    return Theme(
        id=theme_id,
        label=str(entry.get("label") or theme_id),
        definition=" ".join(str(entry.get("definition") or "").split()),
        terms=terms,
        exclude=exclude,
        pattern=pattern,
        exclude_pattern=exclude_pattern,
        prefixes=term_prefixes(terms),
    )


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


@lru_cache(maxsize=16)
def _parse_themes(text: str, source: str) -> tuple[Theme, ...]:
    """Validate and compile a dictionary's text (cached: the same text compiles once)."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ThemeDictionaryError(f"{source!r} is not valid YAML: {exc}") from None
    entries = data.get("themes") if isinstance(data, dict) else data
    if not isinstance(entries, list) or not entries:
        raise ThemeDictionaryError(f"{source!r} has no themes; expected a top-level 'themes:' list")
    themes = tuple(_build_theme(e, i, source) for i, e in enumerate(entries))
    seen: set[str] = set()
    for theme in themes:
        if theme.id in seen:
            raise ThemeDictionaryError(
                f"Theme {theme.id!r} in {source!r}: duplicate id; ids must be unique"
            )
        seen.add(theme.id)
    return themes


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
