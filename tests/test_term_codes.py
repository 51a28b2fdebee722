"""Terms counted on integer codes (``analysis/analyses/term_codes.py``): exactly the counts of
``term_blocks.BlockCounter`` (``terms_of`` on every sentence), the slow reference, on
generated sentences, and the same keyness tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.analyses import term_codes
from analysis.analyses.term_blocks import BlockCounter, in_columns
from analysis.analyses.term_codes import CodedCounter, counter_for, normalised
from analysis.core.text import WORD_PATTERN
from tests.strategies import FRAGMENTS

WORDS = (
    *FRAGMENTS,
    "Việt Nam's comprehensive strategic partnership",
    "the Prime Minister’s visit",
    "people-to-people exchanges of the two countries",
    "and the of in",
    "2,5 million 3.4 and 7",
    "NAM’S ¹²³ ÉLAN",
    "a text holding the separator’s letter ꙮ, read text by text",
    "ꙮꙮ-ꙮ",
    "",
)
sentences = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=6).map(
    " ".join
)


def counted(counter, keys: np.ndarray, texts: list[str], n_keys: int, block_size: int):
    """Every key's counts over the sorted vocabulary (dense), and that vocabulary."""
    series = pd.Series(texts, dtype=object)
    blocks = list(counter.blocks(keys, n_keys, lambda at: series.iloc[at].tolist(), block_size))
    terms, column = counter.release_terms(np.ones(len(counter.vocabulary), dtype=bool))
    out = np.zeros((n_keys, len(terms)))
    for first, block in blocks:
        out[first : first + block.shape[0]] = in_columns(block, column, len(terms)).toarray()
    return out, terms


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(-1, 5), sentences), max_size=25),
    st.integers(1, 4),
    st.integers(1, 3),
    st.integers(1, 7),
)
def test_coded_counts_are_the_block_counter_counts(rows, block_size, max_n, text_block):
    keys = np.array([k for k, _ in rows], dtype=np.int64)
    texts = [t for _, t in rows]
    expected, expected_terms = counted(BlockCounter(max_n), keys, texts, 6, block_size)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(term_codes, "CODE_BLOCK", text_block)  # several pieces per block
        got, terms = counted(CodedCounter(max_n), keys, texts, 6, block_size)
    assert terms.tolist() == expected_terms.tolist()
    np.testing.assert_array_equal(got, expected)


def test_release_terms_keeps_the_asked_terms_sorted():
    counter = CodedCounter(2)
    block = counter.count([0, 0], ["Vietnam and Laos", "Laos border"], 1)
    assert block.sum() == 5  # vietnam, laos, laos, laos border, border
    keep = np.asarray(block.sum(axis=0)).ravel() >= 2
    terms, column = counter.release_terms(keep)
    assert terms.tolist() == ["laos"]
    assert (column >= 0).sum() == 1 and len(counter.vocabulary) == 0
    with pytest.raises(ValueError, match="one value per term id"):
        counter.release_terms(keep)


def test_a_word_is_normalised_as_terms_of_does():
    assert normalised("Nam’S") == "nam"
    assert normalised("People-To-People") == "people-to-people"
    assert normalised("'s") == ""


def test_too_many_distinct_words_are_refused(monkeypatch):
    monkeypatch.setattr(term_codes, "WORD_BITS", 2)  # at most 3 words
    counter = CodedCounter(1)
    with pytest.raises(OverflowError):
        counter.count([0], ["one two three four"], 1)


def test_longer_terms_fall_back_to_the_block_counter():
    assert isinstance(counter_for(3), CodedCounter)
    assert isinstance(counter_for(4), BlockCounter)
    with pytest.raises(ValueError, match="max_n"):
        CodedCounter(4)


def test_a_block_is_read_in_one_pass_unless_a_text_holds_the_separator():
    counter = CodedCounter(3)
    word, sentence = counter._tokens(["Vietnam and Laos.", "", "Laos border 3.5"])
    apart = word < 0  # the separators between texts
    assert apart.tolist() == [False] * 3 + [True, True] + [False] * 3
    assert sentence[~apart].tolist() == [0, 0, 0, 2, 2, 2]
    assert len(counter._words) == 5  # the separator is no word
    word, sentence = counter._tokens(["Vietnam ꙮ Laos", "Laos"])  # text by text
    assert (word >= 0).all() and sentence.tolist() == [0, 0, 0, 1]
    block = counter.count([0, 1], ["Vietnam ꙮ Laos", "Laos"], 2)
    assert block.sum() == 4 + 2 + 1  # unigrams, bigrams, one trigram; none across texts


def test_tokens_are_factorized_as_pandas_does_even_a_lone_surrogate():
    tokens = ["Laos", "và", "Laos", "ꙮ", "và", "x"]
    codes, uniques = term_codes.factorized(tokens)
    expected_codes, expected_uniques = pd.factorize(np.array(tokens, dtype=object))
    assert codes.tolist() == expected_codes.tolist() and uniques == expected_uniques.tolist()
    codes, uniques = term_codes.factorized(["a\ud800", "b", "a\ud800"])  # not UTF-8
    assert codes.tolist() == [0, 1, 0] and uniques == ["a\ud800", "b"]


def test_chunk_sums_are_the_running_total():
    counter = CodedCounter(2)
    texts = [f"word{n % 7} and term{n % 3} border" for n in range(23)]
    texts = [t.replace("0", "zero").replace("1", "one") for t in texts]
    rows = sorted(np.random.default_rng(2).integers(0, 5, len(texts)).tolist())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(term_codes, "CODE_BLOCK", 2)  # 12 chunks, summed pairwise
        chunked = counter.count(rows, texts, 5)
    assert chunked.has_sorted_indices and chunked.has_canonical_format
    whole_counter = CodedCounter(2)
    whole = whole_counter.count(rows, texts, 5)
    every = np.ones(whole.shape[1], dtype=bool)
    terms, column = counter.release_terms(every)
    whole_terms, whole_column = whole_counter.release_terms(every)
    assert terms.tolist() == whole_terms.tolist()
    np.testing.assert_array_equal(
        in_columns(chunked, column, len(terms)).toarray(),
        in_columns(whole, whole_column, len(terms)).toarray(),
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["a", "É", "ß", "1", "٣", "²", "_", "-", "'", "’", ".", ",", " ", "\n"]
            ),
            st.text(max_size=3),
        ),
        max_size=30,
    ).map("".join)
)
def test_the_token_pattern_finds_the_words_of_word_pattern(text):
    assert term_codes.TOKEN_PATTERN.findall(text) == WORD_PATTERN.findall(text)


def test_the_token_pattern_follows_word_pattern():
    """``TOKEN_PATTERN`` is ``WORD_PATTERN`` with possessive repeats: a change to
    ``WORD_PATTERN`` must be made to it too."""
    assert WORD_PATTERN.pattern == r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*"
    possessive = WORD_PATTERN.pattern.replace("+", "++").replace(")*", ")*+")
    assert term_codes.TOKEN_PATTERN.pattern == possessive


segments = st.one_of(sentences, st.lists(sentences, max_size=3))
"""A sentence's text, or the pieces of one counted apart (coverage's text outside matches)."""


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 4), segments), max_size=20).map(
        lambda rows: sorted(rows, key=lambda row: row[0])
    ),
    st.integers(1, 3),
    st.integers(1, 7),
    st.integers(1, 60),
)
def test_coded_counts_and_term_ids_are_the_block_counter_ones(rows, max_n, text_block, chars):
    """The slow reference, ``terms_of`` on every text or piece (``BlockCounter``): the same
    counts in the same columns, term ids numbered in the same order (the order
    ``terms_of`` meets them), and the same sorted vocabulary."""
    keys = [k for k, _ in rows]
    texts = [t for _, t in rows]
    reference = BlockCounter(max_n)
    expected = reference.count(keys, texts, 5)
    counter = CodedCounter(max_n)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(term_codes, "CODE_BLOCK", text_block)  # several chunks per count
        patch.setattr(term_codes, "CODE_CHARS", chars)
        got = counter.count(keys, texts, 5)
    terms, rank = counter.sorted_terms()
    expected_terms, expected_rank = reference.sorted_terms()
    assert terms.tolist() == expected_terms.tolist()
    np.testing.assert_array_equal(rank, expected_rank)  # the same id for every term
    assert got.shape == expected.shape
    np.testing.assert_array_equal(got.toarray(), expected.toarray())
    assert len(counter.vocabulary) == len(terms)  # sorted_terms keeps the vocabulary


def test_term_ids_follow_each_text_in_turn():
    """A term first met in an earlier text gets an earlier id even when it is a pair and
    the later text's term a single word (``terms_of``'s order: text by text)."""
    counter = CodedCounter(2)
    counter.count([0, 0], ["Vietnam Laos", "Cambodia"], 1)
    terms, rank = counter.sorted_terms()
    assert terms[rank].tolist() == ["vietnam", "laos", "vietnam laos", "cambodia"]


def test_first_places_are_where_each_code_first_appears():
    codes = np.array([0, 1, 0, 2, 1, 3, 3, 2])
    np.testing.assert_array_equal(term_codes.first_places(codes), [0, 1, 3, 5])
    assert term_codes.first_places(np.zeros(0, np.int64)).tolist() == []
    rng = np.random.default_rng(5)
    codes, _ = pd.factorize(rng.integers(0, 40, 500))
    np.testing.assert_array_equal(
        term_codes.first_places(codes), np.unique(codes, return_index=True)[1]
    )


def test_long_texts_are_coded_in_smaller_chunks(monkeypatch):
    monkeypatch.setattr(term_codes, "CODE_BLOCK", 3)
    monkeypatch.setattr(term_codes, "CODE_CHARS", 10)
    pieces = [(0, "abcdef"), (0, "ghijk"), (1, "l"), (1, "m"), (1, "n"), (2, "o")]
    sizes = [len(chunk) for chunk in term_codes._chunks(iter(pieces))]
    assert sizes == [2, 3, 1]
