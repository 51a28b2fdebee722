"""Keyness scored for a whole block at once (``analysis/analyses/block_scores.py``): the
same floats and the same best terms as ``keyterms._score_group`` called per group (the
slow reference), on random count matrices."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from analysis.analyses.block_scores import (
    best_per_row,
    block_log_likelihood,
    needs_tail,
    row_g2,
)
from analysis.analyses.keyterm_counts import log_likelihood
from analysis.analyses.keyterms import _by_total, _score_block, _score_group
from analysis.core.errors import ParameterError

counts_matrices = st.lists(
    st.lists(st.integers(0, 6), min_size=10, max_size=10), min_size=1, max_size=7
)


def _kept(counts: list[list[int]]) -> tuple[sparse.csr_matrix, np.ndarray]:
    """The matrix over the terms used at least once, and their totals (as keyness holds
    them: float counts, sorted indices)."""
    matrix = sparse.csr_matrix(np.array(counts, dtype=float))
    total = np.asarray(matrix.sum(axis=0)).ravel()
    kept = total > 0
    matrix = sparse.csr_matrix(matrix[:, kept])
    matrix.sort_indices()
    return matrix, total[kept]


@settings(max_examples=100, deadline=None)
@given(counts_matrices, st.sampled_from(["williams", "none"]))
def test_block_g2_is_log_likelihood_row_by_row(counts, correction):
    matrix, total = _kept(counts)
    g2, totals = row_g2(matrix, total, total.sum(), correction)
    for i in range(matrix.shape[0]):
        start, end = matrix.indptr[i], matrix.indptr[i + 1]
        used, row = matrix.indices[start:end], matrix.data[start:end]
        assert totals[i] == row.sum()
        expected = log_likelihood(
            row, total[used] - row, row.sum(), total.sum() - row.sum(), correction=correction
        )
        np.testing.assert_array_equal(g2[start:end], expected)


@settings(max_examples=100, deadline=None)
@given(
    counts_matrices, st.one_of(st.none(), st.integers(0, 12)), st.sampled_from(["williams", "none"])
)
def test_a_block_is_scored_as_group_by_group(counts, top_n, correction):
    """``_score_block`` (vectorised, ``_score_group`` only for the rows needing a tail)
    gives exactly ``_score_group`` per row, with or without ``_by_total``."""
    matrix, total = _kept(counts)
    by_total = _by_total(total)
    wanted = {3 + i: f"g{i}" for i in range(matrix.shape[0])}
    got = _score_block(total, top_n, correction, matrix, 3, wanted, by_total)
    assert list(got) == list(wanted.values())
    for i, name in enumerate(wanted.values()):
        expected = _score_group(matrix, total, total.sum(), top_n, correction, i, by_total)
        for mine, theirs in zip(got[name], expected, strict=True):
            np.testing.assert_array_equal(mine, theirs)


def test_best_per_row_orders_by_g2_then_column_and_cuts_at_top_n():
    matrix = sparse.csr_matrix(np.array([[1.0, 2.0, 0.0, 3.0], [0.0, 0.0, 0.0, 0.0]]))
    g2 = np.array([0.5, 2.0, 2.0])  # row 0's columns 0, 1, 3
    (columns, counts, scores), empty = best_per_row(matrix, g2, 2)
    assert columns.tolist() == [1, 3] and counts.tolist() == [2.0, 3.0]
    assert scores.tolist() == [2.0, 2.0] and len(empty[0]) == 0
    assert needs_tail(matrix, g2, 2).tolist() == [False, True]
    assert needs_tail(matrix, g2, None).tolist() == [True, True]


def test_per_element_totals_refuse_an_unknown_correction():
    one = np.ones(1)
    with pytest.raises(ParameterError):
        block_log_likelihood(one, one, one, one, correction="yates")
