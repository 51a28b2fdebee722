"""Keyness scored for every row of a block at once: the G² of each (group, term) count of a
groups x terms matrix against the rest of the corpus, and each group's best terms, with
array operations over the whole block instead of a call per group.

``keyterms._score_group`` scores one group (one row): G² of its used terms
(``keyterm_counts.log_likelihood`` with the group's total and the rest's), then its best
``top_n`` by G² then column. ``block_log_likelihood`` is the same formula, operation for
operation, with a total per element (each element's row), and ``best_per_row`` orders every
row's terms in one sort; the values are the same floats (tested against ``_score_group``).
A group with fewer than ``top_n`` over-used terms (its tail filled with terms it never
uses) is left to ``_score_group`` (``needs_tail``).
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from analysis.analyses.keyterm_counts import CORRECTIONS
from analysis.core.errors import ParameterError


def block_log_likelihood(
    a: np.ndarray,
    b: np.ndarray,
    total_a: np.ndarray,
    total_b: np.ndarray,
    *,
    correction: str = "none",
) -> np.ndarray:
    """``keyterm_counts.log_likelihood`` with ``total_a`` and ``total_b`` given per
    element (arrays the length of ``a``), each element's own 2x2 table; the same
    operations in the same order, so the same values."""
    if correction not in CORRECTIONS:
        raise ParameterError("correction", correction, f"must be one of {list(CORRECTIONS)}")
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    c, d = total_a - a, total_b - b
    n = total_a + total_b
    observed = (a, b, c, d)
    expected = (
        (a + b) * total_a / n,
        (a + b) * total_b / n,
        (c + d) * total_a / n,
        (c + d) * total_b / n,
    )
    g2 = np.zeros_like(a)
    for o, e in zip(observed, expected, strict=True):
        with np.errstate(divide="ignore", invalid="ignore"):
            g2 += np.where(o > 0, o * np.log(o / e), 0.0)
    g2 *= 2
    if correction == "williams":
        with np.errstate(divide="ignore", invalid="ignore"):
            q = 1 + (n / (a + b) + n / (c + d) - 1) * (n / total_a + n / total_b - 1) / (6 * n)
        ok = (total_a > 0) & (total_b > 0) & np.isfinite(q) & (q > 0)
        g2 = np.where(ok, g2 / q, g2)
    return np.where(a >= expected[0], g2, -g2)


def row_g2(
    by_group: sparse.csr_matrix, total: np.ndarray, grand_total: float, correction: str
) -> tuple[np.ndarray, np.ndarray]:
    """G² of every stored count of ``by_group`` (groups x kept terms, sorted indices)
    against the rest of the corpus (``total``: every term's count over all groups), in
    storage order, and each group's total count."""
    n_rows = by_group.shape[0]
    row_of = np.repeat(np.arange(n_rows, dtype=np.int64), np.diff(by_group.indptr))
    counts = by_group.data
    totals = np.bincount(row_of, weights=counts, minlength=n_rows)
    total_a = totals[row_of]
    total_b = grand_total - total_a
    reference = total[by_group.indices] - counts
    g2 = block_log_likelihood(counts, reference, total_a, total_b, correction=correction)
    return g2, totals


def needs_tail(by_group: sparse.csr_matrix, g2: np.ndarray, top_n: int | None) -> np.ndarray:
    """The rows with fewer than ``top_n`` terms of positive G² (every row when ``top_n``
    is None): their best terms include terms they never use."""
    n_rows = by_group.shape[0]
    if top_n is None:
        return np.ones(n_rows, dtype=bool)
    row_of = np.repeat(np.arange(n_rows, dtype=np.int64), np.diff(by_group.indptr))
    return np.bincount(row_of[g2 > 0], minlength=n_rows) < top_n


def best_per_row(
    by_group: sparse.csr_matrix, g2: np.ndarray, top_n: int
) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Per row: (term columns, counts, G²) of its stored terms ordered by G² descending
    then column, at most ``top_n`` (``_score_group``'s order for a row with ``top_n``
    over-used terms)."""
    n_rows = by_group.shape[0]
    indptr = by_group.indptr
    row_of = np.repeat(np.arange(n_rows, dtype=np.int64), np.diff(indptr))
    order = np.lexsort((by_group.indices, -g2, row_of))  # rows stay where they were
    rank = np.arange(len(order)) - indptr[row_of]
    order = order[rank < top_n]
    ends = np.cumsum(np.minimum(np.diff(indptr), top_n))
    columns, counts, scores = by_group.indices[order], by_group.data[order], g2[order]
    out, start = [], 0
    for end in ends.tolist():
        out.append((columns[start:end], counts[start:end], scores[start:end]))
        start = end
    return out
