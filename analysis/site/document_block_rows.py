"""Each block of the document pages taken by the page writer that renders it.

The process that builds the document pages holds the (filtered) corpus; its page writers
are forked from it once the inputs are written (``document_blocks.build_in_blocks``). Each
block's corpus used to be cut in that process (``parallel.corpus_chunks``) and pickled to
the writer, which unpickled it: at 10,000 generated articles the building process spent
more CPU cutting and pickling the blocks than either writer spent on its half of the pages
(19.0 s against 12.5 and 12.8 s), and held the pickles of the blocks in flight.

Here the building process finds, once, where each block's rows are in the corpus's three
held tables (``block_rows``: positions, one integer per row); a writer forked from it
inherits the corpus and those positions and takes its block itself (``BlockRows.block``),
the same rows in the same order as ``corpus_chunks`` cuts them, so the pages are the same
bytes. Where processes cannot be forked (``inherited`` is False: the workers would be sent
the whole corpus), the blocks are sent as before.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.ingest.corpus import Corpus


def inherited() -> bool:
    """Whether worker processes are forked here (``parallel`` forks where it can), so that
    they inherit the building process's corpus instead of being sent it."""
    return "fork" in multiprocessing.get_all_start_methods()


def block_keys(values: pd.Series, blocks: Mapping[str, int]) -> np.ndarray:
    """The block of each document named in ``values`` (-1 for a document in no block)."""
    return values.map(blocks).to_numpy(dtype="int64", na_value=-1)


def sorted_bounds(keys: np.ndarray, n_blocks: int) -> tuple[np.ndarray, np.ndarray]:
    """The positions of ``keys`` sorted by block (stable) and where each block starts."""
    order = np.argsort(keys, kind="stable")
    return order, np.searchsorted(keys[order], np.arange(n_blocks + 1))


def rows_of_blocks(
    doc_ids: pd.Series, blocks: Mapping[str, int], n_blocks: int
) -> list[np.ndarray]:
    """The positions of each block's rows in a table whose documents are ``doc_ids``
    (``blocks``: each document's block, ``document_blocks.block_numbers``), in table order;
    rows of documents in no block are in none."""
    order, bounds = sorted_bounds(block_keys(doc_ids, blocks), n_blocks)
    return [order[bounds[k] : bounds[k + 1]] for k in range(n_blocks)]


@dataclass(frozen=True)
class BlockRows:
    """The corpus and where each of its blocks' rows are (``block_rows``)."""

    corpus: Corpus
    documents: list[np.ndarray]  # per block: positions in corpus.held_documents()
    paragraphs: list[np.ndarray]
    sentences: list[np.ndarray]

    def __len__(self) -> int:
        return len(self.documents)

    def block(self, number: int) -> Corpus:
        """Block ``number``'s corpus: ``parallel.corpus_chunks``'s ``number``-th chunk (the
        corpus itself when it is the only block); a corpus of no rows past the last."""
        if len(self) == 1 and number == 0:
            return self.corpus
        if number >= len(self):
            empty = np.empty(0, dtype=np.intp)
            return self.corpus.take(empty, empty, empty)
        at = (self.documents[number], self.paragraphs[number], self.sentences[number])
        return self.corpus.take(*at)

    def doc_ids(self, number: int) -> list[str]:
        """The documents of block ``number``, in the corpus's order."""
        ids = self.corpus.held_documents()["doc_id"]
        return ids.iloc[self.documents[number]].tolist()


def block_rows(corpus: Corpus, blocks: Mapping[str, int]) -> BlockRows:
    """Where the rows of each block of ``corpus`` (``blocks``: ``block_numbers``) are."""
    n_blocks = max(blocks.values()) + 1 if blocks else 0
    tables = (corpus.held_documents(), corpus.held_paragraphs(), corpus.held_sentences())
    documents, paragraphs, sentences = (
        rows_of_blocks(table["doc_id"], blocks, n_blocks) for table in tables
    )
    return BlockRows(corpus, documents, paragraphs, sentences)


def numbered_blocks(
    rows: BlockRows, doc_ids: Sequence[str], *, send: bool
) -> Iterator[tuple[int, Corpus | None, list[str]]]:
    """``(number, its corpus or None, its documents among doc_ids)`` of each block that has
    some, in order; doc_ids not in the corpus come last, in a block of no rows. The corpus
    is given only when ``send`` (the writer cannot take it itself: ``inherited``); else
    None, and the writer takes it (``BlockRows.block``)."""
    wanted, seen = set(doc_ids), set()
    for number in range(len(rows)):
        ids = rows.doc_ids(number)
        seen.update(ids)
        mine = [d for d in ids if d in wanted]
        if mine:
            yield number, rows.block(number) if send else None, mine
    missing = [d for d in doc_ids if d not in seen]
    if missing:
        yield len(rows), rows.block(len(rows)) if send else None, missing
