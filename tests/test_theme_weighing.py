"""Weighing one sentence's matches into hits (``analysis/annotators/theme_weighing.py``): the
indexed and whole-term paths give exactly what scanning every pattern everywhere gives; and
the packaged weights and exclusions of round 9 on placeholder sentences."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.annotators.theme_matching import place_coder
from analysis.annotators.theme_slots import coding_plan, slot_terms, theme_index
from analysis.annotators.theme_weighing import sentence_hits
from analysis.annotators.themes import (
    load_themes,
)
from tests.conftest import _paragraph_hits


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "party",
                "parties",
                "communist",
                "the",
                "two",
                "US",
                "us",
                "China",
                "Lao",
                "CPP",
                "Xi Jinping",
                "General Secretary",
                "talks",
                "delegation",
                "since",
                "13th",
                "National Party Congress",
                "peace",
                "stability",
                "sovereignty",
                "prestige",
                "position",
                "pandemic",
                "after",
                "the pandemic",
                "vaccine",
                "Komeito of Japan",
                "Japan",
                "visited",
                "trade",
                "integration",
                "external relations and",
                "σ",
                "’s",
                ",",
                ".",
                " and ",
                "-",
                "(",
                ")",
            ]
        ),
        max_size=30,
    ).map(" ".join)
)
def test_indexed_coding_equals_full_scans_of_every_pattern(text: str):
    """The one-pass coding of a sentence (anchored words, sub-patterns, actor names and
    exclusions tried only where they can start) equals scanning every pattern everywhere."""
    themes = load_themes()
    index, plan = theme_index(themes), coding_plan(themes)
    fast = sentence_hits(text, themes, index.anchored_words(text), plan, index.full_scan)
    slow = sentence_hits(text, themes, [], plan, range(index.n_patterns))
    assert fast == slow


def _dictionary_pieces() -> list[str]:
    """Every literal term, exclusion, actor name and context phrase of the packaged
    dictionary (a ``*`` filled in or dropped), and each of their words."""
    out: set[str] = set()
    for terms in slot_terms(load_themes()):
        for term in terms:
            if term.startswith("re:"):
                continue
            out.update({term.replace("*", "s"), term.replace("*", ""), *term.split()})
    return sorted(out)


# Between pieces: what a term's hyphen, space or apostrophe may match, and what it may not.
JOINTS = [" ", " ", " ", "-", "\u2013", "  ", "\n", " \n", ", ", ". ", "\u2019", "'s ", "(", ""]


CASES = [str, str.lower, str.upper, str.title]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([*_dictionary_pieces(), "σ", "İ", "K", "Đà Nẵng", "x"]),
            st.sampled_from(CASES),
            st.sampled_from(JOINTS),
        ),
        max_size=20,
    ).map(lambda parts: "".join(case(piece) + joint for piece, case, joint in parts))
)
def test_whole_term_coding_equals_full_scans_of_every_pattern(text: str):
    """Coding from the places where whole literal terms occur (``PlaceCoder``: one
    Aho-Corasick pass of every term, name and context phrase) equals scanning every pattern
    everywhere, on texts made of the dictionary's own terms, cases and joints; a text it
    does not read (a whitespace run, odd case folding) is coded by ``theme_index``."""
    themes = load_themes()
    index, plan = theme_index(themes), coding_plan(themes)
    slow = sentence_hits(text, themes, [], plan, range(index.n_patterns))
    scanned = place_coder(themes).scan(text)
    if scanned is None:
        assert re.search(r"\s\s", text) or not text.isascii()
        return
    fast = sentence_hits(text, themes, [], plan, index.full_scan, scanned)
    assert fast == slow


# --- round 9: packaged weights and exclusions -----------------------------------------------


def _coded(texts: list[str]) -> list[set[str]]:
    hits = _paragraph_hits(texts)
    return [
        set(hits.loc[hits["coded"] & hits["doc_id"].eq(f"p{i}"), "theme"])
        for i in range(len(texts))
    ]


def test_a_country_named_inside_a_sea_is_a_place():
    sea, country = _coded(
        [
            "The ministers asked for a code of conduct in the South China Sea soon.",
            "The ministers asked China for a code of conduct at sea soon.",
        ]
    )
    assert "neighbours" not in sea and "neighbours" in country
    # Japan alone weighs half: named twice it would code the paragraph, inside the sea not.
    japan = _coded(["A storm formed in the Sea of Japan, and the Sea of Japan stayed rough."])
    assert "major_powers" not in japan[0]


def test_climate_change_alone_is_not_the_world_situation():
    alone, assessed = _coded(
        [
            "The minister said the council adopted a resolution on climate change.",
            "The minister said climate change and extreme weather make the world riskier.",
        ]
    )
    assert "world_situation" not in alone and "world_situation" in assessed


def test_humanitarian_aid_alone_is_not_economic_diplomacy():
    alone, economic = _coded(
        [
            "The province received humanitarian aid after the floods.",
            "The province received humanitarian aid and foreign direct investment.",
        ]
    )
    assert "economic" not in alone and "economic" in economic
