"""The date rules' places found over a block of sentences (``analysis/dates/block_scan.py``):
the same spans as ``rule_matches._spans`` sentence by sentence, on the samples and on random
sentence lists (empty sentences, the separator inside a sentence, dates at a block's
edges)."""

from __future__ import annotations

import re

import pandas as pd
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from analysis.dates.block_scan import (
    _DIGIT_THEN_LETTERS,
    _THE_BEFORE_DIGITS,
    SEPARATOR,
    TOKENS,
    _joints_by_pair,
    block_spans,
    block_tokens,
    blocks,
    sentence_starts,
)
from analysis.dates.rule_matches import (
    _CASE_FIXES,
    _DIGIT_RUN,
    _GLUED_LETTERS,
    _THE_DIGITS,
    _joints_of,
    _spans,
    _word_offsets,
)
from analysis.dates.rules import DIGITS, THE
from analysis.dates.scan import dates_of_spans, find_dates
from tests.test_dates import _rule_texts
from tests.test_rule_matches import _TOKEN_TEXTS

_EDGES = st.sampled_from(
    [
        "",
        SEPARATOR,
        "the",
        "2024",
        "May",
        "the 1990s",
        "5 May 2020",
        "from",
        " ",
        "-",
        "10AM",
        "İn",
        "last year",
        "March 4",
        "\n",
    ]
)
_SENTENCES = st.one_of(_rule_texts, _TOKEN_TEXTS, _EDGES)
_SENTENCE_LISTS = st.lists(_SENTENCES, max_size=12)


def _offsets_by_sentence(text: str) -> dict[str, list[int]]:
    """``block_tokens`` of one sentence, as ``scan`` finds its tokens alone: the trigger
    words, the numbers' first digits and the "the" before digits."""
    out = _word_offsets(text)
    digits = [run.start() for run in _DIGIT_RUN.finditer(text)]
    the = [found.start() for found in _THE_DIGITS.finditer(text)]
    return out | ({DIGITS: digits} if digits else {}) | ({THE: the} if the else {})


def _offsets_by_block(texts: list[str]) -> list[dict[str, list[int]]]:
    found = block_tokens(SEPARATOR.join(texts), sentence_starts(texts))
    out: list[dict[str, list[int]]] = [{} for _ in texts]
    for index, first, last in zip(found.sentence, found.pair_begin, found.pair_end, strict=True):
        for pair in range(first, last):
            token = TOKENS[found.token[pair]]
            out[index][token] = found.offsets[found.begin[pair] : found.end[pair]]
    return out


def test_sentence_starts_are_the_places_in_the_joined_block() -> None:
    texts = ["ab", "", "c"]
    block = SEPARATOR.join(texts)
    assert sentence_starts(texts) == [0, 3, 4]
    assert [
        block[s : s + len(t)] for s, t in zip(sentence_starts(texts), texts, strict=True)
    ] == texts
    assert sentence_starts([]) == [0]


def test_block_tokens_place_each_token_in_its_sentence() -> None:
    texts = ["In May", "", "the 2024 vote", "may"]
    assert _offsets_by_block(texts) == [
        {"in": [0], "may": [3]},
        {},
        {"the": [0], THE: [0], DIGITS: [4]},
        {"may": [0]},
    ]


@settings(max_examples=300, deadline=None)
@given(_SENTENCE_LISTS)
@example(["vote the", "2024 ends"])  # "the" before digits must not cross the separator
@example(["in 5", "pm"])  # nor glued letters
def test_block_tokens_are_those_of_each_sentence_alone(texts: list[str]) -> None:
    assert _offsets_by_block(texts) == [_offsets_by_sentence(text) for text in texts]


@settings(max_examples=300, deadline=None)
@given(_SENTENCE_LISTS)
def test_block_spans_are_each_sentences_spans(texts: list[str]) -> None:
    assert block_spans(texts) == [_spans(text) for text in texts]


def test_block_spans_of_the_samples_are_each_sentences_spans(samples) -> None:
    texts = samples.sentences["text"].tolist() + samples.paragraphs["text"].tolist()
    assert block_spans(texts) == [_spans(text) for text in texts]
    assert sum(map(bool, block_spans(texts))) > 100  # dates found, not only empty lists


def test_a_date_at_a_blocks_edges_is_found_in_its_sentence() -> None:
    texts = ["5 May 2020", "on the 2024", "", "vote the", "2024 ends"]
    spans = block_spans(texts)
    assert spans == [_spans(text) for text in texts]
    assert [
        text[s:e]
        for text, found in zip(texts, spans, strict=True)
        for s, e, _ in found
        if e - s > 4
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1 _\u00e9\u0130\x00am", max_size=30))
def test_digit_then_letters_finds_the_glued_letters(text: str) -> None:
    glued = [(run.start(), run.group()) for run in _GLUED_LETTERS.finditer(text)]
    assert [(run.start(1), run[1]) for run in _DIGIT_THEN_LETTERS.finditer(text)] == glued


@settings(max_examples=200, deadline=None)
@given(st.frozensets(st.sampled_from(TOKENS), max_size=30))
def test_joints_by_pair_are_the_joints_of_the_present_tokens(present) -> None:
    assume(THE not in present or DIGITS in present)  # "the" before digits needs a digit
    numbers = tuple(sorted(TOKENS.index(token) for token in present))
    words = frozenset(present) - {THE}
    expected = {
        (token, joint)
        for token, joint in _joints_of(words)
        if token in present and (token != THE or DIGITS in words)
    }
    assert {(TOKENS[numbers[k]], joint) for k, joint in _joints_by_pair(numbers)} == expected


def test_blocks_cut_the_sentences_by_characters() -> None:
    texts = ["a" * 5, "b" * 5, "c" * 5, "d"]
    assert [list(block) for block in blocks(texts, chars=12)] == [texts[:2], texts[2:]]
    assert [list(block) for block in blocks(texts, chars=1)] == [[t] for t in texts]
    assert list(blocks([], chars=10)) == []


@settings(max_examples=200, deadline=None)
@given(_SENTENCES, st.sampled_from([None, pd.Timestamp("2024-03-05"), pd.Timestamp("1999-12-31")]))
def test_dates_of_spans_read_as_find_dates(text: str, anchor) -> None:
    assert list(dates_of_spans(text, _spans(text), anchor=anchor)) == find_dates(
        text, anchor=anchor
    )


def test_the_before_digits_folds_as_in_the_rules() -> None:
    """Every character ``re.IGNORECASE`` reads as "t", "h" or "e" lower-cases to it, and no
    other does: "the" found in the lower-cased text is ``_THE_DIGITS``' "the"."""
    chars = [chr(c) for c in range(0x110000) if c < 0xD800 or c > 0xDFFF]
    fixed = [c.translate(_CASE_FIXES).lower() for c in chars]
    for letter in "the":
        folded = re.compile(letter, re.IGNORECASE)
        assert {c for c in chars if folded.fullmatch(c)} == {
            c for c, low in zip(chars, fixed, strict=True) if low == letter
        }
    assert _THE_BEFORE_DIGITS.pattern == _THE_DIGITS.pattern
    assert _THE_DIGITS.flags & re.IGNORECASE


def test_separator_is_no_word_character_nor_whitespace() -> None:
    assert not re.match(r"[\w\s]", SEPARATOR)
