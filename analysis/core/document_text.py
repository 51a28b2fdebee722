"""Documents held without their ``text``, the column made on access from the paragraphs.

``documents.text`` is the document's content paragraphs (``schema.CONTENT_KINDS``, repeats
left out) joined by blank lines, in para_id order: the same characters as
``paragraphs.text`` (about 100 MB at 10,000 articles). A ``Corpus`` made by the loader
holds its documents as ``DocumentsWithoutText`` and makes ``text`` the first time
``corpus.documents`` is read (``analysis.core.corpus_type``); chunked annotation reads
each chunk's documents only.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.core.rows import take_rows
from analysis.core.schema import CONTENT_KINDS

#: Documents whose text is built as Python strings at once (then one Arrow chunk).
TEXT_BATCH_DOCUMENTS = 1_000
#: What joins a document's content paragraphs in ``documents.text``.
PARAGRAPH_JOINER = "\n\n"


@dataclass(frozen=True)
class DocumentsWithoutText:
    """A documents table without its ``text`` column, and the position ``text`` goes
    back to."""

    frame: pd.DataFrame
    position: int

    @classmethod
    def of(cls, documents: pd.DataFrame) -> DocumentsWithoutText:
        """The documents table ``documents`` without its ``text``."""
        return cls(documents.drop(columns="text"), documents.columns.get_loc("text"))

    def take(self, rows: np.ndarray) -> DocumentsWithoutText:
        """The rows at positions ``rows`` (``core.rows.take_rows``)."""
        return DocumentsWithoutText(take_rows(self.frame, rows), self.position)

    def filter(self, keep: pd.Series) -> DocumentsWithoutText:
        """The rows where the boolean ``keep`` (aligned with ``frame``) is true."""
        return DocumentsWithoutText(self.frame[keep].reset_index(drop=True), self.position)

    def with_text(self, paragraphs: pd.DataFrame) -> pd.DataFrame:
        """The full documents table: ``text`` made from ``paragraphs``
        (``document_texts``) and put back at its position."""
        full = self.frame.copy(deep=False)
        full.insert(self.position, "text", document_texts(self.frame["doc_id"], paragraphs))
        return full


def document_texts(doc_ids: pd.Series, paragraphs: pd.DataFrame) -> pd.Series:
    """The text of each document of ``doc_ids``: its content paragraphs (kinds
    ``CONTENT_KINDS``, ``repeat_of`` < 0) in para_id order, joined by a blank line ("" when
    it has none); a ``str`` column aligned with ``doc_ids``, built
    ``TEXT_BATCH_DOCUMENTS`` documents at a time."""
    content = paragraphs["kind"].isin(list(CONTENT_KINDS)) & (paragraphs["repeat_of"] < 0)
    kept = np.flatnonzero(content.to_numpy())
    codes = pd.Index(doc_ids).get_indexer(paragraphs["doc_id"].to_numpy()[kept])
    kept, codes = kept[codes >= 0], codes[codes >= 0]
    order = np.lexsort([paragraphs["para_id"].to_numpy()[kept], codes])
    kept, codes = kept[order], codes[order]
    bounds = np.searchsorted(codes, np.arange(len(doc_ids) + 1))
    texts = paragraphs[["text"]]
    pieces = []
    for first in range(0, len(doc_ids), TEXT_BATCH_DOCUMENTS):
        last = min(first + TEXT_BATCH_DOCUMENTS, len(doc_ids))
        held = take_rows(texts, kept[bounds[first] : bounds[last]])["text"].tolist()
        starts = (bounds[first : last + 1] - bounds[first]).tolist()
        joined = [PARAGRAPH_JOINER.join(held[a:b]) for a, b in pairwise(starts)]
        pieces.append(pa.array(joined, type=pa.large_string()))
    values = pa.chunked_array(pieces, type=pa.large_string())
    return pd.Series(values, index=doc_ids.index, dtype="str", name="text")
