"""Each block of the document pages taken where it is rendered: the same rows, in the same
order, as ``parallel.corpus_chunks`` cuts them (so the pages are the same bytes), whether the
block is sent to the writer or taken there from the inherited corpus."""

from __future__ import annotations

import sys

import numpy as np
import pandas as pd
import pytest

from analysis.ingest.parallel import corpus_chunks
from analysis.site import document_block_rows as dbr
from analysis.site import document_blocks as db
from analysis.site import document_pages as dp


def _tables(corpus) -> list[pd.DataFrame]:
    return [corpus.held_documents(), corpus.held_paragraphs(), corpus.held_sentences()]


@pytest.mark.parametrize("size", [1, 2, 3, 100])
def test_each_block_is_the_chunk_corpus_chunks_cuts(dated, size):
    rows = dbr.block_rows(dated, db.block_numbers(dated, size))
    chunks = list(corpus_chunks(dated, size))
    assert len(rows) == len(chunks)
    for number, chunk in enumerate(chunks):
        block = rows.block(number)
        for mine, theirs in zip(_tables(block), _tables(chunk), strict=True):
            pd.testing.assert_frame_equal(mine, theirs)
        assert rows.doc_ids(number) == chunk.held_documents()["doc_id"].tolist()
    if len(chunks) == 1:
        assert rows.block(0) is dated  # the corpus itself, as corpus_chunks gives it


def test_a_block_past_the_last_holds_no_rows(dated):
    rows = dbr.block_rows(dated, db.block_numbers(dated, 2))
    empty = rows.block(len(rows))
    assert [len(t) for t in _tables(empty)] == [0, 0, 0]
    assert list(empty.held_paragraphs().columns) == list(dated.held_paragraphs().columns)


def test_rows_of_blocks_leave_out_documents_in_no_block():
    doc_ids = pd.Series(["b", "a", "x", "b", "c", "a"])
    parts = dbr.rows_of_blocks(doc_ids, {"a": 0, "b": 0, "c": 1}, 2)
    assert [p.tolist() for p in parts] == [[0, 1, 3, 5], [4]]  # table order; "x" in none
    assert all(p.dtype.kind == "i" for p in parts)


def test_block_keys_and_bounds_sort_rows_by_block():
    keys = dbr.block_keys(pd.Series(["a", "z", "b", "a"]), {"a": 1, "b": 0})
    assert keys.tolist() == [1, -1, 0, 1]
    order, bounds = dbr.sorted_bounds(keys, 2)
    assert order.tolist() == [1, 2, 0, 3]  # -1 first, then block 0, then block 1 (stable)
    assert bounds.tolist() == [1, 2, 4]


def test_numbered_blocks_sent_or_not_name_the_same_documents(dated):
    ids = dated.documents["doc_id"].tolist()
    rows = dbr.block_rows(dated, db.block_numbers(dated, 2))
    wanted = [ids[-1], "gone", ids[0]]
    sent = list(dbr.numbered_blocks(rows, wanted, send=True))
    kept = list(dbr.numbered_blocks(rows, wanted, send=False))
    assert [(n, mine) for n, _, mine in sent] == [(n, mine) for n, _, mine in kept]
    assert all(corpus is None for _, corpus, _ in kept)
    assert sent[-1][0] == len(rows) and sent[-1][2] == ["gone"]  # the block of no rows, last
    assert sorted(d for _, _, mine in sent for d in mine) == sorted(wanted)
    for number, corpus, mine in sent[:-1]:
        assert corpus.held_documents()["doc_id"].tolist() == rows.doc_ids(number)
        assert set(mine) <= set(rows.doc_ids(number))


def test_an_empty_corpus_has_one_block_of_no_rows(dated):
    empty = np.empty(0, dtype=np.intp)
    none = dated.take(empty, empty, empty)
    rows = dbr.block_rows(none, db.block_numbers(none, 2))
    assert len(rows) == 0
    ((number, corpus, mine),) = dbr.numbered_blocks(rows, ["gone"], send=True)
    assert (number, mine, len(corpus.held_documents())) == (0, ["gone"], 0)


@pytest.mark.skipif(sys.platform != "linux", reason="fork is Linux's default here")
def test_workers_inherit_the_corpus_where_they_are_forked():
    assert dbr.inherited()


def test_a_block_without_its_corpus_needs_the_rows(tmp_path, plan):
    job = db._BlockJob(dp.PageJob(plan, tmp_path, lambda d: {}), tmp_path)
    with pytest.raises(ValueError, match="block rows"):
        db._render_block(job, (0, None, ["a"]))
