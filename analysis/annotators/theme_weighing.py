"""Weighing the matches of one sentence into hits: term weights, actor evidence (a name
with a cue), exclusions, and the context rules that change a hit's weight.

``sentence_hits`` reads the matches found by ``analysis.annotators.theme_matching`` (per slot of
``analysis.annotators.theme_slots.theme_index``) and returns each theme's weighted hits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter

from analysis.annotators.term_index import matches_at
from analysis.annotators.theme_actors import ActorRule
from analysis.annotators.theme_contexts import ContextRule
from analysis.annotators.theme_dictionary import Theme
from analysis.annotators.theme_matching import scan_sentence
from analysis.annotators.theme_slots import CodingPlan

Hit = tuple[str, str, str, int, int, float, str]
"""One weighted hit in a sentence: ``(theme, term, match, start, end, weight, rule)``."""
Scanned = tuple[dict[int, list[re.Match[str]]], dict[int, list[int] | None]]
"""A sentence's matches per slot and the starts of the slots only located."""

_START = itemgetter(3)


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
    tried only where the rule's phrases can begin (``starts``, from ``scan_sentence``, at
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


def sentence_hits(
    text: str,
    themes: Sequence[Theme],
    anchored: list[tuple[int, str, tuple[int, ...]]],
    plan: CodingPlan,
    full_scan: Sequence[int] = (),
    scanned: Scanned | None = None,
) -> list[Hit]:
    """Every theme's weighted hits in one sentence: ``(theme, term, match, start, end,
    weight, rule)``, per theme in text order; ``anchored`` and ``full_scan`` from
    ``theme_index(themes)``, ``plan`` from ``coding_plan(themes)``.

    A term hit weighs its ``weights:`` entry, actor evidence its rule's weight; either is
    multiplied by the weight of every context rule whose span holds the match (the last
    such rule is named in ``rule``; actor evidence is named ``actor:<id>`` otherwise). A
    term hit inside one of the theme's exclusions is dropped, and so is actor evidence.
    ``scanned``: the sentence's matches and starts already found (``PlaceCoder.scan``)."""
    if scanned is None:
        scanned = scan_sentence(text, plan, anchored, full_scan)
    matches, starts = scanned
    if not matches:
        return []
    n, owner = len(themes), plan.actor_owner
    touched = {slot if slot < n else owner[slot] for slot in matches}
    contexts = _Contexts(text, starts, plan.context_slots)
    out: list[Hit] = []
    steps = plan.steps
    for i in sorted(touched):
        out += _theme_hits(text, i, steps[i], scanned, contexts)
    return out


def _theme_hits(text: str, i: int, step: tuple, scanned: Scanned, contexts: _Contexts) -> list[Hit]:
    """The hits of the ``i``-th theme (``step``: its ``CodingPlan.steps`` entry) in the
    sentence: its term matches outside its exclusions, weighed, then its actor evidence;
    in text order."""
    theme_id, exclude_slot, exclude_pattern, groups, actors = step
    matches, starts = scanned
    excluded: list[tuple[int, int]] | None = None
    if exclude_pattern is not None and exclude_slot in starts:
        excluded = [
            m.span() for m in matches_at(exclude_pattern, text, starts[exclude_slot])
        ] or None
    hits: list[Hit] = []
    for m in matches.get(i, ()):
        start, end = m.span()
        if excluded is not None and any(s <= start and end <= e for s, e in excluded):
            continue
        term, weight, rules = groups[m.lastgroup]
        fired = ""
        if rules:
            weight, fired = contexts.weigh(rules, weight, fired, start, end)
        hits.append((theme_id, term, m.group(0), start, end, weight, fired))
    if actors:
        n_terms = len(hits)
        hits += _actor_hits(text, theme_id, actors, matches, excluded, contexts)
        if len(hits) > max(n_terms, 1):
            hits.sort(key=_START)
    return hits


def _actor_hits(
    text: str,
    theme_id: str,
    actors: tuple,
    matches: dict[int, list[re.Match[str]]],
    excluded: list[tuple[int, int]] | None,
    contexts: _Contexts,
) -> list[Hit]:
    """The actor evidence of one theme (``actors``: per rule ``(rule, its slot, its
    TermRule)``) outside the theme's exclusions, weighed by the context rules."""
    hits: list[Hit] = []
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
    return hits
