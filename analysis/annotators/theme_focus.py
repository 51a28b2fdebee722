"""What a paragraph is about versus what it mentions in passing (issue 18, round 7).

The top-level ``focus:`` entry of ``analysis/data/themes.yaml`` (its comment documents
it) sets two paragraph-level rules, applied by ``theme_hits`` after the terms are weighed
and before a paragraph's summed weight is compared with a theme's threshold:

- **clause rules** (``clauses:``): in a paragraph of at least ``min_words`` words, a hit
  that lies inside a background clause of its sentence -- an example list ("such as",
  "including"), an aside ("especially ..."), a framing adverbial opening the sentence
  ("Amid ...", "In the context of ..."), a purpose or result clause (", contributing to
  ...", "so that ...") or a relative clause (", which ...") -- weighs ``weight`` times
  as much; the hit names the clause rule in its ``rule`` column.
- **passing mentions** (``passing_mention:``): in a paragraph of at least ``min_words``
  words, a theme whose evidence lies in one sentence only, not the paragraph's first (its
  topic sentence), and sums to less than ``factor`` times the theme's threshold is not
  coded; its hits keep their weights and name the rule.

Both are measured in ``benchmarks/themes_results.md`` (round 7). A theme file without a
``focus:`` entry codes as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import ahocorasick_rs
import numpy as np

from analysis.annotators.theme_file import (
    ThemeDictionaryError,
    checked_rule_entry,
    number_at_least,
    one_line,
)

PASSING_MENTION = "passing_mention"
"""The ``rule`` of the hits of a theme not coded because it is only mentioned in passing."""

_CLAUSE_END = {
    # Where a background clause stops: "clause" runs to the next ; : . ! ? ( or ),
    # "comma" also stops at the next comma.
    "clause": r"[^;:.!?()]*",
    "comma": r"[^;:.!?(),]*",
}
_CLAUSE_KEYS = {"id", "note", "opens", "runs_to", "at_sentence_start"}
_FOCUS_KEYS = {"note", "clauses", "passing_mention"}
_PASSING_KEYS = {"min_words", "factor"}
_CLAUSES_KEYS = {"min_words", "weight", "rules"}


@dataclass(frozen=True, kw_only=True)
class ClauseRule:
    """A background clause of a sentence: it opens with one of ``opens`` and runs to the
    end of the clause (or to the next comma)."""

    id: str
    note: str
    opens: tuple[str, ...]
    pattern: re.Pattern[str]  # run on the lower-cased sentence
    gates: tuple[str, ...]  # each opener's words (without a leading comma), found by str.find

    at_start: bool = False  # the opener must begin the sentence

    def span_at(self, lowered: str, i: int) -> tuple[int, int] | None:
        """The clause when one of its openers' words begin at ``i`` of a lower-cased
        sentence (for a comma opener, the clause starts at the comma before them)."""
        j = i - 1
        while j >= 0 and lowered[j] == " ":
            j -= 1
        for at in (j, i) if j >= 0 and lowered[j] == "," else (i,):
            if self.at_start and lowered[:at].strip():
                continue
            m = self.pattern.match(lowered, at)
            if m is not None:
                return m.span()
        return None


class ClauseFinder:
    """Every clause rule's openers in one Aho-Corasick pass over a sentence; each found
    opener is then confirmed by its rule's pattern at that place only."""

    def __init__(self, rules: Sequence[ClauseRule]):
        self.rules = tuple(rules)
        gates = sorted({g for rule in self.rules for g in rule.gates})
        self._owners = [tuple(r for r in self.rules if g in r.gates) for g in gates]
        self._automaton = ahocorasick_rs.AhoCorasick(gates) if gates else None

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """The background clauses of one sentence: ``(start, end, rule id)``."""
        if self._automaton is None:
            return []
        lowered = text.lower()
        out: list[tuple[int, int, str]] = []
        for gate, start, _ in self._automaton.find_matches_as_indexes(lowered, overlapping=True):
            for rule in self._owners[gate]:
                span = rule.span_at(lowered, start)
                if span is not None:
                    out.append((*span, rule.id))
        return out


@dataclass(frozen=True, kw_only=True)
class Focus:
    """The ``focus:`` entry of a theme file (see the module docstring)."""

    note: str
    clause_min_words: int
    clause_weight: float
    clauses: tuple[ClauseRule, ...]
    finder: ClauseFinder
    passing_min_words: int
    passing_factor: float


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
    gates = tuple(sorted({" ".join(o.strip().lower().lstrip(", ").split()) for o in opens}))
    return ClauseRule(
        id=str(entry["id"]),
        note=one_line(entry["note"]),
        opens=tuple(o.strip() for o in opens),
        pattern=pattern,
        gates=gates,
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
    clauses = entry.get("clauses") or {}
    passing = entry.get("passing_mention") or {}
    if not isinstance(clauses, dict) or not isinstance(passing, dict):
        raise ThemeDictionaryError(f"{source}: focus 'clauses' and 'passing_mention' are mappings")
    where = f"{source}: focus"
    for name, value, keys in (
        ("clauses", clauses, _CLAUSES_KEYS),
        ("passing_mention", passing, _PASSING_KEYS),
    ):
        if set(value) - keys:
            raise ThemeDictionaryError(
                f"{where} {name} has unknown keys {sorted(set(value) - keys)}"
            )
    rules = clauses.get("rules") or []
    if not isinstance(rules, list):
        raise ThemeDictionaryError(f"{where} clauses 'rules' must be a list of clause rules")
    return Focus(
        note=one_line(entry.get("note") or ""),
        clause_min_words=int(number_at_least(clauses.get("min_words", 0), f"{where} min_words")),
        clause_weight=_clause_weight(clauses.get("weight", 1.0), f"{where} clauses weight"),
        clauses=(built := tuple(build_clause(r, i, source) for i, r in enumerate(rules))),
        finder=ClauseFinder(built),
        passing_min_words=int(
            number_at_least(passing.get("min_words", 0), f"{where} passing_mention min_words")
        ),
        passing_factor=number_at_least(
            passing.get("factor", 1.0), f"{where} passing_mention factor"
        ),
    )


def _clause_weight(value: Any, where: str) -> float:
    """The clause weight: a number above 0 and at most 1 (a clause makes a hit weaker,
    never nothing: the passing-mention rule counts the sentences holding evidence)."""
    weight = number_at_least(value, where)
    if not 0 < weight <= 1:
        raise ThemeDictionaryError(f"{where} is {value!r}; give a number above 0 and at most 1")
    return weight


def clause_spans(text: str, focus: Focus) -> list[tuple[int, int, str]]:
    """The background clauses of one sentence: ``(start, end, rule id)``."""
    return focus.finder.spans(text)


class _Paragraphs:
    """The paragraphs of the coded sentences (doc_id, para_id, sent_id, text lists, in
    corpus order: a paragraph's sentences in a row, numbered from 0, as
    ``split_sentences_table`` makes them): where each paragraph's sentences are, and, when
    asked, its word count and a sentence's text. One vectorised look at the sentence ids;
    the words are counted only for the paragraphs the rules read."""

    def __init__(self, columns: Sequence[Sequence[Any]]):
        self.docs, self.paras, self.sent_ids, self.texts = columns
        firsts = np.flatnonzero(np.asarray(self.sent_ids) == 0).tolist()
        ends = [*firsts[1:], len(self.sent_ids)]
        self.rows = {
            (self.docs[a], self.paras[a]): (a, b) for a, b in zip(firsts, ends, strict=True)
        }
        self._words: dict[tuple, int] = {}

    def _indices(self, key: tuple) -> list[int]:
        """Where the paragraph's sentences are in the columns."""
        a, b = self.rows.get(key, (0, 0))
        last = b - 1
        if b > a and (self.docs[last], self.paras[last], self.sent_ids[last]) == (*key, last - a):
            return list(range(a, b))
        # Not laid out as split_sentences_table lays them out: look for them one by one.
        return [i for i, k in enumerate(zip(self.docs, self.paras, strict=True)) if k == key]

    def words(self, key: tuple) -> int:
        """The paragraph's word count (spaces + 1 per sentence)."""
        n = self._words.get(key)
        if n is None:
            n = self._words[key] = sum(self.texts[i].count(" ") + 1 for i in self._indices(key))
        return n

    def text(self, key: tuple, sent_id: int) -> str:
        """The text of one of the paragraph's sentences."""
        a, b = self.rows.get(key, (0, 0))
        i = a + sent_id
        if i < b and self.sent_ids[i] == sent_id and self.paras[i] == key[1]:
            return self.texts[i]
        return next(self.texts[j] for j in self._indices(key) if self.sent_ids[j] == sent_id)


def _groups(rows: Sequence[tuple]) -> dict[tuple, list]:
    """Per (doc_id, para_id, theme) of hit rows: ``[summed weight, row indices]``."""
    groups: dict[tuple, list] = {}
    for i, row in enumerate(rows):
        key = (row[0], row[1], row[3])
        group = groups.get(key)
        if group is None:
            groups[key] = [row[8], [i]]
        else:
            group[0] += row[8]
            group[1].append(i)
    return groups


def apply_focus(
    rows: list[tuple], columns: Sequence[Sequence[Any]], threshold: dict[str, float], focus: Focus
) -> tuple[list[tuple], list[bool]]:
    """Hit rows ``(doc_id, para_id, sent_id, theme, term, match, start, end, weight, rule)``
    with the clause rules applied, and per row whether its paragraph is coded with its
    theme (summed weight reaches ``threshold``, and not a passing mention); ``columns``:
    the coded sentences (doc_id, para_id, sent_id, text lists).

    Only a paragraph x theme that reaches its threshold is looked at, and the clause
    rules only where they can change its coding: while its summed weight is under the
    threshold divided by the clause weight (times ``factor`` for a theme named in one
    later sentence of a paragraph the passing-mention rule reads). Above that, weighing
    every hit down still codes it, and its hits keep their weights."""
    groups = _groups(rows)
    reach = {k: g for k, g in groups.items() if g[0] >= threshold[k[2]] - 1e-9 and g[0] > 0}
    flags = [False] * len(rows)
    if not reach:
        return rows, flags
    paragraphs = _Paragraphs(columns)
    lone = _lone_sentence(rows, reach, paragraphs, threshold, focus)
    if focus.clauses and focus.clause_weight < 1:
        _weigh_clauses(rows, reach, lone, paragraphs, threshold, focus)
    passing = set()
    for key, (total, indices) in reach.items():
        if total < threshold[key[2]] - 1e-9:
            continue  # the clause rules took it under the threshold
        if key in lone and total < focus.passing_factor * threshold[key[2]] - 1e-9:
            passing.add(key)
            for i in indices:
                row = rows[i]
                rows[i] = (*row[:9], _named(row[9], PASSING_MENTION))
            continue
        for i in indices:
            flags[i] = True
    return rows, flags


def _lone_sentence(
    rows: Sequence[tuple],
    reach: dict[tuple, list],
    paragraphs: _Paragraphs,
    threshold: dict[str, float],
    focus: Focus,
) -> set[tuple]:
    """The paragraph x theme keys of ``reach`` that the passing-mention rule may drop:
    evidence in one sentence, not the first (sentence 0), in a paragraph of at least
    ``min_words`` words, weighing less than ``factor / clause weight`` times the threshold
    (the most the clause rules can bring under ``factor`` times it)."""
    most = focus.passing_factor / focus.clause_weight
    out = set()
    for key, (total, indices) in reach.items():
        if total >= most * threshold[key[2]] - 1e-9:
            continue
        where = {rows[i][2] for i in indices if rows[i][8] > 0}
        if len(where) != 1 or 0 in where:
            continue
        if paragraphs.words((key[0], key[1])) >= focus.passing_min_words:
            out.add(key)
    return out


def _weigh_clauses(
    rows: list[tuple],
    reach: dict[tuple, list],
    lone: set[tuple],
    paragraphs: _Paragraphs,
    threshold: dict[str, float],
    focus: Focus,
) -> None:
    """Multiply by the clause weight the weight of each hit of ``reach`` that lies in a
    background clause (in place, in ``rows`` and in the groups' sums), where it can
    change the coding (see ``apply_focus``)."""
    found: dict[tuple, list[tuple[int, int, str]]] = {}
    for key, group in reach.items():
        bound = (focus.passing_factor if key in lone else 1.0) / focus.clause_weight
        if group[0] >= bound * threshold[key[2]] - 1e-9:
            continue
        if paragraphs.words((key[0], key[1])) < focus.clause_min_words:
            continue
        for i in group[1]:
            row = rows[i]
            if row[8] <= 0:
                continue
            sentence = (row[0], row[1], row[2])
            spans = found.get(sentence)
            if spans is None:
                text = paragraphs.text((row[0], row[1]), row[2])
                spans = found[sentence] = clause_spans(text, focus)
            if not spans:
                continue  # most sentences have no background clause
            for start, end, rule in spans:
                if start <= row[6] and row[7] <= end:
                    weight = row[8] * focus.clause_weight
                    group[0] -= row[8] - weight
                    rows[i] = (*row[:8], weight, _named(row[9], f"clause:{rule}"))
                    break


def _named(rule: str, name: str) -> str:
    """A hit's ``rule`` with ``name`` added (``; ``-joined after any rule already there)."""
    return f"{rule}; {name}" if rule else name
