"""Key terms, coverage and topics (concordances and collocations: ``test_term_contexts.py``)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from analysis.analyses import term_blocks
from analysis.analyses.keyterms import (
    _by_total,
    _score_group,
    keyness,
    keyness_blocks,
)
from analysis.core.errors import ParameterError
from analysis.ingest.corpus import Corpus
from tests.conftest import doc_id_of

# --- keyness ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_keyness(samples: Corpus) -> pd.DataFrame:
    return keyness(samples, by="doc_id")


def test_keyness_finds_what_distinguishes_each_document(samples: Corpus, sample_keyness):
    top = sample_keyness.groupby("target").head(25)
    doc003 = top.loc[top["target"] == doc_id_of(samples, "003"), "term"].tolist()
    assert "comprehensive strategic partnership" in doc003
    doc004 = top.loc[top["target"] == doc_id_of(samples, "004"), "term"].tolist()
    assert "pandemic prevention" in doc004
    assert (sample_keyness.groupby("target")["g2"].apply(lambda s: s.is_monotonic_decreasing)).all()
    assert {1, 2, 3} <= set(sample_keyness["n_words"])


def test_keyness_counts_add_up(samples: Corpus, sample_keyness: pd.DataFrame):
    totals = sample_keyness.assign(n=sample_keyness["n_target"] + sample_keyness["n_reference"])
    assert totals.groupby("term")["n"].nunique().max() == 1  # same corpus total per term
    assert (totals["n"] >= 2).all()
    assert sample_keyness["p_value"].between(0, 1).all()


def test_keyness_is_deterministic_and_filters_targets(samples: Corpus, sample_keyness):
    pd.testing.assert_frame_equal(keyness(samples, by="doc_id"), sample_keyness)
    one = keyness(samples, by="outlet", target="Communist Review", top_n=5)
    assert set(one["target"]) == {"Communist Review"} and len(one) == 5
    by_year = keyness(samples, by="year", top_n=3)
    assert set(by_year["target"]) == {"2019", "2021", "2023", "unknown"}
    with pytest.raises(ParameterError, match="Nowhere Times"):
        keyness(samples, by="outlet", target="Nowhere Times")
    with pytest.raises(ParameterError, match="'by'"):
        keyness(samples, by="author")


@pytest.mark.parametrize(("block", "top_n"), [(1, 5), (2, None), (3, 50), (100, 5)])
def test_keyness_blocks_are_the_keyness_table_in_parts(monkeypatch, samples: Corpus, block, top_n):
    monkeypatch.setattr(term_blocks, "DOC_BLOCK", block)
    parts = list(keyness_blocks(samples, by="doc_id", top_n=top_n))
    n_docs = samples.documents["doc_id"].nunique()
    assert len(parts) == -(-n_docs // block)  # one part per block of documents
    for part in parts:
        assert part["target"].nunique() <= block
    together = pd.concat(parts, ignore_index=True)
    pd.testing.assert_frame_equal(together, keyness(samples, by="doc_id", top_n=top_n))


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, 4), min_size=12, max_size=12), min_size=2, max_size=5),
    st.integers(1, 14),
    st.sampled_from(["williams", "none"]),
)
def test_a_group_is_scored_against_the_terms_it_uses_and_the_rarest_others(
    counts: list[list[int]], top_n: int, correction: str
):
    """``_score_group`` with ``_by_total`` (the terms a group never uses: only the rarest
    scored) gives exactly the table of every kept term scored (the reference)."""
    matrix = sparse.csr_matrix(np.array(counts, dtype=float))
    total = np.asarray(matrix.sum(axis=0)).ravel()
    kept = total > 0
    matrix, total = sparse.csr_matrix(matrix[:, kept]), total[kept]
    by_total = _by_total(total)
    for i in range(matrix.shape[0]):
        expected = _score_group(matrix, total, total.sum(), top_n, correction, i)
        got = _score_group(matrix, total, total.sum(), top_n, correction, i, by_total)
        for mine, theirs in zip(got, expected, strict=True):
            np.testing.assert_array_equal(mine, theirs)


def test_a_term_holding_half_the_counts_scores_every_term():
    assert _by_total(np.array([5.0, 3.0, 2.0])) is None
    assert _by_total(np.array([3.0, 1.0, 3.0, 1.0])).tolist() == [1, 3, 0, 2]


def test_keyness_blocks_refuse_an_unknown_grouping(samples: Corpus):
    with pytest.raises(ParameterError, match="'by'"):
        next(keyness_blocks(samples, by="author"))
