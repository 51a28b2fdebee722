"""Pairs of countries per paragraph, a chunk of whole documents at a time: the same tables
as one pass over every paragraph (the code before chunking, kept here as the reference)."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.annotators.country_pairs import (
    best_pairs,
    document_chunks,
    pair_counts,
)
from tests.theme_tables_reference import best_pair_rows

COUNTRIES = ["Cuba", "Laos", "China", "Japan", "Chile"]


def _mentions(seed: int, n_docs: int) -> pd.DataFrame:
    """First mentions per sentence: doc_id, para_id, sent_id, country, start, end; the
    documents in a shuffled order, so a document's first row is not its name's order."""
    rng = np.random.default_rng(seed)
    rows = []
    for d in rng.permutation(n_docs):
        for para in range(int(rng.integers(1, 4))):
            for sent in range(int(rng.integers(1, 4))):
                for country in rng.choice(COUNTRIES, size=int(rng.integers(0, 4)), replace=False):
                    start = int(rng.integers(0, 50))
                    rows.append((f"d{d:03d}", para, sent, str(country), start, start + 4))
    columns = ["doc_id", "para_id", "sent_id", "country", "start", "end"]
    return pd.DataFrame(rows, columns=columns).astype({"doc_id": "str", "country": "str"})


def _reference_counts(per_para: pd.DataFrame) -> pd.DataFrame:
    pairs = per_para.merge(per_para, on=["doc_id", "para_id"], suffixes=("_a", "_b"))
    pairs = pairs.loc[pairs["country_a"] < pairs["country_b"]]
    return pairs.groupby(["country_a", "country_b"], as_index=False).agg(
        n_paragraphs=("para_id", "size"), n_docs=("doc_id", "nunique")
    )


def test_document_chunks_hold_whole_documents_in_their_order():
    frame = _mentions(1, 9)
    chunks = list(document_chunks(frame, size=2))
    assert [c["doc_id"].nunique() for c in chunks] == [2, 2, 2, 2, 1]
    seen = [set(c["doc_id"]) for c in chunks]
    assert all(not (a & b) for a, b in combinations(seen, 2))  # a document in one chunk
    rows = np.concatenate([c.index.to_numpy() for c in chunks])
    assert sorted(rows) == list(frame.index)
    for c in chunks:  # each chunk's rows in the frame's order
        assert list(c.index) == sorted(c.index)
    order = list(dict.fromkeys(frame["doc_id"]))
    assert list(dict.fromkeys(pd.concat(chunks)["doc_id"])) == order


def test_a_small_table_is_one_chunk_and_a_size_below_one_is_refused():
    frame = _mentions(2, 3)
    assert [c is frame for c in document_chunks(frame, size=3)] == [True]
    with pytest.raises(ValueError, match="at least 1"):
        list(document_chunks(frame, size=0))


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10_000), n_docs=st.integers(0, 12), size=st.integers(1, 5))
def test_pair_counts_in_chunks_are_the_counts_of_every_paragraph(seed, n_docs, size):
    per_para = _mentions(seed, n_docs)[["doc_id", "para_id", "country"]].drop_duplicates()
    expected = _reference_counts(per_para)
    pd.testing.assert_frame_equal(pair_counts(per_para, size=size), expected)


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10_000), n_docs=st.integers(0, 12), size=st.integers(1, 5))
def test_best_pairs_in_chunks_are_the_rows_one_cut_keeps(seed, n_docs, size):
    first = _mentions(seed, n_docs)
    expected = best_pair_rows(first).reset_index(drop=True)
    got = best_pairs(first, size=size).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected)


def test_pair_counts_count_a_pair_once_per_paragraph_and_document():
    per_para = pd.DataFrame(
        {
            "doc_id": ["a", "a", "a", "a", "b", "b"],
            "para_id": [0, 0, 1, 1, 0, 0],
            "country": ["Cuba", "Laos", "Cuba", "Laos", "Laos", "Cuba"],
        }
    )
    got = pair_counts(per_para, size=1)
    assert got.to_dict("records") == [
        {"country_a": "Cuba", "country_b": "Laos", "n_paragraphs": 3, "n_docs": 2}
    ]
