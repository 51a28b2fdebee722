"""Context rules of the theme dictionary: where a theme's hits weigh differently.

A top-level ``contexts:`` entry of ``analysis/data/themes.yaml`` (its header documents it)
names themes and either ``phrases`` (a Party Congress named as a time marker, say) or
``list_items`` (a stock list of goals: at least ``min_items`` of them joined by commas,
semicolons or "and"). ``build_context`` reads one into a ``ContextRule``, whose
``spans`` say where the context lies in a sentence; ``terms_that_fit`` which of a theme's
terms can lie inside it (the coder then tries the rule for those terms only).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from analysis.annotators.term_index import matches_at, term_anchor
from analysis.annotators.theme_file import (
    ThemeDictionaryError,
    checked_rule_entry,
    number_at_least,
    one_line,
    str_list,
)
from analysis.annotators.theme_terms import (
    WORD_START,
    literal_runs,
    strip_word_start,
    term_prefixes,
    term_regex,
    word_start_spans,
)

_CONTEXT_KEYS = {
    "id",
    "note",
    "themes",
    "weight",
    "phrases",
    "list_items",
    "min_items",
    "begins_with",
}
_LIST_JOINT = re.compile(r"[,;]|\s(?:and|or|as)\s")  # one in every joint of a list context


@dataclass(frozen=True, kw_only=True)
class ContextRule:
    """A context that changes the weight of a theme's hits lying inside it (a stock list
    of goals, a Party Congress named as a time marker): their weight is multiplied by
    ``weight`` and the hit names the rule."""

    id: str
    note: str
    themes: tuple[str, ...]
    weight: float
    terms: tuple[str, ...]  # the phrases (or list items) the pattern is built from
    pattern: re.Pattern[str]
    prefixes: tuple[str, ...] | None = None  # literal runs, see term_prefixes
    min_present: int = 1  # distinct prefixes a text must hold before the pattern runs
    runs: tuple[tuple[str, ...], ...] | None = None  # per phrase, every literal run (lower)
    min_items: int = 0  # for a list rule
    word_start_checked: bool = False  # lower_pattern lacks the word-start lookbehind
    item_pattern: re.Pattern[str] | None = None  # a list's items, for list_spans
    # The same pattern without IGNORECASE, for the lower-cased text (much faster); raw
    # "re:" phrases are used as written, so write them in lower case.
    lower_pattern: re.Pattern[str] | None = None
    # Raw "re:" phrases only: the words (terms' syntax) every match begins with, indexed
    # like plain phrases, so the expression is tried only where one of them begins.
    anchors: tuple[str, ...] = ()

    @property
    def index_terms(self) -> tuple[str, ...]:
        """What the phrase index looks for: ``anchors`` when given, else ``terms``."""
        return self.anchors or self.terms

    def spans(self, text: str, lowered: str) -> list[tuple[int, int]]:
        """Where the context lies in ``text`` (``lowered`` is ``text.lower()``)."""
        if not self.may_match(lowered):
            return []
        if self.lower_pattern is not None and len(lowered) == len(text):
            if self.item_pattern is not None:
                return list_spans(self.item_pattern, lowered, self.min_items)
            if self.word_start_checked:
                return word_start_spans(self.lower_pattern, lowered)
            return [m.span() for m in self.lower_pattern.finditer(lowered)]
        return [m.span() for m in self.pattern.finditer(text)]

    def spans_at(self, text: str, lowered: str, starts: Sequence[int]) -> list[tuple[int, int]]:
        """``spans(text, lowered)`` when the context can only begin at ``starts``
        (ascending word starts where one of its phrases or items can begin, from an
        ``AnchorIndex`` of ``terms``): the patterns are tried there only."""
        if not starts:
            return []
        if self.lower_pattern is None or len(lowered) != len(text):
            return self.spans(text, lowered)
        if self.item_pattern is not None:
            found = [m.span() for m in matches_at(self.item_pattern, lowered, starts)]
            return list_runs(found, lowered, self.min_items)
        if self.word_start_checked or self.anchors:  # every start is a word start already
            return [m.span() for m in matches_at(self.lower_pattern, lowered, starts)]
        return self.spans(text, lowered)

    def may_match(self, lowered: str) -> bool:
        """False when ``lowered`` (a lower-cased text) cannot hold the context: for a list,
        too few separators or distinct items; for phrases, no phrase with all its literal
        runs in the text."""
        if self.min_items:  # a list of list_items: min_items - 1 joints at least
            if len(_LIST_JOINT.findall(lowered)) < self.min_items - 1:
                return False
            if self.prefixes is None:
                return True
            return sum(p in lowered for p in self.prefixes) >= self.min_present
        if self.runs is None:
            return True
        return any(all(r in lowered for r in runs) for runs in self.runs)


# --- lists of items ---------------------------------------------------------------------

_ARTICLE = r"(?:the|its|their|our|a)"
_JOINT = r"(?:\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)"
_GAP = re.compile(rf"{_JOINT}(?:{_ARTICLE}\s+)?")
_ARTICLE_BEFORE = re.compile(rf"(?<!\w){_ARTICLE}\s+\Z")


def _list_pattern(
    items: Sequence[str], min_items: int, flags: int = re.IGNORECASE, *, word_start: bool = True
) -> re.Pattern[str]:
    """A run of at least ``min_items`` of ``items`` joined by commas, semicolons or 'and',
    each optionally after the/its/their/our/a (``word_start=False``: without the check that
    the run starts a word, which ``word_start_spans`` then makes)."""
    bodies = [strip_word_start(term_regex(t)) for t in sorted(items, key=len, reverse=True)]
    item = rf"(?:{_ARTICLE}\s+)?(?:" + "|".join(bodies) + ")"
    start = WORD_START if word_start else ""
    return re.compile(rf"{start}{item}(?:{_JOINT}{item}){{{min_items - 1},}}", flags)


def _item_pattern(items: Sequence[str]) -> re.Pattern[str]:
    """Any one of a list's items (lower case, longest first), without the word-start
    check (``list_spans`` makes it)."""
    bodies = [term_regex(t)[len(WORD_START) :] for t in sorted(items, key=len, reverse=True)]
    return re.compile("(?:" + "|".join(bodies) + ")")


def list_spans(items: re.Pattern[str], lowered: str, min_items: int) -> list[tuple[int, int]]:
    """The spans of ``_list_pattern(items, min_items, 0)`` in ``lowered``, found in two fast
    steps: the items that start a word, then runs of at least ``min_items`` of them whose
    gaps are joints (", ", " and ", "; the "...), widened to a leading article."""
    return list_runs(word_start_spans(items, lowered), lowered, min_items)


def list_runs(
    found: Sequence[tuple[int, int]], lowered: str, min_items: int
) -> list[tuple[int, int]]:
    """The runs of at least ``min_items`` consecutive item spans ``found`` (ascending, not
    overlapping) whose gaps in ``lowered`` are joints, widened to a leading article."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(found):
        j = i
        while j + 1 < len(found) and _GAP.fullmatch(lowered, found[j][1], found[j + 1][0]):
            j += 1
        if j - i + 1 >= min_items:
            start = found[i][0]
            article = _ARTICLE_BEFORE.search(lowered, max(0, start - 40), start)
            out.append((article.start() if article else start, found[j][1]))
        i = j + 1
    return out


# --- phrases ----------------------------------------------------------------------------


def _lowered(terms: Sequence[str]) -> list[str]:
    """Plain terms in lower case (raw ``re:`` terms as written)."""
    return [t if t.strip().startswith("re:") else t.lower() for t in terms]


def _phrase_pattern(
    phrases: Sequence[str], flags: int = re.IGNORECASE, *, word_start: bool = True
) -> re.Pattern[str]:
    """Any of ``phrases`` (the terms' syntax), leftmost first (``word_start=False``, for
    plain phrases only: without the word-start check, see ``word_start_spans``)."""
    bodies = [term_regex(p) for p in phrases]
    if word_start:
        return re.compile("|".join(bodies), flags)
    bodies = [b[len(WORD_START) :] for b in bodies]
    return re.compile("(?:" + "|".join(bodies) + ")", flags)


# --- reading a rule ---------------------------------------------------------------------


def _context_themes(entry: dict[str, Any], where: str, known: set[str]) -> tuple[str, ...]:
    """The ``themes:`` a context rule names, each one of the dictionary's (``known``)."""
    themes = str_list(entry.get("themes"), entry["id"], "themes")
    bad = [t for t in themes if t not in known]
    if bad or not themes:
        raise ThemeDictionaryError(f"{where}: themes {bad or '[]'} must be among {sorted(known)}")
    return themes


def _list_rule(entry: dict[str, Any], where: str, items: tuple[str, ...]) -> dict[str, Any]:
    """The compiled parts of a ``list_items:`` rule, as ``ContextRule`` fields."""
    min_items = int(number_at_least(entry.get("min_items", 3), f"{where}: min_items", minimum=2))
    return {
        "pattern": _list_pattern(items, min_items),
        "lower_pattern": _list_pattern(_lowered(items), min_items, 0),
        "min_items": min_items,
        "item_pattern": _item_pattern(_lowered(items)),
    }


def _phrase_rule(phrases: tuple[str, ...]) -> dict[str, Any]:
    """The compiled parts of a ``phrases:`` rule, as ``ContextRule`` fields."""
    plain = not any(p.startswith("re:") for p in phrases)
    return {
        "pattern": _phrase_pattern(phrases),
        "lower_pattern": _phrase_pattern(_lowered(phrases), 0, word_start=not plain),
        "runs": literal_runs(phrases),
        "word_start_checked": plain,
    }


def _anchor_words(entry: dict[str, Any], phrases: tuple[str, ...]) -> dict[str, Any]:
    """A rule's ``begins_with:`` (the words every match of its raw ``re:`` phrases begins
    with) as the ``anchors`` field; nothing when the rule has none. Plain phrases are
    indexed by their own first words, so the key is for raw expressions only.

    >>> _anchor_words({"id": "x", "begins_with": ["doses", "loan*"]}, ("re:doses|loans?",))
    {'anchors': ('doses', 'loan*')}
    """
    words = str_list(entry.get("begins_with"), entry["id"], "begins_with")
    if not words:
        return {}
    if not phrases or not all(p.strip().startswith("re:") for p in phrases):
        raise ThemeDictionaryError(
            f"context rule {entry['id']!r}: 'begins_with' is for raw 're:' phrases only"
        )
    if any(term_anchor(w) is None for w in words):
        raise ThemeDictionaryError(
            f"context rule {entry['id']!r}: 'begins_with' must be words, not expressions"
        )
    return {"anchors": words}


def build_context(entry: Any, position: int, source: str, known: set[str]) -> ContextRule:
    """One top-level ``contexts:`` entry, for the themes ``known`` (their ids)."""
    where = checked_rule_entry(
        entry,
        f"{source}: contexts #{position + 1}",
        f"{source}: context rule",
        _CONTEXT_KEYS,
        "discounts",
    )
    themes = _context_themes(entry, where, known)
    phrases = str_list(entry.get("phrases"), entry["id"], "phrases")
    items = str_list(entry.get("list_items"), entry["id"], "list_items")
    if bool(phrases) == bool(items):
        raise ThemeDictionaryError(f"{where} needs either 'phrases' or 'list_items' (not both)")
    try:
        parts = _list_rule(entry, where, items) if items else _phrase_rule(phrases)
        parts |= _anchor_words(entry, phrases)
    except ValueError as exc:
        raise ThemeDictionaryError(f"{where}: invalid pattern: {exc}") from None
    return ContextRule(
        id=entry["id"],
        note=one_line(entry["note"]),
        themes=themes,
        weight=number_at_least(entry.get("weight", 0.0), f"{where}: weight"),
        terms=phrases or items,
        prefixes=term_prefixes(phrases or items),
        min_present=1,  # an item of a list may repeat: one present item is all a gate can ask
        **parts,
    )


_ARTICLES_AND_JOINTS = ("the", "its", "their", "our", "a", "and", "or", "as", "well")


def terms_that_fit(terms: Sequence[str], rule: ContextRule) -> frozenset[str] | None:
    """The terms whose match can lie inside a match of ``rule``: each word of the term is
    part of a word the context can hold. ``None`` (any term may) for raw regexes,
    wildcards in the context, or letters outside ASCII."""
    if any(t.strip().startswith("re:") or "*" in t or not t.isascii() for t in rule.terms):
        return None
    words = {w for t in rule.terms for w in re.findall(r"\w+", t.lower())}
    if rule.min_items:
        words.update(_ARTICLES_AND_JOINTS)

    def fits(term: str) -> bool:
        """Whether every word of ``term`` is part of a word the context holds."""
        if term.strip().startswith("re:") or not term.isascii():
            return True
        return all(any(r in w for w in words) for r in re.findall(r"\w+", term.lower()))

    return frozenset(t for t in terms if fits(t))
