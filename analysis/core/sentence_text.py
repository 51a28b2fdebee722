"""Sentences held as spans of their paragraph's text, their ``text`` column made on access.

The loader's sentences table repeats the paragraphs' text (``sentences.text`` is
``paragraphs.text[start:end]`` of the sentence's paragraph): about 110 MB at 10,000
articles. A ``Corpus`` made by the loader holds its sentences as ``SentenceSpans`` (every
column but ``text``) and makes the ``text`` column the first time ``corpus.sentences`` is
read (``analysis.core.corpus_type``); annotating chunk by chunk reads each chunk's
sentences only, so the whole corpus's sentence text is never held during annotation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.core.rows import HeldTable, take_rows
from analysis.core.schema import SENTENCE_COLUMNS

#: Sentences whose text is built as Python strings at once (then one Arrow chunk).
TEXT_BATCH_ROWS = 100_000
#: The columns of the sentences table as held (the loader's parse gives these).
HELD_COLUMNS = tuple(c for c in SENTENCE_COLUMNS if c != "text")


@dataclass(frozen=True)
class SentenceSpans(HeldTable):
    """A sentences table without its ``text`` column (``frame``: doc_id, para_id, start,
    end and the rest), and the position ``text`` goes back to."""

    LEFT_OUT: ClassVar[str] = "text"
    FULL_COLUMNS: ClassVar[tuple[str, ...]] = tuple(SENTENCE_COLUMNS)

    @classmethod
    def of(cls, sentences: pd.DataFrame) -> SentenceSpans:
        """The spans of a full sentences table (its ``text`` left out)."""
        return cls(sentences.drop(columns="text"), sentences.columns.get_loc("text"))

    def with_text(self, paragraphs: pd.DataFrame) -> pd.DataFrame:
        """The full sentences table: ``text`` made from ``paragraphs`` (``sentence_texts``)
        and put back at its position."""
        full = self.frame.copy(deep=False)
        full.insert(self.position, "text", sentence_texts(self.frame, paragraphs))
        return full


def _paragraph_rows(spans: pd.DataFrame, paragraphs: pd.DataFrame) -> np.ndarray:
    """The row of ``paragraphs`` holding each span's (doc_id, para_id)."""
    keys = ["doc_id", "para_id"]
    index = pd.MultiIndex.from_frame(paragraphs[keys])
    rows = (
        index.get_indexer(pd.MultiIndex.from_frame(spans[keys]))
        if index.is_unique
        else index.drop_duplicates().get_indexer(pd.MultiIndex.from_frame(spans[keys]))
    )
    if (rows < 0).any():
        raise ValueError("sentence spans without their paragraph: their text is not held")
    return rows


def paragraph_rows(spans: pd.DataFrame, paragraphs: pd.DataFrame) -> np.ndarray:
    """The row of ``paragraphs`` holding each span's (doc_id, para_id) (``ValueError`` for a
    span without its paragraph): looked up once, then given to ``sliced_texts`` block by
    block (the index of every paragraph is built once, not per block)."""
    return _paragraph_rows(spans, paragraphs)


def sliced_texts(
    texts: pd.DataFrame, rows: np.ndarray, starts: np.ndarray, ends: np.ndarray
) -> list[str]:
    """``texts.text[row][start:end]`` for each (row, start, end): the text of sentences
    given by their paragraph's row in ``texts`` (a frame with a ``text`` column: a missing
    paragraph text reads as "") and their span; only these paragraphs' text is taken."""
    unique, inverse = np.unique(np.asarray(rows, dtype=np.int64), return_inverse=True)
    held = take_rows(texts, unique)["text"].fillna("").tolist()
    bounds = zip(np.asarray(starts).tolist(), np.asarray(ends).tolist(), strict=True)
    return [held[i][s:e] for i, (s, e) in zip(inverse.tolist(), bounds, strict=True)]


def sentence_texts(spans: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.Series:
    """``paragraphs.text[start:end]`` of each span's paragraph (doc_id, para_id), as a
    ``str`` column aligned with ``spans``; built ``TEXT_BATCH_ROWS`` sentences at a time."""
    rows = _paragraph_rows(spans, paragraphs)
    texts = paragraphs[["text"]]
    starts = spans["start"].to_numpy(dtype="int64")
    ends = spans["end"].to_numpy(dtype="int64")
    pieces = []
    for first in range(0, len(rows), TEXT_BATCH_ROWS):
        last = first + TEXT_BATCH_ROWS
        sliced = sliced_texts(texts, rows[first:last], starts[first:last], ends[first:last])
        pieces.append(pa.array(sliced, type=pa.large_string()))
    values = pa.chunked_array(pieces, type=pa.large_string())
    return pd.Series(values, index=spans.index, dtype="str", name="text")
