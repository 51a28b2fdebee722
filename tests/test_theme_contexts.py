"""Context rules of the theme dictionary (``analysis/annotators/theme_contexts.py``): where a
rule's phrases are found."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.annotators.term_index import AnchorIndex, term_anchor
from analysis.annotators.themes import (
    context_rules,
    load_themes,
)


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
