"""The claim indicators and their patterns: ``analysis/data/timeline_claims.yaml`` read into
``Indicator`` records (placeholders {Q} qualifier, {N} number, {S} scale expanded), the
patterns compiled and matched where a number can start, and the number and qualifier a
match gives. ``analysis.annotators.claims`` turns the matches into the claims table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from analysis.annotators.timeline_data import _read_yaml
from analysis.core.vocabulary import alternation, vocabulary

_QUALIFIERS = alternation(vocabulary()["claim_qualifiers"])  # data/vocabulary.yaml


_CLAIM_PLACEHOLDERS = {
    "{Q}": rf"(?:(?:{_QUALIFIERS})\s+)?",
    "{N}": r"(?<![\d.,])(?P<value>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)",
    "{S}": r"(?:\s*(?P<scale>thousand|million|billion|trillion))?",
}


#: The qualifier written just before a number ("more than 80"), read after the match.
_QUALIFIER_BEFORE = re.compile(rf"\b(?P<qualifier>{_QUALIFIERS})\s+$", re.IGNORECASE)


_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


@dataclass(frozen=True)
class Indicator:
    """One tracked quantity: its id, unit, patterns and secondary numbers."""

    id: str
    description: str
    unit: str
    patterns: tuple[re.Pattern[str], ...]
    also: tuple[tuple[str, str, str], ...]  # (group, indicator, unit)


def _expand(pattern: str) -> str:
    """The regex of a claim pattern: placeholders replaced; a leading {Q} is dropped so the
    search anchors on the number (the qualifier is read from the text before it)."""
    pattern = pattern.removeprefix("{Q}")
    for key, value in _CLAIM_PLACEHOLDERS.items():
        pattern = pattern.replace(key, value)
    return pattern


@cache
def load_indicators() -> tuple[Indicator, ...]:
    """Claim indicators from ``analysis/data/timeline_claims.yaml``, in file order."""
    return _read_yaml("timeline_claims.yaml", _build_indicators)


def _build_indicators(data: Any) -> tuple[Indicator, ...]:
    return tuple(
        Indicator(
            id=ind_id,
            description=str(spec.get("description", "")),
            unit=str(spec["unit"]),
            patterns=tuple(re.compile(_expand(p), re.IGNORECASE) for p in spec["patterns"]),
            also=tuple(
                (group, str(sub["indicator"]), str(sub["unit"]))
                for group, sub in (spec.get("also") or {}).items()
            ),
        )
        for ind_id, spec in data["indicators"].items()
    )


_DIGIT = re.compile(r"\d")


_DIGIT_RUN = re.compile(r"\d+")


_NUMBER_FIRST = _CLAIM_PLACEHOLDERS["{N}"]


@cache
def _number_first_patterns() -> re.Pattern[str] | None:
    """One pattern matching where any claim pattern that begins with its number matches
    (group names dropped), to skip numbers no such pattern can start at; None when a
    pattern uses back-references or conditionals (which need its groups)."""
    parts = []
    for indicator in load_indicators():
        for pattern in indicator.patterns:
            if not pattern.pattern.startswith(_NUMBER_FIRST):
                continue
            if re.search(r"\(\?P=|\(\?\(|\\[1-9]", pattern.pattern):
                return None
            parts.append(re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern))
    if not parts:
        return None
    try:
        return re.compile("|".join(f"(?:{part})" for part in parts), re.IGNORECASE)
    except re.error:
        return None


@cache
def _claim_patterns() -> tuple[tuple[Indicator, re.Pattern[str], bool], ...]:
    """(indicator, pattern, whether the pattern begins with its number) in file order."""
    return tuple(
        (indicator, pattern, pattern.pattern.startswith(_NUMBER_FIRST))
        for indicator in load_indicators()
        for pattern in indicator.patterns
    )


def _matches_at(
    pattern: re.Pattern[str], text: str, starts: Sequence[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches can only begin at
    ``starts`` (increasing): a pattern that begins with its number ({N}, which cannot
    start inside a run of digits) and the starts of the runs of digits. Faster than
    trying every position."""
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None and match.end() > match.start():
            end = match.end()
            yield match


def _qualifier(text: str, position: int) -> str:
    """ "about", "more than", ... written just before the number at ``position``."""
    found = _QUALIFIER_BEFORE.search(text[max(0, position - 30) : position])
    return re.sub(r"\s+", " ", found["qualifier"].lower()) if found else ""


def _number(text: str, scale: str | None) -> float:
    return float(text.replace(",", "")) * _SCALES.get((scale or "").lower(), 1.0)
