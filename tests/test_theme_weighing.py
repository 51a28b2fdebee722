"""Weighing one sentence's matches into hits (``analysis/annotators/theme_weighing.py``): the
indexed and whole-term paths give exactly what scanning every pattern everywhere gives."""

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
