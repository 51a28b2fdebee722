"""Candidate pairs from shared fingerprints (analysis.ingest.fingerprint_pairs)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest import fingerprint_pairs
from analysis.ingest.fingerprint_pairs import candidate_pairs, row_blocks


def test_row_blocks_bound_the_rows_and_the_cost_of_each_block() -> None:
    costs = np.array([2, 2, 2, 9, 1, 1, 1, 1])
    blocks = row_blocks(costs, budget=4, most=3)
    assert blocks == [(0, 2), (2, 3), (3, 4), (4, 7), (7, 8)]
    assert [r for first, end in blocks for r in range(first, end)] == list(range(8))
    assert all(costs[a:b].sum() <= 4 or b - a == 1 for a, b in blocks)
    assert row_blocks(np.zeros(0, dtype=np.int64), budget=4, most=3) == []


def test_the_product_costs_count_each_rows_co_occurrences() -> None:
    from scipy import sparse

    matrix = sparse.csr_matrix(np.array([[1, 1, 0], [1, 0, 0], [1, 0, 1]], dtype=np.int32))
    # row 0 holds prints 0 (in 3 documents) and 1 (in 1): 4 products
    assert fingerprint_pairs._product_costs(matrix).tolist() == [4, 3, 4]


@given(st.integers(min_value=1, max_value=400), st.integers(min_value=1, max_value=7))
@settings(max_examples=15, deadline=None)
def test_candidate_pairs_do_not_depend_on_the_blocks(budget: int, most: int) -> None:
    rng = np.random.default_rng(budget * 10 + most)
    common = np.arange(0, 320, 4, dtype=np.uint32)  # 80 fingerprints: many pairs share enough
    shingles = [
        np.unique(
            np.concatenate([rng.choice(common, 60), rng.integers(0, 10**6, 30).astype(np.uint32)])
        )
        for _ in range(12)
    ]
    whole = candidate_pairs(shingles)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fingerprint_pairs, "PAIR_BLOCK_PRODUCTS", budget)
        patch.setattr(fingerprint_pairs, "PAIR_BLOCK_DOCS", most)
        pd.testing.assert_frame_equal(candidate_pairs(shingles), whole)
    assert len(whole) > 0


def _coordinate_prints(prints: list[np.ndarray], eligible: np.ndarray) -> list[list[int]]:
    """The fingerprints of each row of the document-fingerprint matrix as ``candidate_pairs``
    built it before (from coordinates, 64-bit, columns numbered by a hash table): the
    reference ``fingerprint_matrix`` must equal."""
    from scipy import sparse

    n_prints = np.array([len(p) for p in prints], dtype=np.int64)
    docs = np.repeat(np.arange(len(prints)), n_prints * eligible)
    kept = [p for p, ok in zip(prints, eligible, strict=True) if ok]
    values = np.concatenate(kept) if kept else np.zeros(0, dtype=np.uint32)
    codes, uniques = pd.factorize(values)
    spread = np.bincount(codes, minlength=len(uniques))
    common = (spread[codes] > 1) & (spread[codes] <= fingerprint_pairs.MAX_FINGERPRINT_DOCS)
    matrix = sparse.csr_matrix(
        (np.ones(int(common.sum()), dtype=np.int32), (docs[common], codes[common])),
        shape=(len(prints), len(uniques)),
    )
    return [sorted(uniques[matrix[row].indices].tolist()) for row in range(len(prints))]


@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=0, max_value=14))
@settings(max_examples=30, deadline=None)
def test_the_fingerprint_matrix_is_the_coordinate_one(seed: int, n_docs: int) -> None:
    rng = np.random.default_rng(seed)
    prints = [
        np.unique(rng.integers(0, 60, rng.integers(0, 12)).astype(np.uint32) * 4)
        for _ in range(n_docs)
    ]
    eligible = rng.random(n_docs) < 0.8
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            fingerprint_pairs, "MAX_FINGERPRINT_DOCS", 1 + seed % 6
        )  # some left out as common
        patch.setattr(
            fingerprint_pairs, "PRINT_BLOCK", 1 + seed % 7
        )  # columns found a few at a time
        matrix = fingerprint_pairs.fingerprint_matrix(prints, eligible)
        reference = _coordinate_prints(prints, eligible)
        kept = [p for p, ok in zip(prints, eligible, strict=True) if ok]
        columns = fingerprint_pairs.common_prints(
            np.concatenate(kept) if kept else np.zeros(0, np.uint32)
        )
    assert matrix.shape == (n_docs, len(columns))
    assert [sorted(columns[matrix[r].indices].tolist()) for r in range(n_docs)] == reference
    assert matrix.indices.dtype == np.int32  # no 64-bit copy of the fingerprints
    assert (np.diff(columns.astype(np.int64)) > 0).all()  # sorted, each once


@given(st.lists(st.integers(min_value=0, max_value=30), max_size=60), st.integers(1, 5))
@settings(max_examples=40, deadline=None)
def test_common_prints_are_the_values_found_two_to_max_times(values: list[int], most: int) -> None:
    counts = pd.Series(values, dtype="int64").value_counts()
    expected = sorted(counts.index[(counts > 1) & (counts <= most)].tolist())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fingerprint_pairs, "MAX_FINGERPRINT_DOCS", most)
        found = fingerprint_pairs.common_prints(np.array(values, dtype=np.uint32))
    assert found.tolist() == expected
