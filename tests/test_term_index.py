"""The first-word index finds exactly what a full regex scan finds, only faster."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.annotators.entities import load_gazetteer
from analysis.annotators.term_index import (
    Anchor,
    AnchorIndex,
    WordStartFinder,
    _ascii_lookalike,
    anchor_regex,
    literal_anchor,
    mask_non_words,
    matches_at,
    term_anchor,
)
from analysis.annotators.theme_matching import _theme_matches
from analysis.annotators.theme_slots import theme_index
from analysis.annotators.theme_terms import compile_terms
from analysis.annotators.themes import find_theme_matches, load_themes


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("people-to-people", Anchor("people", prefix=False)),
        ("diversif*", Anchor("diversif", prefix=True)),
        ("co*operation", Anchor("co", prefix=True)),
        ("Party's external relations", Anchor("Party", prefix=False)),
        ("U.S.", Anchor("U", prefix=False)),
        ("são paulo forum", Anchor("são", prefix=False)),
        ("re:\\bfoo", None),
        ("(G7)", None),
    ],
)
def test_term_anchor(term: str, expected: Anchor | None) -> None:
    assert term_anchor(term) == expected


def test_literal_anchor_has_no_wildcard() -> None:
    assert literal_anchor("Ho Chi Minh") == Anchor("Ho", prefix=False)
    assert literal_anchor("diversif*") == Anchor("diversif", prefix=False)


TERMS = [
    "people-to-people",
    "diversif*",
    "co*operation",
    "Party's external relations",
    "U.S.",
    "são paulo forum",
    "partner*",
    "party",
    "strategic partnership",
    "comprehensive strategic partnership",
    "σοφία",
]
# Words and characters that stress the index: dictionary words, near misses, every letter
# Python's IGNORECASE treats specially (Kelvin sign, long s, dotted and dotless i, sigmas).
WORDS = [
    "people", "People", "PEOPLE", "to", "diversify", "diversification", "Diversif",
    "cooperation", "co", "operation", "Party", "party", "PARTY", "parties", "partnership",
    "partners", "strategic", "Strategic", "comprehensive", "external", "relations",
    "U", "S", "US", "São", "SÃO", "sao", "Paulo", "paulo", "forum", "Forum", "ΣΟΦΊΑ",
    "σοφία", "σοφίας", "ſtrategic", "\u212aelvin", "İnternational", "ıt", "x", "_party",
    "party_", "2024", "people2",
]  # fmt: skip
SEPARATORS = [" ", "  ", "-", "\u2013", "'", "\u2019", ".", ", ", "\n", "(", ")", ""]
texts = st.lists(st.sampled_from(WORDS + SEPARATORS), max_size=30).map("".join)


def _scan(pattern: re.Pattern[str], index: AnchorIndex, slot: int, text: str) -> list:
    found = matches_at(pattern, text, index.candidates(text)[slot])
    return [(m.span(), m.lastgroup) for m in found]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_index_finds_what_a_full_scan_finds(text: str) -> None:
    _check_full_scan(text)


def _check_full_scan(text: str) -> None:
    patterns = [compile_terms(TERMS[:6], named=True), compile_terms(TERMS[6:], named=True)]
    index = AnchorIndex(
        [[term_anchor(t) for t in TERMS[:6]], [term_anchor(t) for t in TERMS[6:]]],
        ignore_case=True,
    )
    for slot, pattern in enumerate(patterns):
        full = [(m.span(), m.lastgroup) for m in pattern.finditer(text)]
        assert _scan(pattern, index, slot, text) == full


@settings(max_examples=200, deadline=None)
@given(texts)
def test_case_sensitive_index_finds_what_a_full_scan_finds(text: str) -> None:
    surfaces = ["Party", "People's Republic", "São Paulo", "U.S.", "σοφία", "Co"]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, surfaces)) + r")(?!\w)")
    index = AnchorIndex([[literal_anchor(s) for s in surfaces]], ignore_case=False)
    full = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in matches_at(pattern, text, index.candidates(text)[0])] == full


def test_pattern_without_anchor_scans_everything() -> None:
    index = AnchorIndex(
        [[term_anchor("re:\\d+ members")], [term_anchor("party")]], ignore_case=True
    )
    text = "The 247 members of the party"
    assert index.candidates(text) == [None, [text.index("party")]]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS + SEPARATORS + ["ASEAN", "China", "Laos", "Cuba"]),
                max_size=40).map("".join))  # fmt: skip
def test_packaged_dictionary_and_gazetteer_agree_with_full_scans(text: str) -> None:
    themes = load_themes()
    starts = theme_index(themes).candidates(text)
    n = len(themes)
    for i, theme in enumerate(themes):
        assert _theme_matches(text, theme, starts[i], starts[n + i]) == find_theme_matches(
            text, theme
        )
    gazetteer = load_gazetteer()
    expected = [m.span() for m in gazetteer.pattern.finditer(text)]
    starts = gazetteer.anchors.candidates(text)[0]
    assert [m.span() for m in matches_at(gazetteer.pattern, text, starts)] == expected


def test_index_is_exact_on_the_samples(samples) -> None:
    """Every content sentence of the five samples: the same theme matches either way."""
    from analysis.annotators.themes import content_sentences

    themes = load_themes()
    index = theme_index(themes)
    n = len(themes)
    texts = content_sentences(samples)["text"].tolist()
    assert len(texts) > 200
    found = 0
    for text in texts:
        starts = index.candidates(text)
        for i, theme in enumerate(themes):
            fast = _theme_matches(text, theme, starts[i], starts[n + i])
            assert fast == find_theme_matches(text, theme)
            found += len(fast)
    assert found > 500


# Characters around words that the masked automaton must read as ``re`` reads them: word
# characters that are not letters (digits, "_", "²", "٣"), non-word ones that are not
# ASCII (no-break space, curly quotes, a combining accent, an astral symbol).
ODD = ["_", "2", "\u00b2", "\u0663", "\u00a0", "\u201c", "\u0301", "\U0001d4b3", "e\u0301"]
mixed_texts = st.lists(st.sampled_from(WORDS + SEPARATORS + ODD), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(mixed_texts)
def test_word_start_finder_finds_the_reference_regex_words(text: str) -> None:
    exact = ["party", "Party", "co", "u", "s", "são", "2024", "_party", "σοφία"]
    prefix = ["partner", "diversif", "peopl", "e"]
    finder = WordStartFinder(exact, prefix)
    reference = anchor_regex(exact, prefix)
    fits = [(m.start(), m.group(0)) for m in reference.finditer(text)]
    found = finder.words(text)
    # the finder also lists words that an exact anchor only begins; the lookup drops them
    assert [(s, w) for s, w in found if w in exact or any(map(w.startswith, prefix))] == fits


@settings(max_examples=300, deadline=None)
@given(mixed_texts)
def test_anchored_words_match_the_reference_regex(text: str) -> None:
    index = AnchorIndex(
        [[term_anchor(t) for t in TERMS[:6]], [term_anchor(t) for t in TERMS[6:]]],
        ignore_case=True,
    )
    lowered = text.lower()
    if len(lowered) != len(text) or not (text.isascii() or not _ascii_lookalike().search(text)):
        return  # read word by word, not by the automaton
    if index._odd_case and not text.isascii():
        return
    reference = anchor_regex(index._exact, [w for _, t in index._prefix for w in t])
    expected = [(m.start(), m.group(0)) for m in reference.finditer(lowered)]
    expected = [(s, w, index._hits(w)) for s, w in expected if index._hits(w)]
    assert index.anchored_words(text) == expected


@settings(max_examples=300, deadline=None)
@given(mixed_texts)
def test_index_finds_what_a_full_scan_finds_around_odd_characters(text: str) -> None:
    _check_full_scan(text)


@settings(max_examples=300, deadline=None)
@given(mixed_texts)
def test_masking_keeps_exactly_the_word_characters(text: str) -> None:
    assert mask_non_words(text) == re.sub(r"\W", " ", text)


@settings(max_examples=300)
@given(
    st.text(
        alphabet=st.one_of(st.characters(max_codepoint=127), st.sampled_from("’“”–\xa0\u2009éđ")),
        max_size=60,
    )
)
def test_masking_ascii_and_quoted_text_keeps_exactly_the_word_characters(text: str) -> None:
    assert mask_non_words(text) == re.sub(r"\W", " ", text)


def test_outside_ascii_a_word_character_is_an_alphanumeric_one():
    # What mask_non_words' check of the characters outside ASCII stands on.
    word = re.compile(r"\w")
    odd = [c for c in map(chr, range(128, 0x110000)) if bool(word.match(c)) != c.isalnum()]
    assert odd == []
