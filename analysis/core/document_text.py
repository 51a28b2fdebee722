"""Documents held without their ``text``, the column made on access from the paragraphs.

``documents.text`` is the document's content paragraphs (``schema.CONTENT_KINDS``, repeats
left out) joined by blank lines, in para_id order: the same characters as
``paragraphs.text`` (about 100 MB at 10,000 articles). A ``Corpus`` made by the loader
holds its documents as ``DocumentsWithoutText`` and makes ``text`` the first time
``corpus.documents`` is read (``analysis.core.corpus_type``); chunked annotation reads
each chunk's documents only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import ClassVar

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.core.rows import HeldTable, take_rows
from analysis.core.schema import CONTENT_KINDS, DOCUMENT_COLUMNS

#: Documents whose text is built as Python strings at once (then one Arrow chunk).
TEXT_BATCH_DOCUMENTS = 1_000
#: What joins a document's content paragraphs in ``documents.text``.
PARAGRAPH_JOINER = "\n\n"
#: The columns of the documents table as held (the loader's parse gives these).
HELD_COLUMNS = tuple(c for c in DOCUMENT_COLUMNS if c != "text")


@dataclass(frozen=True)
class DocumentsWithoutText(HeldTable):
    """A documents table without its ``text`` column, and the position ``text`` goes
    back to."""

    LEFT_OUT: ClassVar[str] = "text"
    FULL_COLUMNS: ClassVar[tuple[str, ...]] = tuple(DOCUMENT_COLUMNS)

    @classmethod
    def of(cls, documents: pd.DataFrame) -> DocumentsWithoutText:
        """The documents table ``documents`` without its ``text``."""
        return cls(documents.drop(columns="text"), documents.columns.get_loc("text"))

    def with_text(self, paragraphs: pd.DataFrame) -> pd.DataFrame:
        """The full documents table: ``text`` made from ``paragraphs``
        (``document_texts``) and put back at its position."""
        full = self.frame.copy(deep=False)
        full.insert(self.position, "text", document_texts(self.frame["doc_id"], paragraphs))
        return full


def _content_rows(doc_ids: pd.Series, paragraphs: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The rows of ``paragraphs`` that make each document's text, and where each
    document's run of them starts: document ``i`` (position in ``doc_ids``) is joined
    from rows ``kept[bounds[i]:bounds[i + 1]]`` (content kinds, not repeats, para_id
    order)."""
    content = paragraphs["kind"].isin(list(CONTENT_KINDS)) & (paragraphs["repeat_of"] < 0)
    kept = np.flatnonzero(content.to_numpy())
    codes = pd.Index(doc_ids).get_indexer(paragraphs["doc_id"].to_numpy()[kept])
    kept, codes = kept[codes >= 0], codes[codes >= 0]
    order = np.lexsort([paragraphs["para_id"].to_numpy()[kept], codes])
    kept, codes = kept[order], codes[order]
    return kept, np.searchsorted(codes, np.arange(len(doc_ids) + 1))


def _text_batches(
    doc_ids: pd.Series, paragraphs: pd.DataFrame, positions: np.ndarray | None
) -> Iterator[list[str]]:
    """The texts of the documents at ``positions`` of ``doc_ids`` (all, in order, when
    None), ``TEXT_BATCH_DOCUMENTS`` at a time."""
    kept, bounds = _content_rows(doc_ids, paragraphs)
    texts = paragraphs[["text"]]
    if positions is None:
        positions = np.arange(len(doc_ids))
    for first in range(0, len(positions), TEXT_BATCH_DOCUMENTS):
        batch = positions[first : first + TEXT_BATCH_DOCUMENTS]
        runs = [kept[bounds[p] : bounds[p + 1]] for p in batch.tolist()]
        rows = np.concatenate(runs) if runs else kept[:0]
        held = take_rows(texts, rows)["text"].tolist() if len(rows) else []
        starts = np.cumsum([0] + [len(run) for run in runs]).tolist()
        yield [PARAGRAPH_JOINER.join(held[a:b]) for a, b in pairwise(starts)]


def iter_document_texts(
    doc_ids: pd.Series, paragraphs: pd.DataFrame, positions: np.ndarray | None = None
) -> Iterator[str]:
    """``document_texts`` one text at a time, for the documents at ``positions`` of
    ``doc_ids`` (all, in order, when None): ``TEXT_BATCH_DOCUMENTS`` texts are held at
    once, never the whole column (what the loader's duplicate and story marking read).

    >>> paragraphs = pd.DataFrame({"doc_id": ["a", "b", "a"], "para_id": [1, 0, 0],
    ...     "kind": "body", "repeat_of": -1, "text": ["two", "b", "one"]})
    >>> list(iter_document_texts(pd.Series(["a", "b"]), paragraphs, np.array([1, 0])))
    ['b', 'one\\n\\ntwo']
    """
    for batch in _text_batches(doc_ids, paragraphs, positions):
        yield from batch


def document_texts(doc_ids: pd.Series, paragraphs: pd.DataFrame) -> pd.Series:
    """The text of each document of ``doc_ids``: its content paragraphs (kinds
    ``CONTENT_KINDS``, ``repeat_of`` < 0) in para_id order, joined by a blank line ("" when
    it has none); a ``str`` column aligned with ``doc_ids``, built
    ``TEXT_BATCH_DOCUMENTS`` documents at a time."""
    pieces = [
        pa.array(batch, type=pa.large_string())
        for batch in _text_batches(doc_ids, paragraphs, None)
    ]
    values = pa.chunked_array(pieces, type=pa.large_string())
    return pd.Series(values, index=doc_ids.index, dtype="str", name="text")
