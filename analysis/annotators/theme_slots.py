"""How the coder lays out a dictionary's patterns: the slots of ``theme_index`` and the
``CodingPlan`` that says, per slot, what a match there means.

Slots, in order: each theme's terms, each theme's exclusions, the names of each actor
rule (in theme order), the phrases or list items of each context rule. Built once per
dictionary (cached) and read by ``analysis.annotators.theme_matching`` (where each slot matches in a
sentence) and ``analysis.annotators.theme_weighing`` (what the matches weigh).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from analysis.annotators.term_index import AnchorIndex, term_anchor
from analysis.annotators.theme_contexts import ContextRule
from analysis.annotators.theme_dictionary import Theme
from analysis.annotators.theme_terms import AnchoredTerms


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
    can start in a text (see ``analysis.annotators.term_index``); then the names of each actor rule,
    in theme order; then the phrases (or list items, or ``begins_with`` words) of each of
    ``context_rules(themes)``.
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
    terms += [rule.index_terms for rule in context_rules(themes)]
    return terms


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
    # Per theme, what theme_weighing.sentence_hits reads: (id, exclude slot, exclude
    # pattern, groups, ((actor rule, its slot, its TermRule), ...)).
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


@lru_cache(maxsize=16)  # compiled once per dictionary (themes are frozen, hashable)
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
