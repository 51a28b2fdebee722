"""Context rules of the theme dictionary (``analysis/annotators/theme_contexts.py``): where a
rule's phrases are found, and what the packaged rules change (placeholder sentences)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.annotators.term_index import AnchorIndex, term_anchor
from analysis.annotators.theme_contexts import build_context
from analysis.annotators.theme_file import ThemeDictionaryError
from analysis.annotators.themes import (
    context_rules,
    load_themes,
)
from tests.conftest import _paragraph_hits


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "peace",
                "Peace",
                "stability",
                "sovereignty",
                "development",
                "the",
                "its",
                "international position",
                "prestige",
                "and",
                "or",
                ",",
                ";",
                "xpeace",
                "Since",
                "the 13th National Party Congress",
                "external relations and international",
                "integration",
                "after",
                "the pandemic",
                "COVID-19",
                "years",
                "of",
                "σ",
                "İ",
                "China",
                "Laos",
                "the United States",
                "Japan",
                "US",
                "U.S.",
                "Chinese",
                "trade",
                "Investment",
                "education",
                "tourism",
                "defence and security",
                "people-to-people exchanges",
                "in Seoul",
                "at",
                "Vientiane",
                "tourists",
                "Korean",
                "investors",
                "doses",
                "from",
                "donated by",
                "government",
                "offered",
                "soft loans",
                "Japanese",
                "vaccine",
                "and",
                "delivered",
                "between",
                "Washington",
                "Beijing",
            ]
        ),
        max_size=25,
    ).map(" ".join)
)
def test_context_spans_equal_a_full_case_insensitive_scan(text: str):
    """Gates, the lower-cased pattern and the word-start check change no context span; nor
    does trying a context only where the index says one of its phrases can begin."""
    for rule in context_rules(load_themes()):
        expected = [m.span() for m in rule.pattern.finditer(text)]
        assert rule.spans(text, text.lower()) == expected, rule.id
        starts = AnchorIndex([[term_anchor(t) for t in rule.index_terms]], ignore_case=True)
        where = starts.candidates(text)[0]
        if where is not None:  # raw regular expressions are not indexed
            assert rule.spans_at(text, text.lower(), where) == expected, rule.id


# Round 9: a visit report's catalogue of fields of cooperation.
CATALOGUE = (
    "The two leaders agreed to step up cooperation in politics, defence, trade, investment, "
    "education and tourism."
)


def _coded(texts: list[str]) -> list[set[str]]:
    hits = _paragraph_hits(texts)
    return [
        set(hits.loc[hits["coded"] & hits["doc_id"].eq(f"p{i}"), "theme"])
        for i in range(len(texts))
    ]


def test_a_field_named_in_a_catalogue_of_four_or_more_counts_half():
    hits = _paragraph_hits([CATALOGUE])
    economic = hits.loc[hits["theme"] == "economic"]
    assert economic["match"].tolist() == ["trade", "investment"]
    assert economic["rule"].eq("areas_list").all()
    assert economic["weight"].tolist() == [0.25, 0.5]  # trade 0.5 and investment 1, halved
    assert not economic["coded"].any()


def test_a_short_list_or_a_field_talked_about_still_codes():
    short = "The two leaders agreed to step up cooperation in trade, investment and tourism."
    more = f"{CATALOGUE} Two-way trade should reach 20 billion USD by 2030."
    # The catalogue alone, the same fields in a list of three, the catalogue then a sentence
    # on trade.
    coded = _coded([CATALOGUE, short, more])
    assert ["economic" in c for c in coded] == [False, True, True]


# Round 10: a neighbour or a power named in passing (a venue, a nationality, a donor).
def test_a_capital_named_as_a_venue_counts_half():
    venue = "The province arranged investor meetings in Seoul for its electronics parks."
    hits = _paragraph_hits([venue])
    powers = hits.loc[hits["theme"] == "major_powers"]
    assert set(powers["rule"]) == {"capital_as_venue"}
    assert not powers["coded"].any()


def test_a_capital_as_the_object_of_the_relation_still_codes():
    # The capital visited, then a venue with the relation named.
    visit = "The minister's visit to Seoul opened a new chapter in the two countries' ties."
    talks = "In Vientiane, the two sides reviewed the special relations between the countries."
    assert [("major_powers" in c, "neighbours" in c) for c in _coded([visit, talks])] == [
        (True, False),
        (False, True),
    ]


def test_a_nationality_before_tourists_or_growth_counts_half():
    texts = [
        "Chinese tourists filled the hotels of the coastal town over the holiday.",
        "Slower Chinese growth would cut demand for the region's farm goods.",
        "The Chinese side agreed to open two more border gates this year.",
    ]
    assert ["neighbours" in c for c in _coded(texts)] == [False, False, True]
    hits = _paragraph_hits(texts[:1])
    assert hits.loc[hits["theme"] == "neighbours", "rule"].tolist() == ["nationality_adjective"]


def test_a_power_named_as_a_donor_counts_half():
    texts = [
        "The first shipments of vaccine doses from Japan and the United States arrived.",
        "A batch of test kits donated by the Japanese government landed on Saturday.",
        "The United States delivered another two million doses to the southern provinces.",
        "The United States and Vietnam agreed to deepen their partnership in education.",
    ]
    assert ["major_powers" in c for c in _coded(texts)] == [False, False, False, True]
    hits = _paragraph_hits(texts[:1])
    assert set(hits.loc[hits["theme"] == "major_powers", "rule"]) == {"donor"}


def test_two_powers_as_each_others_counterpart_count_half():
    texts = [
        "The rivalry between the United States and China reaches into chips and shipping.",
        "The contest between Washington and Beijing shapes every regional meeting.",
        "Relations between Vietnam and the United States were upgraded last year.",
    ]
    assert ["major_powers" in c for c in _coded(texts)] == [False, False, True]
    hits = _paragraph_hits(texts[:1])
    assert hits.loc[hits["theme"] == "major_powers", "rule"].tolist() == ["pair_of_powers"]


# Round 10: a raw expression's rule can name the words its matches begin with.
def _rule(**extra) -> dict:
    entry = {"id": "gift", "note": "A gift.", "themes": ["economic"], "weight": 0.5}
    return entry | extra


def test_begins_with_indexes_the_words_a_raw_expression_starts_with():
    rule = build_context(
        _rule(phrases=[r"re:\b(?:doses|loans?)\s+from\s+\w+"], begins_with=["doses", "loan*"]),
        0,
        "test",
        {"economic"},
    )
    assert rule.index_terms == ("doses", "loan*") and rule.terms != rule.index_terms
    text = "Two loans from Tokyo and the doses from Seoul; loans arrived."
    lowered = text.lower()
    where = AnchorIndex([[term_anchor(t) for t in rule.index_terms]], ignore_case=True)
    starts = where.candidates(text)[0]
    assert starts == [4, 29, 47]  # loans, doses, loans: the expression is tried only there
    assert rule.spans_at(text, lowered, starts) == [(4, 20), (29, 45)]
    assert rule.spans_at(text, lowered, starts) == rule.spans(text, lowered)


def test_begins_with_is_for_raw_expressions_of_words():
    plain = _rule(phrases=["doses from"], begins_with=["doses"])
    not_a_word = _rule(phrases=[r"re:\bdoses"], begins_with=["re:dos"])
    for entry in (plain, not_a_word):
        with pytest.raises(ThemeDictionaryError, match="begins_with"):
            build_context(entry, 0, "test", {"economic"})
    # Without the key a rule looks for its phrases themselves.
    rule = build_context(_rule(phrases=["doses from"]), 0, "test", {"economic"})
    assert rule.index_terms == rule.terms == ("doses from",)
