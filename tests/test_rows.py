"""``core.rows.take_rows``: the rows ``DataFrame.take`` gives, without concatenating a
many-chunk Arrow text column first."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from analysis.core.corpus_type import Corpus
from analysis.core.rows import take_chunked, take_rows


def _chunked_paragraphs(samples: Corpus) -> pd.DataFrame:
    """The samples' paragraphs as the loader builds them: one frame per document,
    concatenated (each text column a ChunkedArray of one chunk per document)."""
    paragraphs = samples.paragraphs
    frames = [group for _, group in paragraphs.groupby("doc_id", sort=False)]
    return pd.concat([f.reset_index(drop=True) for f in frames], ignore_index=True)


@pytest.fixture(scope="module")
def chunked(samples: Corpus) -> pd.DataFrame:
    frame = _chunked_paragraphs(samples)
    assert frame["text"].array._pa_array.num_chunks == samples.documents.shape[0] > 1
    return frame


def _positions(n: int) -> list[np.ndarray]:
    rng = np.random.default_rng(7)
    return [
        rng.permutation(n),  # every row, shuffled
        np.sort(rng.choice(n, size=n // 3, replace=False)),  # ascending, with gaps
        np.array([n - 1, 0, n - 1, 3]),  # repeats, across chunks
        np.arange(2, n - 2),  # one run: a slice
        np.array([], dtype="int64"),
        np.array([-1, 0]),  # from the end, as numpy counts
    ]


def test_take_rows_equals_pandas_take(chunked: pd.DataFrame) -> None:
    for positions in _positions(len(chunked)):
        expected = chunked.take(positions).reset_index(drop=True)
        pd.testing.assert_frame_equal(take_rows(chunked, positions), expected)


def test_take_chunked_equals_arrow_take(chunked: pd.DataFrame) -> None:
    values = chunked["raw"].array._pa_array
    for positions in _positions(len(chunked))[:5]:
        taken = take_chunked(values, positions)
        assert taken.equals(values.take(pa.array(positions, type=pa.int64())).combine_chunks())


def test_a_run_of_rows_is_a_slice_not_a_copy(chunked: pd.DataFrame) -> None:
    taken = take_rows(chunked, np.arange(1, len(chunked) - 1))
    source = {c.buffers()[2].address for c in chunked["text"].array._pa_array.chunks}
    assert {c.buffers()[2].address for c in taken["text"].array._pa_array.chunks} <= source


def test_many_rows_are_taken_in_runs_with_the_same_values(
    chunked: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analysis.core import rows

    monkeypatch.setattr(rows, "TAKE_BATCH_ROWS", 7)
    values = chunked["raw"].array._pa_array
    for positions in _positions(len(chunked))[:2]:  # shuffled, ascending with gaps
        taken = take_chunked(values, positions)
        expected = values.take(pa.array(positions, type=pa.int64())).combine_chunks()
        assert taken.combine_chunks().equals(expected)
        assert taken.num_chunks == -(-len(positions) // 7) > 1  # one array per run of 7
        frame = take_rows(chunked, positions)
        pd.testing.assert_frame_equal(frame, chunked.take(positions).reset_index(drop=True))


def test_held_tables_take_and_filter_rows_and_keep_their_kind(samples: Corpus) -> None:
    """``HeldTable.take``/``filter``/``held`` give the same rows as the full table does,
    in the same kind of held table, with the left-out column made back in place."""
    from analysis.core.document_text import DocumentsWithoutText
    from analysis.core.paragraph_raw import ParagraphsWithoutRaw
    from analysis.core.sentence_text import SentenceSpans

    paragraphs = samples.paragraphs
    for kind, full in (
        (DocumentsWithoutText, samples.documents),
        (SentenceSpans, samples.sentences),
        (ParagraphsWithoutRaw, paragraphs),
    ):
        held = kind.of(full)
        assert kind.held(full.drop(columns=kind.LEFT_OUT)).position == held.position
        rows = np.arange(len(full))[::-2]  # descending, every other row
        taken = held.take(rows)
        assert type(taken) is kind and taken.position == held.position
        expected = full.take(rows).reset_index(drop=True)
        pd.testing.assert_frame_equal(taken.with_text(paragraphs), expected)
        keep = full["doc_id"] == full["doc_id"].iloc[0]
        kept = held.filter(keep)
        assert type(kept) is kind
        expected = full[keep].reset_index(drop=True)
        pd.testing.assert_frame_equal(kept.with_text(paragraphs), expected)
