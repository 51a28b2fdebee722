"""Block-by-block term counts (``analysis/analyses/term_blocks.py``): the key-term tables
counted a few documents at a time are exactly those of the one sentence x term matrix
they replaced (``tests/keyterms_reference.py``), on the samples and on generated text."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.analyses import term_blocks
from analysis.analyses.keyterm_counts import _term_matrix
from analysis.analyses.keyterms import coverage, keyness
from analysis.analyses.profile import KEYTERMS_PER_DOCUMENT, keyness_by_document
from analysis.analyses.term_blocks import (
    BlockCounter,
    SpilledBlocks,
    in_columns,
    in_sorted_order,
    n_words_of,
)
from analysis.analyses.term_contexts import collocations
from analysis.ingest.corpus import Corpus, load_corpus
from benchmarks.generate import write_corpus
from tests import keyterms_reference as reference
from tests.strategies import FRAGMENTS


@pytest.fixture(params=[1, 2, 3, 1000], ids=lambda n: f"block{n}")
def block_size(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """Blocks of 1, 2, 3 documents (several blocks on five samples) and of all of them."""
    monkeypatch.setattr(term_blocks, "DOC_BLOCK", request.param)
    return request.param


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """25 generated articles (``benchmarks/generate.py``)."""
    folder: Path = tmp_path_factory.mktemp("generated")
    write_corpus(folder, 25, seed=13)
    return load_corpus(folder, cache=False)


@pytest.mark.parametrize("which", ["samples", "generated"])
def test_keyness_by_document_in_blocks_is_the_whole_matrix_keyness(
    which: str, block_size: int, request: pytest.FixtureRequest
):
    corpus: Corpus = request.getfixturevalue(which)
    expected = reference.keyness(corpus, by="doc_id", top_n=KEYTERMS_PER_DOCUMENT)
    assert expected["target"].nunique() == len(corpus.documents) > 4
    got = keyness_by_document(corpus)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)


def test_sentence_text_made_a_few_sentences_at_a_time_gives_the_same_keyness(
    generated: Corpus, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(term_blocks, "DOC_BLOCK", 4)
    monkeypatch.setattr(term_blocks, "TEXT_BLOCK", 7)  # several pieces per block
    expected = reference.keyness(generated, by="doc_id", top_n=KEYTERMS_PER_DOCUMENT)
    pd.testing.assert_frame_equal(keyness_by_document(generated), expected, check_exact=True)


@pytest.mark.parametrize("by", ["doc_id", "outlet", "year"])
@pytest.mark.parametrize("top_n", [None, 3])
def test_keyness_in_blocks_is_the_whole_matrix_keyness(
    samples: Corpus, block_size: int, by: str, top_n: int | None
):
    expected = reference.keyness(samples, by=by, top_n=top_n)
    assert len(expected) > 0
    pd.testing.assert_frame_equal(keyness(samples, by=by, top_n=top_n), expected)


def test_keyness_options_in_blocks(samples: Corpus, block_size: int):
    for kwargs in ({"max_n": 1}, {"max_n": 2, "min_count": 1}, {"correction": "none"}):
        expected = reference.keyness(samples, by="doc_id", top_n=5, **kwargs)
        pd.testing.assert_frame_equal(keyness(samples, by="doc_id", top_n=5, **kwargs), expected)
    target = sorted(samples.documents["doc_id"])[2]
    pd.testing.assert_frame_equal(
        keyness(samples, target=[target], top_n=4),
        reference.keyness(samples, target=[target], top_n=4),
    )


@pytest.mark.parametrize("max_n", [1, 2, 3, 4])
def test_collocations_in_blocks_are_the_whole_matrix_collocations(samples: Corpus, max_n: int):
    expected = reference.collocations(samples, max_n=max_n, min_count=2)
    assert (len(expected) > 0) == (max_n > 1)
    pd.testing.assert_frame_equal(collocations(samples, max_n=max_n, min_count=2), expected)


@pytest.mark.parametrize("skip_actors", [True, False])
def test_coverage_in_blocks_is_the_whole_matrix_coverage(
    samples: Corpus, block_size: int, skip_actors: bool
):
    expected = reference.coverage(samples, top_n=None, min_count=2, skip_actors=skip_actors)
    assert len(expected) > 10
    got = coverage(samples, top_n=None, min_count=2, skip_actors=skip_actors)
    pd.testing.assert_frame_equal(got, expected)


sentences = st.lists(st.sampled_from(FRAGMENTS), min_size=0, max_size=6).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 5), sentences), min_size=0, max_size=25),
    st.integers(1, 4),
    st.integers(1, 3),
)
def test_block_counts_add_up_to_the_vectorizer_counts(
    rows: list[tuple[int, str]], block_size: int, max_n: int
):
    keys = np.array([k for k, _ in rows], dtype=np.int64)
    texts = pd.Series([t for _, t in rows], dtype=object)
    counter = BlockCounter(max_n)
    blocks = list(counter.blocks(keys, 6, lambda at: texts.iloc[at].tolist(), block_size))
    vocab, rank = counter.sorted_terms()
    got = np.zeros((6, len(vocab)), dtype=np.int64)
    for first, block in blocks:
        got[first : first + block.shape[0]] = in_sorted_order(block, rank).toarray()
    matrix, expected_vocab = _term_matrix(texts.tolist(), max_n)
    indicator = np.zeros((6, len(rows)), dtype=np.int64)
    indicator[keys, np.arange(len(rows))] = 1
    assert vocab.tolist() == expected_vocab.tolist()
    np.testing.assert_array_equal(got, indicator @ matrix.toarray())


def test_rows_must_come_together_and_spilled_blocks_come_back():
    counter = BlockCounter(2)
    with pytest.raises(ValueError, match="decrease"):
        counter.count([1, 0], ["party congress", "strategic partnership"], 2)
    block = counter.count([0, 0, 2], ["party congress", "party congress", "trade"], 3)
    with SpilledBlocks() as spilled:
        spilled.keep(4, block)
        ((first, back),) = list(spilled)
    assert first == 4 and (back != block).nnz == 0
    assert back[0, counter.vocabulary["party congress"]] == 2 and back[1].nnz == 0


def test_an_empty_selection_gives_the_reference_empty_tables(samples: Corpus):
    empty = samples.select([])
    pd.testing.assert_frame_equal(keyness(empty, top_n=3), reference.keyness(empty, top_n=3))
    pd.testing.assert_frame_equal(collocations(empty), reference.collocations(empty))
    assert keyness(empty).empty and collocations(empty).empty and coverage(empty).empty


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 5), sentences), min_size=0, max_size=25),
    st.integers(1, 4),
    st.integers(1, 3),
)
def test_released_terms_are_the_kept_columns_of_the_sorted_vocabulary(
    rows: list[tuple[int, str]], block_size: int, min_count: int
):
    keys = np.array([k for k, _ in rows], dtype=np.int64)
    texts = pd.Series([t for _, t in rows], dtype=object)
    counter = BlockCounter(3)
    blocks = list(counter.blocks(keys, 6, lambda at: texts.iloc[at].tolist(), block_size))
    total = np.zeros(len(counter.vocabulary), np.int64)
    for _, block in blocks:
        total[: block.shape[1]] += np.asarray(block.sum(axis=0)).ravel()
    everything = BlockCounter(3)
    everything.vocabulary.update(counter.vocabulary)
    vocab, rank = everything.sorted_terms()
    kept = np.flatnonzero(total[np.argsort(rank)] >= min_count)
    got_vocab, column = counter.release_terms(total >= min_count)
    assert got_vocab.tolist() == vocab[kept].tolist() and not counter.vocabulary
    for _, block in blocks:
        expected = in_sorted_order(block, rank)[:, kept].tocsr().astype(float)
        got = in_columns(block, column, len(got_vocab))
        assert got.has_sorted_indices and got.dtype == expected.dtype
        np.testing.assert_array_equal(got.toarray(), expected.toarray())
        np.testing.assert_array_equal(got.indptr, expected.indptr)


def test_n_words_counts_the_words_of_each_term():
    vocab = np.array(["party", "party congress", "comprehensive strategic partnership"], object)
    assert n_words_of(vocab).tolist() == [1, 2, 3] and n_words_of(vocab).dtype == np.int64
    assert n_words_of(np.array([], dtype=object)).tolist() == []
    with pytest.raises(ValueError, match="one value per term"):
        BlockCounter(1).release_terms(np.ones(2, dtype=bool))


def test_key_blocks_cover_every_counted_key_once_in_key_order():
    keys = np.array([4, 0, -1, 2, 0, 3, 4])
    blocks = list(term_blocks.key_blocks(keys, 5, block_size=2))
    assert [(first, size) for first, _, _, size in blocks] == [(0, 2), (2, 2), (4, 1)]
    assert [rows.tolist() for _, rows, _, _ in blocks] == [[1, 4], [3, 5], [0, 6]]
    assert [in_block.tolist() for _, _, in_block, _ in blocks] == [[0, 0], [0, 1], [0, 0]]
