"""How the coder lays out a dictionary's patterns (``analysis/annotators/theme_slots.py``): one
slot per theme's terms, exclusions, actor names and distinct context rule, and a plan that
points each theme at its own slots."""

from __future__ import annotations

from analysis.annotators.theme_slots import coding_plan, context_rules, slot_terms, theme_index
from analysis.annotators.themes import load_themes


def test_the_slots_are_terms_exclusions_actors_then_distinct_contexts() -> None:
    themes = load_themes()
    slots = slot_terms(themes)
    n, n_actors = len(themes), sum(len(t.actors) for t in themes)
    rules = context_rules(themes)
    assert len({r.id for r in rules}) == len(rules)
    assert {r.id for t in themes for r in t.contexts} == {r.id for r in rules}
    assert len(slots) == 2 * n + n_actors + len(rules) == theme_index(tuple(themes)).n_patterns
    assert slots[:n] == [t.terms for t in themes]
    assert slots[n : 2 * n] == [t.exclude for t in themes]


def test_the_plan_points_each_theme_at_its_own_slots() -> None:
    themes = load_themes()
    plan = coding_plan(themes)
    slots = slot_terms(themes)
    assert [entry[0].id for entry in plan.entries] == [t.id for t in themes]
    for position, (theme, term_slot, exclude_slot, actor_slots) in enumerate(plan.entries):
        assert slots[term_slot] == theme.terms and slots[exclude_slot] == theme.exclude
        assert [slots[s] for s in actor_slots] == [r.names for r in theme.actors]
        assert all(plan.actor_owner[s] == position for s in actor_slots)
    for rule in context_rules(themes):
        assert slots[plan.context_slots[rule.id]] == rule.index_terms
