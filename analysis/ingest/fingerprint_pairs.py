"""Candidate pairs of documents that share enough fingerprints to be checked as one story.

Step 2 of ``analysis.ingest.stories`` (see its docstring): the 0/1 document-fingerprint
matrix (``print_matrix``: a column per fingerprint found in 2 to ``MAX_FINGERPRINT_DOCS``
documents) is multiplied by itself a block of rows at a time (``row_blocks``), and the
pairs that share at least ``MIN_SHARED_FINGERPRINTS`` (and ``MIN_SHARED_SHARE`` of the
shorter document's) are kept (``print_candidates``). The fingerprints are the shingles
whose hash is 0 modulo ``FINGERPRINT_MOD``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import sparse

#: Documents with fewer shingles (words) than this are never grouped: too short to tell.
MIN_SHINGLES = 40
FINGERPRINT_MOD = 4
MIN_SHARED_FINGERPRINTS = 3
#: A candidate's fingerprints in common, as a share of the shorter document's, before the
#: exact check (well below MIN_CONTAINMENT: the estimate is noisy for short texts).
MIN_SHARED_SHARE = 0.3
MAX_FINGERPRINT_DOCS = 200
#: Documents whose pairs are counted in one sparse product at most.
PAIR_BLOCK_DOCS = 512
#: Fingerprint co-occurrences one sparse product may count at most (each costs about 40
#: bytes while its block is filtered: 10 MB). A block of ``PAIR_BLOCK_DOCS`` documents
#: against the rest of a corpus whose documents share many fingerprints (syndicated
#: stories, a generated corpus's recurring sentences) counted up to ``PAIR_BLOCK_DOCS``
#: times the number of documents, so its memory grew with the corpus (``candidate_pairs``
#: +78 MB at 3,000 generated articles; +42 MB with this bound, its pairs unchanged).
PAIR_BLOCK_PRODUCTS = 250_000
#: Fingerprints given their column of the document-fingerprint matrix in one pass.
PRINT_BLOCK = 1_000_000


def candidate_pairs(shingles: Sequence[np.ndarray]) -> pd.DataFrame:
    """Pairs of positions ``(i, j)``, ``i < j``, of the ``shingles`` (sets) that share
    enough fingerprints to be checked: ``print_candidates`` of their fingerprints.

    >>> base = np.arange(0, 400, 4, dtype=np.uint32)
    >>> candidate_pairs([base, base[:60], np.arange(1, 400, 4, dtype=np.uint32)])
       i  j  shared
    0  0  1      60
    """
    prints = [s[s % FINGERPRINT_MOD == 0] for s in shingles]
    values = np.concatenate(prints) if prints else np.zeros(0, dtype=np.uint32)
    n_prints = np.array([len(p) for p in prints], dtype=np.int64)
    return print_candidates(values, n_prints, np.array([len(s) for s in shingles], np.int64))


def print_candidates(values: np.ndarray, n_prints: np.ndarray, sizes: np.ndarray) -> pd.DataFrame:
    """Pairs of positions ``(i, j)``, ``i < j``, of the documents whose fingerprints
    (``fingerprints``: ``values``, ``n_prints`` of each, of ``sizes`` shingles) share
    enough to be checked: columns ``i``, ``j``, ``shared`` (fingerprints in common), sorted
    by ``i`` then ``j``.

    The fingerprints in common are counted by a sparse product of the document-fingerprint
    matrix with itself, a block of rows at a time (``row_blocks``: at most
    ``PAIR_BLOCK_DOCS`` rows and ``PAIR_BLOCK_PRODUCTS`` co-occurrences), and filtered
    block by block: memory grows with the pairs kept, not with every co-occurrence of a
    fingerprint (a self-join of the inverted index took 1.2 GB at 1,000 generated
    articles), nor with the size of the corpus."""
    matrix = print_matrix(values, n_prints, sizes >= MIN_SHINGLES)
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    for first, end in row_blocks(_product_costs(matrix), PAIR_BLOCK_PRODUCTS, PAIR_BLOCK_DOCS):
        block = (matrix[first:end] @ matrix[first:].T).tocoo()
        i = block.row.astype(np.int64) + first
        j = block.col.astype(np.int64) + first
        shared = block.data.astype(np.int64)
        shorter = np.minimum(n_prints[i], n_prints[j])
        enough = (shared >= MIN_SHARED_FINGERPRINTS) & (shared >= MIN_SHARED_SHARE * shorter)
        keep = (i < j) & enough
        found.append((i[keep], j[keep], shared[keep]))
    if not found:
        return pd.DataFrame({c: np.zeros(0, np.int64) for c in ("i", "j", "shared")})
    i, j, shared = (np.concatenate(part) for part in zip(*found, strict=True))
    order = np.lexsort((j, i))
    return pd.DataFrame({"i": i[order], "j": j[order], "shared": shared[order]})


def fingerprint_matrix(prints: Sequence[np.ndarray], eligible: np.ndarray) -> sparse.csr_matrix:
    """``print_matrix`` of ``prints`` (each an array of distinct values), a document each."""
    values = np.concatenate(prints) if len(prints) else np.zeros(0, dtype=np.uint32)
    return print_matrix(values, np.array([len(p) for p in prints], dtype=np.int64), eligible)


def common_prints(values: np.ndarray) -> np.ndarray:
    """The distinct ``values`` found 2 to ``MAX_FINGERPRINT_DOCS`` times, sorted (by
    sorting a copy: no hash table of every value).

    >>> common_prints(np.array([8, 4, 8, 12, 4, 4], dtype=np.uint32)).tolist()
    [4, 8]
    """
    ordered = np.sort(values)
    twice = ordered[1:][ordered[1:] == ordered[:-1]]  # a value once per repeat
    many = MAX_FINGERPRINT_DOCS
    too_many = ordered[many:][ordered[many:] == ordered[: max(len(ordered) - many, 0)]]
    del ordered
    repeated = np.unique(twice)
    return repeated[~np.isin(repeated, too_many, assume_unique=False)]


def print_matrix(
    values: np.ndarray, n_prints: np.ndarray, eligible: np.ndarray
) -> sparse.csr_matrix:
    """The 0/1 document-fingerprint matrix of the ``eligible`` documents (a row per
    document, ``n_prints`` of ``values`` each, distinct), a column per fingerprint found in
    2 to ``MAX_FINGERPRINT_DOCS`` of them (``common_prints``, in sorted order): the rows
    of the others are empty.

    Built as CSR from 32-bit column numbers found ``PRINT_BLOCK`` values at a time (no
    coordinate form, no 64-bit copy of every fingerprint, no hash table of them): these
    arrays are made at the load's peak (``mark_stories``).

    >>> m = print_matrix(np.array([4, 8, 8, 8, 12]), np.array([2, 1, 2]),
    ...                  np.array([True, True, False]))
    >>> m.toarray().tolist()
    [[1], [1], [0]]
    """
    rows = np.repeat(eligible, n_prints)
    kept = values[rows] if not rows.all() else values
    common = common_prints(kept)
    del kept
    columns: list[np.ndarray] = []
    found: list[np.ndarray] = []
    for first in range(0, len(values), PRINT_BLOCK):
        block = values[first : first + PRINT_BLOCK]
        at = np.searchsorted(common, block).clip(max=max(len(common) - 1, 0))
        hit = rows[first : first + PRINT_BLOCK] & (common[at] == block if len(common) else False)
        columns.append(at[hit].astype(np.int32))
        found.append(np.flatnonzero(hit) + first)
    indices = np.concatenate(columns) if columns else np.zeros(0, dtype=np.int32)
    where = np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(n_prints)])  # each document's first value
    indptr = np.searchsorted(where, starts)
    data = np.ones(len(indices), dtype=np.int32)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(n_prints), len(common)))


def _product_costs(matrix: sparse.csr_matrix) -> np.ndarray:
    """For each row of a 0/1 document-fingerprint ``matrix``: how many co-occurrences its
    fingerprints have (the sum, over its fingerprints, of the documents holding each), an
    upper bound of what the row adds to a sparse product of the matrix with itself
    (summed along the matrix's own arrays: no 64-bit copy of it)."""
    documents_per_print = np.bincount(matrix.indices, minlength=matrix.shape[1]).astype(np.int64)
    running = np.concatenate([[0], np.cumsum(documents_per_print[matrix.indices])])
    return running[matrix.indptr[1:]] - running[matrix.indptr[:-1]]


def row_blocks(costs: np.ndarray, budget: int, most: int) -> list[tuple[int, int]]:
    """Consecutive rows as ``(first, end)`` blocks of at most ``most`` rows whose ``costs``
    add up to at most ``budget`` (a row that costs more is a block of its own).

    >>> row_blocks(np.array([1, 1, 5, 1, 1, 1]), budget=3, most=2)
    [(0, 2), (2, 3), (3, 5), (5, 6)]
    """
    blocks: list[tuple[int, int]] = []
    first, total = 0, 0
    for row, cost in enumerate(costs.tolist()):
        if row > first and (total + cost > budget or row - first >= most):
            blocks.append((first, row))
            first, total = row, 0
        total += cost
    if first < len(costs):
        blocks.append((first, len(costs)))
    return blocks
