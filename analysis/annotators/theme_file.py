"""The theme file itself: where the packaged one is, its error type, and the checks every
entry reader of ``analysis/data/themes.yaml`` shares (lists of strings, numbers, rules).

The readers (``analysis.annotators.theme_dictionary`` for themes,
``analysis.annotators.theme_actors`` for actor
rules, ``analysis.annotators.theme_contexts`` for context rules) raise ``ThemeDictionaryError`` with
a message naming the file, the theme or rule, and the fix.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from analysis.core.errors import DataFileError


class ThemeDictionaryError(DataFileError):
    """The theme dictionary file is malformed; the message names the theme and the problem."""


def default_themes_path() -> Path:
    """Path of the theme dictionary shipped with the package."""
    return Path(str(resources.files("analysis") / "data" / "themes.yaml"))


def str_list(value: Any, theme_id: str, field: str) -> tuple[str, ...]:
    """``value`` (a string or a list of strings; None: empty) as stripped strings, or a
    ``ThemeDictionaryError`` naming ``theme_id`` and ``field``."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ThemeDictionaryError(f"Theme {theme_id!r}: '{field}' must be a list of strings")
    return tuple(v.strip() for v in value)


def number_at_least(value: Any, where: str, *, minimum: float = 0.0) -> float:
    """A number >= ``minimum`` from the YAML, or an error naming ``where``."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value < minimum:
        raise ThemeDictionaryError(f"{where} is {value!r}; give a number >= {minimum:g}")
    return float(value)


def checked_rule_entry(
    entry: Any, position_name: str, rule_name: str, keys: frozenset[str] | set[str], does: str
) -> str:
    """Check one actor or context rule entry (a mapping with an 'id', known keys only, a
    'note'); return how messages name it (``rule_name`` and its id)."""
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
        raise ThemeDictionaryError(f"{position_name} must be a mapping with an 'id'")
    where = f"{rule_name} {entry['id']!r}"
    unknown = set(entry) - keys
    if unknown:
        raise ThemeDictionaryError(f"{where} has unknown keys {sorted(unknown)}")
    if not str(entry.get("note") or "").strip():
        raise ThemeDictionaryError(f"{where} has no 'note'; say in one line what it {does}")
    return where


def one_line(note: Any) -> str:
    """A rule's or theme's note (or definition) on one line, its whitespace collapsed."""
    return " ".join(str(note).split())
