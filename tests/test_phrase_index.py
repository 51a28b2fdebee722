"""Where theme terms can match (``phrase_index``): a literal term's key, and the places
``PhraseIndex`` lists find exactly what a full scan of each pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.annotators.phrase_index import PhraseIndex, has_whitespace_run, literal_key
from analysis.annotators.theme_terms import compile_terms
from tests.test_term_index import TERMS, texts


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("People-to-People", " people to people "),
        ("U.S.", " u s  "),
        ("communist part*", " communist part"),
        ("Party's  external relations", " party s external relations "),
        ("são paulo forum", " são paulo forum "),
        ("co*operation", None),
        ("re:party", None),
        ("(G7)", None),
        ("σοφία", None),  # IGNORECASE equates the sigmas: the anchor path
    ],
)
def test_literal_key(term: str, expected: str | None) -> None:
    assert literal_key(term) == expected


PHRASE_TERMS = [TERMS[:6], TERMS[6:], ["U.S.", "party*", "strategic partnership", "Party"]]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_phrase_index_places_give_what_a_full_scan_finds(text: str) -> None:
    """Trying each pattern's terms only at the places ``PhraseIndex`` lists (whole literal
    keys, anchors of the other terms) finds exactly the pattern's leftmost matches."""
    index = PhraseIndex(PHRASE_TERMS)
    places = index.places(text)
    if places is None:  # a whitespace run or odd case folding: read by AnchorIndex
        assert re.search(r"\s\s", text) or not text.isascii()
        return
    for slot, terms in enumerate(PHRASE_TERMS):
        pattern = compile_terms(terms, named=True)
        full = [(m.span(), m.lastgroup) for m in pattern.finditer(text)]
        if slot in index.full_scan:
            continue
        found, end = [], 0
        for start, keys, word, slots in places:
            only = {j for k in keys for s, j in index.key_terms[k] if s == slot}
            if word is not None and slot in slots:
                only.update(index.word_terms(slot, word))
            if not only or start < end:
                continue
            m = compile_terms(terms, named=True, only=sorted(only)).match(text, start)
            if m is not None:
                found.append((m.span(), m.lastgroup))
                end = max(m.end(), start + 1)
        assert found == full, slot


def test_the_space_is_the_only_printable_whitespace():
    # What has_whitespace_run's substring test stands on, for this Python's Unicode tables.
    space = re.compile(r"\s")
    printable = [c for c in map(chr, range(0x110000)) if space.match(c) and c.isprintable()]
    assert printable == [" "]


@settings(max_examples=300)
@given(
    st.text(
        alphabet=st.one_of(
            st.sampled_from(" \t\n\r\x0b\x0c\x1c\x85\xa0\u2009\u3000\u200b\xadab,"),
            st.characters(),
        ),
        max_size=40,
    )
)
def test_has_whitespace_run_agrees_with_the_regex(text: str) -> None:
    assert has_whitespace_run(text) == (re.search(r"\s\s", text) is not None)
