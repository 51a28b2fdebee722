"""Reading the ``focus:`` entry of a theme file (issue 18, rounds 7-9): its clause rules,
passing-mention and thin-evidence parameters, validated and compiled into a
``analysis.annotators.theme_focus.Focus`` (what the entry means: that module's docstring
and the entry's comments in ``analysis/data/themes.yaml``)."""

from __future__ import annotations

import re
from typing import Any

from analysis.annotators.clause_finder import ClauseFinder, ClauseRule
from analysis.annotators.theme_file import (
    ThemeDictionaryError,
    checked_rule_entry,
    number_at_least,
    one_line,
)
from analysis.annotators.theme_focus import Focus

_CLAUSE_END = {
    # Where a background clause stops: "clause" runs to the next ; : . ! ? ( or ),
    # "comma" also stops at the next comma.
    "clause": r"[^;:.!?()]*",
    "comma": r"[^;:.!?(),]*",
}
_CLAUSE_KEYS = {"id", "note", "opens", "runs_to", "at_sentence_start"}
_FOCUS_KEYS = {"note", "clauses", "passing_mention", "thin_evidence"}
_PASSING_KEYS = {"min_words", "factor", "factors", "topical_openers"}
_THIN_KEYS = {"min_words", "factors"}
_CLAUSES_KEYS = {"min_words", "weight", "rules"}
#: The parts of a ``focus:`` entry and the keys each may hold.
_PARTS = {
    "clauses": _CLAUSES_KEYS,
    "passing_mention": _PASSING_KEYS,
    "thin_evidence": _THIN_KEYS,
}


def _opener_regex(phrase: str) -> str:
    """The regular expression of one clause opener: whole words, any run of spaces, a
    leading comma followed by optional spaces."""
    text = phrase.strip().lower()
    comma = text.startswith(",")
    words = text.lstrip(", ").split()
    body = r"\s+".join(re.escape(w) for w in words)
    return (r",\s*" if comma else r"\b") + body + r"\b"


def build_clause(entry: Any, position: int, source: str) -> ClauseRule:
    """One entry of ``focus: clauses: rules:``, validated and compiled."""
    where = checked_rule_entry(
        entry, f"{source}: focus clause #{position + 1}", "Focus clause", _CLAUSE_KEYS, "marks"
    )
    opens = entry.get("opens")
    if not isinstance(opens, list) or not opens or not all(isinstance(o, str) for o in opens):
        raise ThemeDictionaryError(f"{where} in {source}: 'opens' must be a list of phrases")
    runs_to = entry.get("runs_to", "clause")
    if runs_to not in _CLAUSE_END:
        raise ThemeDictionaryError(
            f"{where} in {source}: 'runs_to' is {runs_to!r}; write one of {sorted(_CLAUSE_END)}"
        )
    alternatives = "|".join(_opener_regex(o) for o in opens)
    pattern = re.compile(f"(?:{alternatives}){_CLAUSE_END[runs_to]}")
    return ClauseRule(
        id=str(entry["id"]),
        note=one_line(entry["note"]),
        opens=tuple(o.strip() for o in opens),
        pattern=pattern,
        at_start=bool(entry.get("at_sentence_start", False)),
    )


def build_focus(entry: Any, source: str) -> Focus | None:
    """The ``Focus`` of a theme file's ``focus:`` entry (None when absent); raises
    ``ThemeDictionaryError`` naming the file and the problem."""
    if entry is None:
        return None
    if not isinstance(entry, dict):
        raise ThemeDictionaryError(f"{source}: 'focus' must be a mapping (note, clauses ...)")
    unknown = set(entry) - _FOCUS_KEYS
    if unknown:
        raise ThemeDictionaryError(f"{source}: 'focus' has unknown keys {sorted(unknown)}")
    clauses, passing, thin = _parts(entry, source)
    where = f"{source}: focus"
    rules = clauses.get("rules") or []
    if not isinstance(rules, list):
        raise ThemeDictionaryError(f"{where} clauses 'rules' must be a list of clause rules")
    return Focus(
        note=one_line(entry.get("note") or ""),
        clause_min_words=int(number_at_least(clauses.get("min_words", 0), f"{where} min_words")),
        clause_weight=_clause_weight(clauses.get("weight", 1.0), f"{where} clauses weight"),
        clauses=(built := tuple(build_clause(r, i, source) for i, r in enumerate(rules))),
        finder=ClauseFinder(built),
        **_passing_fields(passing, where),
        thin_min_words=int(
            number_at_least(thin.get("min_words", 0), f"{where} thin_evidence min_words")
        ),
        thin_factors=_factors(thin.get("factors") or {}, f"{where} thin_evidence factors"),
    )


def _parts(entry: dict, source: str) -> tuple[dict, dict, dict]:
    """The ``clauses``, ``passing_mention`` and ``thin_evidence`` mappings of a ``focus:``
    entry (empty when absent), each checked for unknown keys."""
    parts = [entry.get(name) or {} for name in _PARTS]
    if not all(isinstance(v, dict) for v in parts):
        raise ThemeDictionaryError(
            f"{source}: focus 'clauses', 'passing_mention' and 'thin_evidence' are mappings"
        )
    for (name, keys), value in zip(_PARTS.items(), parts, strict=True):
        if set(value) - keys:
            raise ThemeDictionaryError(
                f"{source}: focus {name} has unknown keys {sorted(set(value) - keys)}"
            )
    return parts[0], parts[1], parts[2]


def _passing_fields(passing: dict, where: str) -> dict[str, Any]:
    """The ``Focus`` fields read from ``focus: passing_mention:`` (validated)."""
    return {
        "passing_min_words": int(
            number_at_least(passing.get("min_words", 0), f"{where} passing_mention min_words")
        ),
        "passing_factor": number_at_least(
            passing.get("factor", 1.0), f"{where} passing_mention factor"
        ),
        "passing_factors": _factors(
            passing.get("factors") or {}, f"{where} passing_mention factors"
        ),
        "topical_openers": _openers(
            passing.get("topical_openers") or [], f"{where} passing_mention topical_openers"
        ),
    }


def _factors(value: Any, where: str) -> tuple[tuple[str, float], ...]:
    """Per-theme factors (passing mention, thin evidence): a mapping of theme id to a
    number >= 0."""
    if not isinstance(value, dict):
        raise ThemeDictionaryError(f"{where} must be a mapping of theme id to a number")
    return tuple((str(k), number_at_least(v, f"{where} {k}")) for k, v in value.items())


def _openers(value: Any, where: str) -> tuple[str, ...]:
    """Topical sentence openers: a list of phrases, kept in lower case, single-spaced."""
    if not isinstance(value, list) or not all(isinstance(o, str) and o.strip() for o in value):
        raise ThemeDictionaryError(f"{where} must be a list of phrases")
    return tuple(" ".join(o.lower().split()) for o in value)


def _clause_weight(value: Any, where: str) -> float:
    """The clause weight: a number above 0 and at most 1 (a clause makes a hit weaker,
    never nothing: the passing-mention rule counts the sentences holding evidence)."""
    weight = number_at_least(value, where)
    if not 0 < weight <= 1:
        raise ThemeDictionaryError(f"{where} is {value!r}; give a number above 0 and at most 1")
    return weight
