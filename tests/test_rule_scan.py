"""Tests of ``analysis.dates.rule_scan``: rules joined in one pattern find, at a place,
what each rule's own pattern finds there; their groups renamed or dropped without
changing a match; each rule resuming after its own match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.dates.rule_scan import first_matches, hits_at, join_rules, renamed_groups
from analysis.dates.rules import RULES

#: Toy rules with a back-reference, a class holding a bracket, a lookbehind, an empty
#: group and one that can match empty.
_TOY = [
    r"(?<!\d)(?P<d>\d{1,2})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})",
    r"\b(?P<mon>may|june)(\s+(?P<d>\d{1,2}))?",
    r"(?:the\s+)?(?P<n>)(\d+)[\])(]?s\b",
    r"\d*",
    r"[^\W\d_]+(?=\d)",
]


def test_renamed_groups_keep_only_the_groups_referenced() -> None:
    assert renamed_groups(_TOY[0], "_r1_") == (
        r"(?<!\d)(?:\d{1,2})(?P<_r1_sep>[/.])(?:\d{1,2})(?P=_r1_sep)(?:\d{4})"
    )
    assert renamed_groups(r"(a)(?P<x>b)?(?(x)c|d)", "p") == r"(?:a)(?P<px>b)?(?(px)c|d)"
    # an escaped parenthesis and one inside a class stay as they are
    assert renamed_groups(r"\((?P<a>x)[(]", "p") == r"\((?:x)[(]"


def test_renamed_groups_refuse_a_numbered_reference() -> None:
    with pytest.raises(ValueError, match="numbered"):
        renamed_groups(r"(a)\1", "p")


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_every_rule_renamed_is_the_same_expression(rule) -> None:
    renamed = re.compile(renamed_groups(rule.pattern, "_r0_"), re.IGNORECASE)
    assert renamed.groups <= 1  # only the separator a back-reference needs
    for text in ("On 5/3/2024 and 2024-03-05", "the 1990s, last year", "March 5, 2024"):
        for start in range(len(text)):
            own = re.compile(rule.pattern, re.IGNORECASE).match(text, start)
            joined = renamed.match(text, start)
            assert (own and own.span()) == (joined and joined.span())


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["May", "june", " ", "12", "5", "/", ".", "2024", "the", "s", "x"])
    ).map("".join),
    st.permutations(range(len(_TOY))),
)
def test_joined_rules_end_where_each_rule_ends(text: str, order: list[int]) -> None:
    joint = join_rules(order, _TOY, re.IGNORECASE)
    hits = hits_at(joint, text, range(len(text) + 1))
    expected = []
    for start in range(len(text) + 1):
        for place in order:
            found = re.compile(_TOY[place], re.IGNORECASE).match(text, start)
            if found is not None and found.end() > start:
                expected.append((start, found.end(), place))
    assert hits == expected


def test_joined_rules_fail_where_none_matches() -> None:
    joint = join_rules([0, 1], _TOY, 0)
    assert joint.pattern.match("nothing here") is None
    assert hits_at(joint, "on may 5", [0, 3]) == [(3, 8, 1)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["May", " ", "5", "12", "june", "x", "2"])).map("".join))
def test_first_matches_are_those_of_finditer(text: str) -> None:
    joint = join_rules([1, 3], _TOY, re.IGNORECASE)
    kept = first_matches(hits_at(joint, text, range(len(text) + 1)))
    expected = sorted(
        (m.start(), m.end(), place)
        for place in (1, 3)
        for m in re.compile(_TOY[place], re.IGNORECASE).finditer(text)
        if m.end() > m.start()
    )
    assert sorted(kept) == expected
