"""Coding content paragraphs with the theme dictionary, and what follows from the codes.

The dictionary itself (reading, validating, compiling) is ``analysis.theme_dictionary``;
its public names are re-exported here. Every function is pure: tables in, new tables
out, inputs never mutated.

    >>> from analysis.corpus import load_corpus            # doctest: +SKIP
    >>> corpus = load_corpus("seeds")                       # doctest: +SKIP
    >>> hits = theme_hits(corpus)                           # doctest: +SKIP
    >>> theme_prevalence(corpus, hits, by="outlet")         # doctest: +SKIP

Tables (row unit and columns):

theme_hits (one row per term match, actor or model evidence in a content sentence)
    doc_id, para_id, sent_id, theme, term, match, start, end, weight, rule, coded
    ``start``/``end`` index into ``sentences.text``: ``text[start:end] == match``. ``weight``:
    the term's weight times that of any context rule holding the match; ``rule``: that
    rule's id, ``actor:<id>`` for actor evidence (``term`` ``actor:<id>``, ``match`` the name),
    ``model:<p>`` for the word model's (``analysis.theme_evidence``), else empty; ``coded``:
    the paragraph's summed weight reaches the theme's ``threshold``. Counts use
    ``counted_hits``: coded, weight > 0.
theme_prevalence (one row per group x theme; group is a document, outlet or year)
    <by>, theme, n_paragraphs, n_coded, share, n_hits, n_words, hits_per_1000_words
theme_cooccurrence (one row per unordered pair of themes coded in the same paragraph)
    theme_a, theme_b, n_both, n_a, n_b, jaccard
theme_evidence (one row per quoted sentence)
    rank, theme, doc_id, para_id, sent_id, title, outlet, published, text, terms, n_terms, n_hits
dictionary_scores (one row per theme, plus "all")
    theme, support, n_coded, tp, fp, fn, precision, recall, f1
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from analysis.errors import ParameterError
from analysis.schema import CONTENT_KINDS
from analysis.term_index import MEMO_WORDS, AnchorIndex, PhraseIndex, matches_at, term_anchor
from analysis.text import evidence_window
from analysis.theme_actors import ActorRule
from analysis.theme_contexts import ContextRule
from analysis.theme_dictionary import (
    Theme,
    ThemeDictionaryError,
    default_themes_path,
    load_themes,
    resolve_themes,
)
from analysis.theme_evidence import model_evidence
from analysis.theme_terms import AnchoredTerms, anchored_matches, compile_terms, term_regex

if TYPE_CHECKING:
    from collections.abc import Callable

    from analysis.corpus import Corpus

log = logging.getLogger(__name__)

__all__ = [
    "CODING_COLUMNS",
    "EXPORT_TABLES",
    "HIT_COLUMNS",
    "Theme",
    "ThemeDictionaryError",
    "coded_paragraphs",
    "compile_terms",
    "content_paragraphs",
    "content_sentences",
    "context_rules",
    "counted_hits",
    "default_themes_path",
    "evidence_table",
    "find_theme_matches",
    "group_keys",
    "load_hand_coded",
    "load_themes",
    "resolve_themes",
    "score_dictionary",
    "term_regex",
    "theme_cooccurrence",
    "theme_evidence",
    "theme_hits",
    "theme_prevalence",
]

HIT_COLUMNS = ("doc_id", "para_id", "sent_id", "theme", "term", "match", "start", "end")
CODING_COLUMNS = ("weight", "rule", "coded")
"""Columns ``theme_hits`` adds after ``HIT_COLUMNS`` (see its docstring)."""
PREVALENCE_BY = ("doc_id", "outlet", "year")
NO_THEME = "none"
"""Theme value that marks a hand-coded paragraph with no theme."""


def content_paragraphs(corpus: Corpus, kinds: Sequence[str] = CONTENT_KINDS) -> pd.DataFrame:
    """Paragraphs whose text is the article itself: lede, heading and body (or the
    given ``kinds``), without repeated paragraphs (``repeat_of >= 0``) and without
    duplicate documents.

    Rows: one per paragraph; columns as ``corpus.paragraphs``.
    """
    paras = corpus.paragraphs
    keep = paras["kind"].isin(list(kinds)) & (paras["repeat_of"] < 0)
    docs = corpus.documents
    if "duplicate_of" in docs.columns:
        dupes = docs.loc[docs["duplicate_of"].fillna("").astype(str) != "", "doc_id"]
        keep &= ~paras["doc_id"].isin(dupes)
    return paras.loc[keep].reset_index(drop=True)


def content_sentences(corpus: Corpus, kinds: Sequence[str] = CONTENT_KINDS) -> pd.DataFrame:
    """Sentences of ``content_paragraphs`` (rows and columns as ``corpus.sentences``)."""
    keys = content_paragraphs(corpus, kinds)[["doc_id", "para_id"]]
    return corpus.sentences.merge(keys, on=["doc_id", "para_id"], how="inner")


def _empty_hits() -> pd.DataFrame:
    dtypes = {"para_id": "int64", "sent_id": "int64", "start": "int64", "end": "int64"}
    dtypes |= {"weight": "float64", "coded": "bool"}
    return pd.DataFrame(
        {c: pd.Series(dtype=dtypes.get(c, "str")) for c in (*HIT_COLUMNS, *CODING_COLUMNS)}
    )


def find_theme_matches(
    text: str, theme: Theme, lowered: str | None = None
) -> list[tuple[str, str, int, int]]:
    """Matches of one theme in one text: ``(term, match, start, end)``, left to right.

    ``lowered`` (``text.lower()``, computed once by the caller) lets themes whose terms
    cannot occur be skipped without running their pattern.
    """
    if lowered is not None and not theme.may_match(lowered):
        return []
    return _theme_matches(text, theme, None)


def _theme_matches(
    text: str,
    theme: Theme,
    starts: Sequence[int] | None,
    exclude_starts: Sequence[int] | None = None,
    words: dict[int, str] | None = None,
) -> list[tuple[str, str, int, int]]:
    """``find_theme_matches`` trying the pattern only at ``starts`` and the exclusions only
    at ``exclude_starts`` (``None``: anywhere); ``words`` as ``anchored_matches``."""
    matches = (
        anchored_matches(theme.anchored, text, starts, words)
        if theme.anchored is not None
        else matches_at(theme.pattern, text, starts)
    )
    return _not_excluded(text, theme, matches, exclude_starts)


def _not_excluded(
    text: str,
    theme: Theme,
    matches: Sequence[re.Match[str]],
    exclude_starts: Sequence[int] | None,
) -> list[tuple[str, str, int, int]]:
    """``(term, match, start, end)`` of the ``matches`` of ``theme`` that lie inside none
    of its exclusions (tried only at ``exclude_starts``; ``None``: anywhere)."""
    if not matches:
        return []
    excluded = (
        [m.span() for m in matches_at(theme.exclude_pattern, text, exclude_starts)]
        if theme.exclude_pattern
        else []
    )
    return [
        (theme.term_of(m), m.group(0), m.start(), m.end())
        for m in matches
        if not any(s <= m.start() and m.end() <= e for s, e in excluded)
    ]


def context_rules(themes: Sequence[Theme]) -> tuple[ContextRule, ...]:
    """The distinct context rules of ``themes``, in order of first use."""
    rules: dict[str, ContextRule] = {}
    for theme in themes:
        for rule in theme.contexts:
            rules.setdefault(rule.id, rule)
    return tuple(rules.values())


@lru_cache(maxsize=16)
def theme_index(themes: tuple[Theme, ...]) -> AnchorIndex:
    """Where each theme's terms (patterns ``0..n-1``) and exclusions (patterns ``n..2n-1``)
    can start in a text (see ``analysis.term_index``); then the names of each actor rule,
    in theme order; then the phrases (or list items) of each of ``context_rules(themes)``.
    Actor cues are not indexed: they are looked for only in a sentence where a name
    matched; a context only where a hit of one of its themes may lie inside it."""
    return AnchorIndex(
        [[term_anchor(t) for t in ts] for ts in slot_terms(themes)], ignore_case=True
    )


def slot_terms(themes: Sequence[Theme]) -> list[tuple[str, ...]]:
    """The terms of each of ``theme_index``'s patterns, in its slot order."""
    terms = [theme.terms for theme in themes]
    terms += [theme.exclude for theme in themes]
    terms += [rule.names for theme in themes for rule in theme.actors]
    terms += [rule.terms for rule in context_rules(themes)]
    return terms


class PlaceCoder:
    """What to try at each place of a sentence that ``PhraseIndex`` finds for the slots of
    ``theme_index(themes)``: per place, the theme and actor-name slots with a pattern of
    only the terms that can match there (whole literal terms found, or ``*`` terms whose
    anchor begins the word), and the slots only located (exclusions, contexts)."""

    def __init__(self, themes: tuple[Theme, ...]):
        self.index = PhraseIndex(slot_terms(themes))
        n = len(themes)
        actors = sum(len(theme.actors) for theme in themes)
        self.tried = frozenset((*range(n), *range(2 * n, 2 * n + actors)))
        self._entries: dict[tuple, tuple] = {}
        self._single: list[tuple | None] = [None] * len(self.index.keys)
        self._patterns: dict[tuple[int, tuple[int, ...]], re.Pattern[str]] = {}
        self._full = {
            slot: compile_terms(self.index.terms[slot], named=True)
            for slot in self.index.full_scan
            if slot in self.tried
        }

    def entry(self, keys: tuple[int, ...], word: str | None, slots: tuple[int, ...]) -> tuple:
        """``(tries, others)`` at a place with literal ``keys`` and ``word`` anchoring the
        other terms of ``slots``: ``tries`` holds ``(slot, pattern)``, ``others`` the slots
        only located (remembered)."""
        memo_key = (keys, word)
        found = self._entries.get(memo_key)
        if found is not None:
            return found
        per: dict[int, set[int]] = {}
        key_terms = self.index.key_terms
        for key in keys:
            for slot, j in key_terms[key]:
                per.setdefault(slot, set()).add(j)
        if word is not None:
            for slot in slots:
                per.setdefault(slot, set()).update(self.index.word_terms(slot, word))
        tries, others = [], []
        for slot in sorted(per):
            if slot not in self.tried:
                others.append(slot)
            elif per[slot]:
                tries.append((slot, self._pattern(slot, tuple(sorted(per[slot])))))
        found = (tuple(tries), tuple(others))
        if len(self._entries) > MEMO_WORDS:
            self._entries.clear()
        self._entries[memo_key] = found
        return found

    def _entries_at(self, text: str) -> list[tuple[int, tuple]] | None:
        """``(start, entry(...))`` per place of ``text`` in text order (``None``: the text
        is not read, see ``PhraseIndex``). With only literal terms, the key hits are
        grouped by start here, a place with one key taking its entry from a list."""
        index = self.index
        if not index.literal_only:
            places = index.places(text)
            if places is None:
                return None
            memo, entry = self._entries, self.entry
            return [
                (start, memo.get((keys, word)) or entry(keys, word, slots))
                for start, keys, word, slots in places
            ]
        found = index.key_hits(text)
        if not found:
            return found
        single = self._single
        if len(found) == 1:
            key, start, _ = found[0]
            return [(start, single[key] or self._single_entry(key))]
        out = []
        n, i = len(found), 0
        while i < n:
            key, start, _ = found[i]
            i += 1
            if i < n and found[i][1] == start:
                keys = [key]
                while i < n and found[i][1] == start:
                    keys.append(found[i][0])
                    i += 1
                group = tuple(keys)
                out.append((start, self._entries.get((group, None)) or self.entry(group, None, ())))
            else:
                out.append((start, single[key] or self._single_entry(key)))
        return out

    def _single_entry(self, key: int) -> tuple:
        """``entry`` at a place where only ``key`` was found (remembered in a list)."""
        found = self._single[key] = self.entry((key,), None, ())
        return found

    def _pattern(self, slot: int, only: tuple[int, ...]) -> re.Pattern[str]:
        """The named pattern of the terms ``only`` of ``slot`` (remembered)."""
        pattern = self._patterns.get((slot, only))
        if pattern is None:
            pattern = compile_terms(self.index.terms[slot], named=True, only=only)
            self._patterns[(slot, only)] = pattern
        return pattern

    def scan(
        self, text: str
    ) -> tuple[dict[int, list[re.Match[str]]], dict[int, list[int] | None]] | None:
        """``_scan_sentence`` of ``text`` from its places (``None`` when ``PhraseIndex``
        does not read the text: the caller uses ``theme_index``)."""
        entries = self._entries_at(text)
        if entries is None:
            return None
        matches: dict[int, list[re.Match[str]]] = {}
        starts: dict[int, list[int] | None] = {}
        ends = [0] * self.index.n_patterns
        for start, (tries, others) in entries:
            for slot, pattern in tries:
                if start < ends[slot]:
                    continue
                m = pattern.match(text, start)
                if m is not None:
                    if slot in matches:
                        matches[slot].append(m)
                    else:
                        matches[slot] = [m]
                    end = m.end()
                    ends[slot] = end if end > start else start + 1
            for slot in others:
                if slot in starts:
                    starts[slot].append(start)  # type: ignore[union-attr]
                else:
                    starts[slot] = [start]
        for slot in self.index.full_scan:
            if slot in self._full:
                matches[slot] = list(self._full[slot].finditer(text))
            else:
                starts[slot] = None
        return matches, starts


@lru_cache(maxsize=16)
def place_coder(themes: tuple[Theme, ...]) -> PlaceCoder:
    """The ``PlaceCoder`` of ``themes`` (built once per dictionary)."""
    return PlaceCoder(themes)


def _actor_evidence(
    text: str, rule: ActorRule, found: Sequence[re.Match[str]]
) -> tuple[str, str, int, int] | None:
    """The first name of ``rule`` among its name matches ``found`` (an abbreviation only
    in its own case), when the sentence also holds one of the rule's cues."""
    for m in found:
        name = rule.name_of(m)
        if name in rule.exact_case and m.group(0) != name:
            continue
        if rule.has_cue(text):
            return (f"actor:{rule.id}", m.group(0), m.start(), m.end())
        return None
    return None


class _Contexts:
    """The spans of each context rule in one sentence, found once and only when asked:
    tried only where the rule's phrases can begin (``starts``, from ``_scan_sentence``, at
    the rule's slot in ``slots``; no slot: anywhere)."""

    def __init__(
        self,
        text: str,
        starts: dict[int, list[int] | None] | None = None,
        slots: dict[str, int] | None = None,
    ):
        self.text, self.lowered = text, ""
        self.starts, self.slots = starts or {}, slots or {}
        self.found: dict[str, list[tuple[int, int]]] = {}

    def spans(self, rule: ContextRule) -> list[tuple[int, int]]:
        """Where ``rule`` matches in the sentence."""
        found = self.found.get(rule.id)
        if found is None:
            slot = self.slots.get(rule.id)
            where = self.starts.get(slot, ()) if slot is not None else None
            if where == ():
                found = []  # none of its phrases can begin in the sentence
            else:
                self.lowered = self.lowered or self.text.lower()
                found = (
                    rule.spans(self.text, self.lowered)
                    if where is None
                    else rule.spans_at(self.text, self.lowered, where)
                )
            self.found[rule.id] = found
        return found

    def weigh(
        self, rules: tuple[ContextRule, ...], weight: float, fired: str, start: int, end: int
    ) -> tuple[float, str]:
        """``weight`` times that of every rule of ``rules`` whose span holds ``start:end``,
        and the last such rule's id (else ``fired``)."""
        for rule in rules:
            for s, e in self.spans(rule):
                if s <= start and end <= e:
                    weight, fired = weight * rule.weight, rule.id
                    break
        return weight, fired


TermRule = tuple[str, float, tuple[ContextRule, ...]]
"""A theme's term as coding uses it: the term, its weight, and the context rules whose span
can hold its match (``Theme.context_terms``), in the theme's rule order."""


@dataclass(frozen=True)
class CodingPlan:
    """Where each theme's patterns sit in ``theme_index``'s slots: ``entries`` holds, per
    theme, ``(theme, term_slot, exclude_slot, actor_slots)``; ``actor_owner`` maps an
    actor-name slot to its theme's position in ``entries``. ``groups`` maps, per theme, the
    name of a pattern group (``t<i>``, ``Match.lastgroup``) to its ``TermRule``;
    ``actor_rules`` per theme the ``TermRule`` of each actor rule; ``context_slots`` the
    slot of each context rule (by id). ``words`` remembers, per anchored word, which
    sub-patterns to try there (filled while coding)."""

    entries: tuple[tuple[Theme, int, int, tuple[int, ...]], ...]
    actor_owner: dict[int, int]
    groups: tuple[dict[str, TermRule], ...] = ()
    actor_rules: tuple[tuple[TermRule, ...], ...] = ()
    context_slots: dict[str, int] = field(default_factory=dict)
    # Per slot: (per-word sub-patterns, whole pattern) of the terms of a theme or the names
    # of an actor rule; None for the slots only located (exclusions, contexts).
    patterns: tuple[tuple[AnchoredTerms | None, re.Pattern[str]] | None, ...] = ()
    words: dict[str, tuple] = field(default_factory=dict, compare=False, repr=False)
    # Per theme, what _sentence_hits reads: (id, exclude slot, exclude pattern, groups,
    # ((actor rule, its slot, its TermRule), ...)).
    steps: tuple[tuple, ...] = ()


def _term_rule(theme: Theme, term: str) -> TermRule:
    """``term`` of ``theme`` with its weight and the context rules that can hold it (every
    rule for actor evidence)."""
    rules = tuple(
        rule
        for rule in theme.contexts
        if term.startswith("actor:")
        or theme.context_terms.get(rule.id) is None
        or term in theme.context_terms[rule.id]  # type: ignore[operator]
    )
    return term, theme.weight_of(term), rules


def coding_plan(themes: Sequence[Theme]) -> CodingPlan:
    """The ``CodingPlan`` of ``themes`` (slots as laid out by ``theme_index``)."""
    return _coding_plan(tuple(themes))


@lru_cache(maxsize=16)
def _coding_plan(themes: tuple[Theme, ...]) -> CodingPlan:
    n, k, entries = len(themes), 2 * len(themes), []
    for i, theme in enumerate(themes):
        entries.append((theme, i, n + i, tuple(range(k, k + len(theme.actors)))))
        k += len(theme.actors)
    owner = {slot: i for i, entry in enumerate(entries) for slot in entry[3]}
    groups = tuple(
        {f"t{j}": _term_rule(theme, term) for j, term in enumerate(theme.terms)} for theme in themes
    )
    actor_rules = tuple(
        tuple(_term_rule(theme, f"actor:{rule.id}") for rule in theme.actors) for theme in themes
    )
    slots = {rule.id: k + j for j, rule in enumerate(context_rules(themes))}
    patterns: list[tuple[AnchoredTerms | None, re.Pattern[str]] | None] = [
        (theme.anchored, theme.pattern) for theme in themes
    ]
    patterns += [None] * n
    patterns += [(r.anchored, r.names_pattern) for theme in themes for r in theme.actors]
    steps = tuple(
        (
            theme.id,
            n + i,
            theme.exclude_pattern,
            groups[i],
            tuple(zip(theme.actors, entries[i][3], actor_rules[i], strict=True)),
        )
        for i, theme in enumerate(themes)
    )
    return CodingPlan(
        tuple(entries), owner, groups, actor_rules, slots, tuple(patterns), steps=steps
    )


def _word_entry(
    plan: CodingPlan, word: str, slots: tuple[int, ...], memo: dict[str, tuple]
) -> tuple:
    """What to try at a word anchored for ``slots``: ``(slots, [(slot, pattern)], [other
    slots])``; the pattern is the slot's sub-pattern for ``word`` (its whole pattern for a
    word outside ASCII or unanchored terms), slots whose terms or names cannot start with
    ``word`` are left out, and slots that are only located (exclusions, contexts) are
    listed apart. Remembered in ``memo`` (a ``CodingPlan.words``)."""
    tries: list[tuple[int, re.Pattern[str]]] = []
    others: list[int] = []
    plain = word.isascii()
    patterns = plan.patterns
    for slot in slots:
        found = patterns[slot] if slot < len(patterns) else None
        if found is None:
            others.append(slot)
            continue
        terms, whole = found
        if terms is None or not plain or not terms.anchored:
            tries.append((slot, whole))
        elif (pattern := terms.pattern_for(word)) is not None:
            tries.append((slot, pattern))
    entry = (slots, tuple(tries), tuple(others))
    if len(memo) > MEMO_WORDS:
        memo.clear()
    memo[word] = entry
    return entry


def _scan_sentence(
    text: str,
    plan: CodingPlan,
    anchored: list[tuple[int, str, tuple[int, ...]]],
    full_scan: Sequence[int],
) -> tuple[dict[int, list[re.Match[str]]], dict[int, list[int] | None]]:
    """One pass over the anchored words of a sentence (``AnchorIndex.anchored_words``
    for ``theme_index(themes)``): the matches of each theme's terms and of each actor
    rule's names (leftmost, non-overlapping, exactly as ``matches_at``), and the start
    positions of the other patterns (exclusions, contexts; ``None`` for a pattern that
    scans the whole sentence)."""
    matches: dict[int, list[re.Match[str]]] = {}
    starts: dict[int, list[int] | None] = {}
    ends = [0] * len(plan.patterns)
    memo = plan.words
    for start, word, slots in anchored:
        entry = memo.get(word)
        if entry is None or (entry[0] is not slots and entry[0] != slots):
            entry = _word_entry(plan, word, slots, memo)
        for slot, pattern in entry[1]:
            if start < ends[slot]:
                continue
            found = pattern.match(text, start)
            if found is not None:
                if slot in matches:
                    matches[slot].append(found)
                else:
                    matches[slot] = [found]
                end = found.end()
                ends[slot] = end if end > start else start + 1
        for slot in entry[2]:
            if slot in starts:
                starts[slot].append(start)  # type: ignore[union-attr]
            else:
                starts[slot] = [start]
    for slot in full_scan:
        found = plan.patterns[slot] if slot < len(plan.patterns) else None
        if found is None:
            starts[slot] = None
        else:
            matches[slot] = list(found[1].finditer(text))
    return matches, starts


def _sentence_hits(
    text: str,
    themes: Sequence[Theme],
    anchored: list[tuple[int, str, tuple[int, ...]]],
    plan: CodingPlan,
    full_scan: Sequence[int] = (),
    scanned: tuple[dict[int, list[re.Match[str]]], dict[int, list[int] | None]] | None = None,
) -> list[tuple[str, str, str, int, int, float, str]]:
    """Every theme's weighted hits in one sentence: ``(theme, term, match, start, end,
    weight, rule)``, per theme in text order; ``anchored`` and ``full_scan`` from
    ``theme_index(themes)``, ``plan`` from ``coding_plan(themes)``.

    A term hit weighs its ``weights:`` entry, actor evidence its rule's weight; either is
    multiplied by the weight of every context rule whose span holds the match (the last
    such rule is named in ``rule``; actor evidence is named ``actor:<id>`` otherwise). A
    term hit inside one of the theme's exclusions is dropped, and so is actor evidence.
    ``scanned``: the sentence's matches and starts already found (``PlaceCoder.scan``)."""
    if scanned is None:
        scanned = _scan_sentence(text, plan, anchored, full_scan)
    matches, starts = scanned
    if not matches:
        return []
    n, owner = len(themes), plan.actor_owner
    touched = {slot if slot < n else owner[slot] for slot in matches}
    contexts = _Contexts(text, starts, plan.context_slots)
    out: list[tuple[str, str, str, int, int, float, str]] = []
    steps = plan.steps
    for i in sorted(touched):
        theme_id, exclude_slot, exclude_pattern, groups, actors = steps[i]
        excluded: list[tuple[int, int]] | None = None
        if exclude_pattern is not None and exclude_slot in starts:
            excluded = [
                m.span() for m in matches_at(exclude_pattern, text, starts[exclude_slot])
            ] or None
        hits: list[tuple[str, str, str, int, int, float, str]] = []
        for m in matches.get(i, ()):
            start, end = m.span()
            if excluded is not None and any(s <= start and end <= e for s, e in excluded):
                continue
            term, weight, rules = groups[m.lastgroup]
            fired = ""
            if rules:
                weight, fired = contexts.weigh(rules, weight, fired, start, end)
            hits.append((theme_id, term, m.group(0), start, end, weight, fired))
        n_terms = len(hits)
        for rule, k, (term, weight, rules) in actors:
            if k not in matches:
                continue
            evidence = _actor_evidence(text, rule, matches[k])
            if evidence is None:
                continue
            start, end = evidence[2], evidence[3]
            if excluded is not None and any(s <= start and end <= e for s, e in excluded):
                continue  # a country named inside a party's name, say
            weighed, fired = contexts.weigh(rules, weight, term, start, end)
            hits.append((theme_id, term, evidence[1], start, end, weighed, fired))
        if len(hits) > max(n_terms, 1):
            hits.sort(key=_START)
        out += hits
    return out


_START = itemgetter(3)
_ROW_ORDER = itemgetter(0, 1, 2, 6, 3)  # hit rows: doc, para, sent, start, theme


def theme_hits(
    corpus: Corpus,
    themes: Sequence[Theme] | str | Path | None = None,
) -> pd.DataFrame:
    """Code the content sentences of ``corpus`` with the theme dictionary.

    Only lede, heading and body paragraphs are read (never titles, captions,
    boilerplate, bylines or credits; repeated ledes are skipped). Rows: one per term
    match, actor or model evidence; columns ``HIT_COLUMNS`` + ``CODING_COLUMNS`` with
    ``start``/``end`` offsets into the sentence text: ``weight`` (after context rules),
    ``rule`` (the context rule that changed the weight, ``actor:<id>``, ``model:<p>`` for
    the word model, else empty) and ``coded`` (the paragraph's summed weight for the
    theme reaches its threshold). Sorted by doc_id, para_id, sent_id, start, theme. The
    corpus is not mutated.
    """
    compiled = tuple(resolve_themes(themes))
    sentences = content_sentences(corpus)
    rows = []
    index = theme_index(compiled)
    plan = coding_plan(compiled)
    columns = [sentences[c].tolist() for c in ("doc_id", "para_id", "sent_id", "text")]
    coder = place_coder(compiled)
    for doc_id, para_id, sent_id, text in zip(*columns, strict=True):
        scanned = coder.scan(text)
        anchored = index.anchored_words(text) if scanned is None else []
        for hit in _sentence_hits(text, compiled, anchored, plan, index.full_scan, scanned):
            rows.append((doc_id, para_id, sent_id, *hit))
    rows += model_evidence(rows, columns, compiled)
    log.debug(
        "theme coding: %d sentences, %d themes, %d hits", len(sentences), len(compiled), len(rows)
    )
    if not rows:
        return _empty_hits()
    rows.sort(key=_ROW_ORDER)
    return _hits_frame(rows, _passes_threshold(rows, compiled))


_HIT_DTYPES = ("str", "int64", "int64", "str", "str", "str", "int64", "int64", "float64", "str")


def _hits_frame(rows: list[tuple], coded: list[bool]) -> pd.DataFrame:
    """The hits table from row tuples in ``HIT_COLUMNS`` + weight, rule order."""
    names = [*HIT_COLUMNS, "weight", "rule"]
    values = list(zip(*rows, strict=True))
    data = {
        name: pd.array(column, dtype=dtype) if dtype == "str" else np.array(column, dtype=dtype)
        for name, column, dtype in zip(names, values, _HIT_DTYPES, strict=True)
    }
    return pd.DataFrame({**data, "coded": np.array(coded, dtype=bool)})


def _passes_threshold(rows: Sequence[tuple], themes: Sequence[Theme]) -> list[bool]:
    """Per hit row ``(doc_id, para_id, sent_id, theme, term, match, start, end, weight,
    rule)``: whether its paragraph's summed weight for its theme reaches the threshold."""
    score: dict[tuple, float] = {}
    for row in rows:
        key = (row[0], row[1], row[3])
        score[key] = score.get(key, 0.0) + row[8]
    threshold = {t.id: t.threshold for t in themes}
    return [
        score[key] > 0 and score[key] >= threshold[key[2]] - 1e-9
        for key in ((row[0], row[1], row[3]) for row in rows)
    ]


def counted_hits(hits: pd.DataFrame) -> pd.DataFrame:
    """The hits that code their paragraph: with a positive weight in a paragraph coded
    with the theme (all hits of a table without the coding columns)."""
    if "coded" not in hits.columns:
        return hits
    return hits.loc[hits["coded"].astype(bool) & (hits["weight"] > 0)]


def coded_paragraphs(hits: pd.DataFrame, min_hits: int = 1) -> pd.DataFrame:
    """One row per (doc_id, para_id, theme) with at least ``min_hits`` hits, with ``n_hits``.

    Only hits that count are used (``counted_hits``: the paragraph passed the theme's
    threshold and the hit was not discounted to zero by a context rule).
    """
    counts = (
        counted_hits(hits)
        .groupby(["doc_id", "para_id", "theme"], as_index=False)
        .size()
        .rename(columns={"size": "n_hits"})
    )
    return counts.loc[counts["n_hits"] >= min_hits].reset_index(drop=True)


def group_keys(documents: pd.DataFrame, by: str) -> pd.DataFrame:
    """doc_id -> group value for ``by`` (doc_id, outlet or year; missing -> 'unknown')."""
    if by not in PREVALENCE_BY:
        raise ParameterError("by", by, f"must be one of {list(PREVALENCE_BY)}")
    keys = documents[["doc_id"]].copy()
    if by == "doc_id":
        keys["group"] = documents["doc_id"].astype(str)
    elif by == "outlet":
        outlet = documents["outlet"].fillna("").astype(str)
        keys["group"] = outlet.where(outlet != "", "unknown")
    else:
        years = pd.to_datetime(documents["published"]).dt.year
        keys["group"] = years.map(lambda y: "unknown" if pd.isna(y) else str(int(y))).astype(str)
    return keys


def theme_prevalence(
    corpus: Corpus,
    hits: pd.DataFrame | None = None,
    *,
    by: str = "doc_id",
    themes: Sequence[Theme] | str | Path | None = None,
) -> pd.DataFrame:
    """How much each group (document, outlet or publication year) talks about each theme.

    Rows: one per group x theme, including zeros. Columns: ``<by>``, theme,
    n_paragraphs (content paragraphs in the group), n_coded (those with the theme),
    share (n_coded / n_paragraphs, at most 1), n_hits, n_words (``documents.n_words`` summed),
    hits_per_1000_words. ``hits`` defaults to ``theme_hits(corpus, themes)``.
    """
    compiled = resolve_themes(themes)
    if hits is None:
        hits = theme_hits(corpus, compiled)
    keys = group_keys(corpus.documents, by)
    paras = content_paragraphs(corpus).merge(keys, on="doc_id")
    n_paragraphs = paras.groupby("group").size().rename("n_paragraphs")
    docs = corpus.documents.loc[corpus.documents["doc_id"].isin(paras["doc_id"])].merge(
        keys, on="doc_id"
    )
    n_words = docs.groupby("group")["n_words"].sum().rename("n_words")
    # only the paragraphs counted in n_paragraphs, so that a share never exceeds 1
    coded = coded_paragraphs(hits).merge(
        paras[["doc_id", "para_id", "group"]], on=["doc_id", "para_id"]
    )
    counts = coded.groupby(["group", "theme"]).agg(
        n_coded=("para_id", "size"), n_hits=("n_hits", "sum")
    )
    grid = pd.MultiIndex.from_product(
        [sorted(n_paragraphs.index), [t.id for t in compiled]], names=["group", "theme"]
    )
    out = counts.reindex(grid, fill_value=0).reset_index()
    out = out.merge(n_paragraphs.reset_index(), on="group").merge(n_words.reset_index(), on="group")
    out["share"] = out["n_coded"] / out["n_paragraphs"]
    out["hits_per_1000_words"] = 1000 * out["n_hits"] / out["n_words"].where(out["n_words"] > 0)
    out = out.rename(columns={"group": by})
    columns = [by, "theme", "n_paragraphs", "n_coded", "share", "n_hits", "n_words"]
    return out[[*columns, "hits_per_1000_words"]].astype(
        {"n_coded": "int64", "n_hits": "int64", "n_paragraphs": "int64", "n_words": "int64"}
    )


def theme_cooccurrence(hits: pd.DataFrame) -> pd.DataFrame:
    """Pairs of themes coded in the same paragraph.

    Rows: one per unordered pair (theme_a < theme_b) seen together at least once.
    Columns: theme_a, theme_b, n_both (paragraphs with both), n_a, n_b (paragraphs
    with each), jaccard (n_both / paragraphs with either). Sorted by n_both desc.
    """
    coded = coded_paragraphs(hits)[["doc_id", "para_id", "theme"]]
    per_theme = coded.groupby("theme").size()
    pairs = coded.merge(coded, on=["doc_id", "para_id"], suffixes=("_a", "_b"))
    pairs = pairs.loc[pairs["theme_a"] < pairs["theme_b"]]
    out = pairs.groupby(["theme_a", "theme_b"], as_index=False).size()
    out = out.rename(columns={"size": "n_both"})
    out["n_a"] = out["theme_a"].map(per_theme).astype("int64")
    out["n_b"] = out["theme_b"].map(per_theme).astype("int64")
    out["jaccard"] = out["n_both"] / (out["n_a"] + out["n_b"] - out["n_both"])
    return out.sort_values(
        ["n_both", "jaccard", "theme_a", "theme_b"], ascending=[False, False, True, True]
    ).reset_index(drop=True)


def theme_evidence(
    corpus: Corpus,
    hits: pd.DataFrame,
    theme: str,
    doc_id: str | None = None,
    n: int = 5,
    *,
    per_doc: int = 2,
) -> pd.DataFrame:
    """The sentences that best show ``theme``, ready to quote.

    A sentence scores by the number of distinct dictionary terms it matches, then the
    number of hits, then brevity. Without ``doc_id`` at most ``per_doc`` sentences come
    from one document, so the quotes span the corpus. Rows: one per sentence (at most
    ``n``); columns rank, theme, doc_id, para_id, sent_id, title, outlet, published,
    text (the sentence; over ``text.EVIDENCE_CHARS`` characters, a window around its
    first hit, ``text.evidence_window``), terms (the matched words, lower case,
    "; "-joined), n_terms (distinct dictionary terms), n_hits.
    """
    known = sorted(counted_hits(hits)["theme"].unique())
    if theme not in known:
        raise ParameterError("theme", theme, f"must be a theme with hits, one of {known}")
    selected = counted_hits(hits)
    selected = selected.loc[selected["theme"] == theme]
    if doc_id is not None:
        selected = selected.loc[selected["doc_id"] == doc_id]
    keys = ["doc_id", "para_id", "sent_id"]
    scored = selected.groupby(keys, as_index=False).agg(
        n_hits=("term", "size"),
        n_terms=("term", "nunique"),
        terms=("match", lambda s: "; ".join(sorted({m.lower() for m in s}))),
        start=("start", "min"),
        end=("end", "min"),
    )
    scored = scored.merge(corpus.sentences[[*keys, "text"]], on=keys)
    scored["length"] = scored["text"].str.len()
    scored["text"] = [  # a run-on "sentence" is quoted around its first hit
        evidence_window(t, s, e)
        for t, s, e in zip(scored["text"], scored["start"], scored["end"], strict=True)
    ]
    scored = scored.sort_values(
        ["n_terms", "n_hits", "length", *keys], ascending=[False, False, True, True, True, True]
    )
    if doc_id is None:
        scored = scored.loc[scored.groupby("doc_id").cumcount() < per_doc]
    scored = scored.head(n).reset_index(drop=True)
    docs = corpus.documents[["doc_id", "title", "outlet", "published"]]
    out = scored.merge(docs, on="doc_id", how="left")
    out.insert(0, "rank", range(1, len(out) + 1))
    out.insert(1, "theme", theme)
    columns = ["rank", "theme", *keys, "title", "outlet", "published", "text", "terms"]
    return out[[*columns, "n_terms", "n_hits"]]


EVIDENCE_COLUMNS = (
    *("rank", "theme", "label", "doc_id", "para_id", "sent_id", "title", "outlet"),
    *("published", "text", "terms", "n_terms", "n_hits"),
)
EVIDENCE_DTYPES = {
    "rank": "int64",
    "para_id": "int64",
    "sent_id": "int64",
    "published": "datetime64[us]",
    "n_terms": "int64",
    "n_hits": "int64",
}


def theme_examples(corpus: Corpus, hits: pd.DataFrame, *, by: str = "doc_id") -> pd.DataFrame:
    """One example sentence per group (``by``: doc_id, outlet or year) and theme: the one
    that uses most of the theme's terms (then most hits, then the shortest), from the hits
    that code their paragraph. Rows: one per group x theme with a hit; columns ``<by>``,
    theme, doc_id, para_id, sent_id, text (``text.evidence_window`` around the first hit)."""
    keys = ["doc_id", "para_id", "sent_id"]
    columns = list(dict.fromkeys([by, "theme", *keys, "text"]))
    counted = counted_hits(hits)
    if counted.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    scored = counted.groupby([*keys, "theme"], as_index=False).agg(
        n_terms=("term", "nunique"), n_hits=("term", "size"), start=("start", "min"),
        end=("end", "min"),
    )  # fmt: skip
    scored = scored.merge(corpus.sentences[[*keys, "text"]], on=keys)
    scored["length"] = scored["text"].str.len()
    scored = scored.merge(group_keys(corpus.documents, by), on="doc_id")
    best = scored.sort_values(
        ["n_terms", "n_hits", "length", *keys], ascending=[False, False, True, True, True, True]
    ).drop_duplicates(["group", "theme"])
    best["text"] = [
        evidence_window(t, a, b)
        for t, a, b in zip(best["text"], best["start"], best["end"], strict=True)
    ]
    out = best.drop(columns=[by], errors="ignore").rename(columns={"group": by})
    return out[columns].reset_index(drop=True)


def evidence_table(
    corpus: Corpus,
    hits: pd.DataFrame,
    *,
    n: int = 2,
    per_doc: int = 1,
    themes: Sequence[Theme] | str | Path | None = None,
) -> pd.DataFrame:
    """``theme_evidence`` for every theme with hits (in dictionary order), stacked.

    Rows: one per quoted sentence, at most ``n`` per theme; columns as
    ``theme_evidence`` plus ``label`` (the theme's label) after ``theme``.
    """
    compiled = resolve_themes(themes)
    present = set(counted_hits(hits)["theme"])
    frames = [
        theme_evidence(corpus, hits, t.id, n=n, per_doc=per_doc).assign(label=t.label)
        for t in compiled
        if t.id in present
    ]
    if not frames:  # no theme has a hit (an empty selection, a dictionary that matches nothing)
        return pd.DataFrame(
            {c: pd.Series(dtype=EVIDENCE_DTYPES.get(c, "str")) for c in EVIDENCE_COLUMNS}
        )
    out = pd.concat(frames, ignore_index=True)
    columns = [c for c in out.columns if c != "label"]
    return out[[*columns[:2], "label", *columns[2:]]]


def load_hand_coded(path: str | Path) -> pd.DataFrame:
    """Read a hand-coded sample: CSV with doc_id, para_id, theme (``none`` = no theme)."""
    table = pd.read_csv(path, dtype={"doc_id": "str", "theme": "str"})
    missing = {"doc_id", "para_id", "theme"} - set(table.columns)
    if missing:
        raise ParameterError("hand_coded", str(path), f"needs columns {sorted(missing)}")
    table["theme"] = table["theme"].fillna(NO_THEME).str.strip()
    return table.astype({"para_id": "int64"})


def score_dictionary(
    hits: pd.DataFrame, hand_coded: pd.DataFrame, *, min_hits: int = 1
) -> pd.DataFrame:
    """Precision, recall and F1 of the dictionary against a hand-coded sample.

    Paragraph level: the sample is every (doc_id, para_id) in ``hand_coded`` (a row
    with theme ``none`` marks a paragraph coded with no theme); a theme is predicted
    for a paragraph when it has at least ``min_hits`` hits there (raising it trades
    recall for precision: one passing mention no longer codes a paragraph). Rows: one
    per theme in the
    sample or the hits, plus ``all`` (micro-average). Columns: theme, support (coded
    paragraphs), n_coded (predicted paragraphs), tp, fp, fn, precision, recall, f1.
    """
    sample = hand_coded[["doc_id", "para_id"]].drop_duplicates()
    gold = hand_coded.loc[hand_coded["theme"] != NO_THEME, ["doc_id", "para_id", "theme"]]
    gold = gold.drop_duplicates().assign(gold=True)
    predicted = coded_paragraphs(hits, min_hits).merge(sample, on=["doc_id", "para_id"])
    predicted = predicted[["doc_id", "para_id", "theme"]].assign(pred=True)
    both = gold.merge(predicted, on=["doc_id", "para_id", "theme"], how="outer")
    both = both.assign(gold=both["gold"].eq(True), pred=both["pred"].eq(True))
    both["tp"] = both["gold"] & both["pred"]
    both["fp"] = ~both["gold"] & both["pred"]
    both["fn"] = both["gold"] & ~both["pred"]
    per_theme = both.groupby("theme")[["gold", "pred", "tp", "fp", "fn"]].sum()
    per_theme.loc["all"] = per_theme.sum()
    out = per_theme.reset_index().rename(columns={"gold": "support", "pred": "n_coded"})
    out = out.astype({c: "int64" for c in ["support", "n_coded", "tp", "fp", "fn"]})
    out["precision"] = [_ratio(tp, tp + fp) for tp, fp in zip(out["tp"], out["fp"], strict=True)]
    out["recall"] = [_ratio(tp, tp + fn) for tp, fn in zip(out["tp"], out["fn"], strict=True)]
    out["f1"] = [
        _ratio(2 * p * r, p + r) for p, r in zip(out["precision"], out["recall"], strict=True)
    ]
    order = [*sorted(t for t in out["theme"] if t != "all"), "all"]
    return out.set_index("theme").loc[order].reset_index()


def _ratio(num: float, den: float) -> float:
    return float(num) / den if den and not math.isnan(den) else math.nan


EXPORT_TABLES: dict[str, Callable[[Corpus], pd.DataFrame]] = {
    "theme_hits": lambda corpus: theme_hits(corpus),
    "theme_prevalence": lambda corpus: theme_prevalence(corpus),
    "theme_cooccurrence": lambda corpus: theme_cooccurrence(theme_hits(corpus)),
}
