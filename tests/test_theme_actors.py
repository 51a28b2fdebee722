"""Actor rules of the theme dictionary (``analysis/annotators/theme_actors.py``): names read from
the gazetteer by kind and country, names a theme's own term already covers dropped, cues."""

from __future__ import annotations

import pytest

from analysis.annotators.theme_actors import build_actor, covering_terms, gazetteer_names
from analysis.annotators.theme_file import ThemeDictionaryError
from analysis.annotators.theme_terms import compile_terms

ENTRY = {"id": "gfp", "note": "A party with talks.", "names": ["Green Future Party", "GFP"]}


def test_gazetteer_names_follow_kinds_and_countries() -> None:
    lao = gazetteer_names(("party",), ("Laos",))
    assert {"Lao People's Revolutionary Party", "LPRP"} <= set(lao)
    assert "LPRP" not in gazetteer_names(("party",), (), ("Laos",))
    assert set(lao) < set(gazetteer_names(("party",)))
    assert "Vietnam" in gazetteer_names(("country",)) and "Vietnam" not in lao


def test_a_name_a_theme_term_covers_is_dropped_but_an_abbreviation_stays() -> None:
    terms = ["green future party"]
    covered = covering_terms(terms, {}, compile_terms(terms, named=True))
    rule = build_actor({**ENTRY, "cues": ["talks"]}, 0, "parties", "t.yaml", covered)
    assert rule.names == ("GFP",) and rule.exact_case == frozenset({"GFP"})
    weak = covering_terms(terms, {"green future party": 0.5}, compile_terms(terms, named=True))
    kept = build_actor(ENTRY, 0, "parties", "t.yaml", weak)  # the term weighs less than the rule
    assert kept.names == ("Green Future Party", "GFP")


def test_cues_decide_whether_a_sentence_counts() -> None:
    rule = build_actor({**ENTRY, "cues": ["talks"]}, 0, "parties", "t.yaml")
    assert rule.has_cue("The GFP held TALKS in Hanoi.")
    assert not rule.has_cue("The GFP met in Hanoi.")
    match = rule.names_pattern.search("Leaders of the Green Future Party met.")
    assert rule.name_of(match) == "Green Future Party"
    assert build_actor(ENTRY, 0, "parties", "t.yaml").has_cue("no cue needed")


def test_an_actor_rule_without_a_name_left_is_refused() -> None:
    terms = ["green future party"]
    covered = covering_terms(terms, {}, compile_terms(terms, named=True))
    entry = {**ENTRY, "names": ["Green Future Party"]}
    with pytest.raises(ThemeDictionaryError, match="names no actor"):
        build_actor(entry, 0, "parties", "t.yaml", covered)
