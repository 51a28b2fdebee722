"""Context rules of the theme dictionary (``analysis/annotators/theme_contexts.py``): where a
rule's phrases are found, and what the packaged rules change (placeholder sentences)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.annotators.term_index import AnchorIndex, term_anchor
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
        starts = AnchorIndex([[term_anchor(t) for t in rule.terms]], ignore_case=True)
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
    return [set(hits.loc[hits["coded"] & hits["doc_id"].eq(f"p{i}"), "theme"]) for i in range(3)]


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
