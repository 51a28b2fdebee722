"""Tests of ``analysis.annotators.theme_focus_file``: the ``focus:`` entry of a theme file
read into a ``Focus`` (clause rules compiled, passing-mention parameters checked), and
every malformed entry rejected with a message naming the file and the key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.annotators.theme_file import ThemeDictionaryError
from analysis.annotators.theme_focus_file import build_clause, build_focus

SOURCE = "my_themes.yaml"

EXAMPLE_LIST = {
    "id": "example_list",
    "note": "The items after such as.",
    "opens": ["such as", "including"],
    "runs_to": "clause",
}
RELATIVE = {
    "id": "relative",
    "note": "A relative clause.",
    "opens": [", which"],
    "runs_to": "comma",
}


def test_a_clause_rule_runs_from_its_opener_to_the_end_of_its_clause():
    rule = build_clause(EXAMPLE_LIST, 0, SOURCE)
    assert (rule.id, rule.opens, rule.at_start) == ("example_list", ("such as", "including"), False)
    text = "partners such as laos and cambodia; the talks went on."
    match = rule.pattern.search(text)
    assert match is not None and match.group(0) == "such as laos and cambodia"
    assert rule.pattern.search("partners suchas laos") is None  # whole words only
    comma = build_clause(RELATIVE, 1, SOURCE).pattern.search("the plan, which lists trade, ends.")
    assert comma is not None and comma.group(0) == ", which lists trade"  # stops at a comma


def test_the_focus_entry_is_read_whole():
    focus = build_focus(
        {
            "note": "Background clauses count half.",
            "clauses": {"min_words": 40, "weight": 0.5, "rules": [EXAMPLE_LIST, RELATIVE]},
            "passing_mention": {
                "min_words": 60,
                "factor": 1.5,
                "factors": {"international_standing": 0, "major_powers": 3},
                "topical_openers": ["In  Short", "these results"],
            },
            "thin_evidence": {"min_words": 60, "factors": {"economic": 1.5}},
        },
        SOURCE,
    )
    assert focus is not None
    assert (focus.clause_min_words, focus.clause_weight, focus.passing_min_words) == (40, 0.5, 60)
    assert [c.id for c in focus.clauses] == ["example_list", "relative"]
    assert focus.factor("major_powers") == 3 and focus.factor("international_standing") == 0
    assert focus.factor("economic") == 1.5
    assert focus.topical("In short, the visit opened a new stage.")
    assert not focus.topical("The visit, in short, opened a new stage.")
    assert focus.thin_min_words == 60
    assert focus.thin_factor("economic") == 1.5 and focus.thin_factor("neighbours") == 1
    assert build_focus(None, SOURCE) is None


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ([], "'focus' must be a mapping"),
        ({"clause": {}}, r"unknown keys \['clause'\]"),
        ({"clauses": {"weight": 0}}, "at most 1"),
        ({"clauses": {"weight": 1.5}}, "at most 1"),
        ({"clauses": {"rules": {"id": "x"}}}, "must be a list of clause rules"),
        ({"clauses": {"rules": [{**EXAMPLE_LIST, "opens": []}]}}, "'opens' must be a list"),
        ({"clauses": {"rules": [{**EXAMPLE_LIST, "runs_to": "dot"}]}}, "'runs_to' is 'dot'"),
        ({"passing_mention": {"factors": ["major_powers"]}}, "mapping of theme id"),
        ({"passing_mention": {"topical_openers": "in short"}}, "list of phrases"),
        ({"passing_mention": {"limit": 3}}, r"unknown keys \['limit'\]"),
        ({"thin_evidence": {"factors": {"economic": "high"}}}, "thin_evidence factors"),
        ({"thin_evidence": {"min_words": -1}}, "thin_evidence min_words"),
        ({"thin_evidence": "economic"}, "'thin_evidence' are mappings"),
    ],
)
def test_a_malformed_entry_names_the_file_and_the_problem(entry, message: str):
    with pytest.raises(ThemeDictionaryError, match=message) as error:
        build_focus(entry, SOURCE)
    assert SOURCE in str(error.value)


@given(st.lists(st.sampled_from(["such as", "including", "like", "notably"]), min_size=1))
def test_every_opener_of_a_rule_opens_its_clause(opens: list[str]):
    rule = build_clause({**EXAMPLE_LIST, "opens": opens}, 0, SOURCE)
    for opener in opens:
        match = rule.pattern.search(f"the partners {opener} laos and cambodia. next")
        assert match is not None and match.group(0) == f"{opener} laos and cambodia"
