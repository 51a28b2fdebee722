"""Terms counted block by block, so that the memory of a key-term table grows with one
block of groups and the vocabulary rather than with the whole corpus.

The key-term tables (keyness, collocations, coverage) all sum the terms of sentences by
some key: a document, an outlet, a year, or the whole corpus. ``BlockCounter`` counts
the terms (``analysis.analyses.keyterm_counts.terms_of``) of the sentences of at most
``block_size`` keys at a time into a keys x terms matrix of the block; every block numbers
its terms in one shared vocabulary (term ids in the order first seen), so blocks add up
without any merge, and ``sorted_terms`` gives the sorted vocabulary at the end (the order
scikit-learn's ``CountVectorizer`` gives, so results match a count over everything at
once). No sentence x term matrix is built: at 10,000 articles that matrix (407,000
sentences, 16 million non-zeros) and its vectorizer held ~800 MB at once.

``SpilledBlocks`` keeps the blocks of a first pass in a temporary folder when a second
pass needs them (keyness per document scores each document against the corpus totals,
which are known only after the last block).
"""

from __future__ import annotations

import tempfile
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import compress
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from analysis.analyses.keyterm_counts import load_stopwords, terms_of
from analysis.annotators.cached import memoized
from analysis.annotators.theme_coding import sentence_text_reader
from analysis.annotators.themes import content_sentence_rows

if TYPE_CHECKING:
    from analysis.ingest.corpus import Corpus

DOC_BLOCK = 2_000
"""Keys (documents, or groups) counted per block."""

TEXT_BLOCK = 20_000
"""Sentences whose text is made at once while counting (a block of 2,000 generated
articles has ~84,000: their text at once added ~80 MB to keyness's peak at 10,000 articles,
20,000 at a time ~20 MB, in the same time)."""


class BlockCounter:
    """Counts terms of up to ``max_n`` words by key, block by block, in one vocabulary."""

    def __init__(self, max_n: int) -> None:
        self.max_n = max_n
        self.vocabulary: defaultdict[str, int] = defaultdict()
        self.vocabulary.default_factory = self.vocabulary.__len__
        self._analyze = partial(terms_of, max_n=max_n, stopwords=load_stopwords())

    def count(
        self, rows: Sequence[int], segments: Iterable[str | Sequence[str]], n_rows: int
    ) -> sparse.csr_matrix:
        """``n_rows`` x (terms so far) counts: the terms of each sentence (a text, or the
        pieces of one to count apart) added to its row. ``rows`` must not decrease (a
        row's sentences come together)."""
        vocabulary, analyze = self.vocabulary, self._analyze
        indices, values = array("q"), array("q")
        lengths = np.zeros(n_rows, dtype=np.int64)
        counter: dict[int, int] = {}
        current = -1
        for row, parts in zip(rows, segments, strict=True):
            if row != current:
                if row < current:
                    raise ValueError("rows must not decrease")
                _flush(counter, indices, values, lengths, current)
                counter, current = {}, row
            for part in (parts,) if isinstance(parts, str) else parts:
                for term in analyze(part):
                    i = vocabulary[term]
                    counter[i] = counter.get(i, 0) + 1
        _flush(counter, indices, values, lengths, current)
        indptr = np.concatenate([[0], np.cumsum(lengths)])
        matrix = sparse.csr_matrix(
            (np.frombuffer(values, np.int64), np.frombuffer(indices, np.int64), indptr),
            shape=(n_rows, len(vocabulary)),
        )
        matrix.sort_indices()
        return matrix

    def blocks(
        self,
        keys: np.ndarray,
        n_keys: int,
        segments_of: Callable[[np.ndarray], Sequence[str | Sequence[str]]],
        block_size: int | None = None,
    ) -> Iterator[tuple[int, sparse.csr_matrix]]:
        """(first key, block keys x terms-so-far counts) per block of ``block_size`` keys,
        in key order: the sentences whose key (0 .. ``n_keys`` - 1; negative: not
        counted) falls in the block, whose texts (or pieces) ``segments_of(positions)``
        gives for their positions (so only one block's texts are held at a time).
        ``block_size`` defaults to ``DOC_BLOCK``."""
        for first, rows, in_block, size in key_blocks(keys, n_keys, block_size):
            yield first, self.count(in_block.tolist(), segments_of(rows), size)

    def sorted_terms(self) -> tuple[np.ndarray, np.ndarray]:
        """The vocabulary sorted (object array) and each term id's place in it."""
        terms = np.array(list(self.vocabulary), dtype=object)
        order = np.argsort(terms, kind="stable")  # Python's string order, as ``sorted``
        rank = np.empty(len(terms), dtype=np.int64)
        rank[order] = np.arange(len(terms))
        return terms[order], rank

    def release_terms(self, keep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The terms of ids ``keep`` (a boolean mask over the term ids) sorted (object
        array), and each term id's column among them (-1: not kept); the vocabulary is
        emptied, so that the terms not kept (most of the n-grams, seen once) are freed
        before a second pass. Columns as ``sorted_terms``'s places among the kept terms."""
        keep = np.asarray(keep, dtype=bool)
        if len(keep) != len(self.vocabulary):
            raise ValueError("keep must have one value per term id")
        terms = np.array(list(compress(self.vocabulary, keep)), dtype=object)
        self.vocabulary.clear()
        order = np.argsort(terms, kind="stable")
        column = np.full(len(keep), -1, dtype=np.int64)
        column[np.flatnonzero(keep)[order]] = np.arange(len(terms))
        return terms[order], column


def key_blocks(
    keys: np.ndarray, n_keys: int, block_size: int | None = None
) -> Iterator[tuple[int, np.ndarray, np.ndarray, int]]:
    """Per block of ``block_size`` keys (default ``DOC_BLOCK``) of 0 .. ``n_keys`` - 1, in
    key order: the block's first key, the positions of the keys that fall in it (stable
    order; negative keys fall in none), those keys less the first, and the block's size."""
    block_size = block_size or DOC_BLOCK
    keys = np.asarray(keys, dtype=np.int64)
    order = np.argsort(keys, kind="stable")
    bounds = np.searchsorted(keys[order], np.arange(0, n_keys + block_size, block_size))
    for b, first in enumerate(range(0, n_keys, block_size)):
        rows = order[bounds[b] : bounds[b + 1]]
        yield first, rows, keys[rows] - first, min(block_size, n_keys - first)


def _flush(
    counter: dict[int, int], indices: array, values: array, lengths: np.ndarray, row: int
) -> None:
    """Append one row's counts (``counter``, term id -> count) to the CSR parts."""
    if counter:
        indices.extend(counter.keys())
        values.extend(counter.values())
        lengths[row] = len(counter)


def add_to(total: np.ndarray, column_sums: np.ndarray) -> np.ndarray:
    """``total`` (per term id) plus ``column_sums``, which may cover more (newer) ids."""
    if len(column_sums) > len(total):
        total = np.concatenate([total, np.zeros(len(column_sums) - len(total), total.dtype)])
    total[: len(column_sums)] += column_sums
    return total


def in_columns(matrix: sparse.csr_matrix, column: np.ndarray, n_columns: int) -> sparse.csr_matrix:
    """A block's counts moved to the columns ``column`` gives each term id (from
    ``BlockCounter.release_terms``; -1: dropped), as floats with sorted indices: the same
    matrix as ``in_sorted_order(matrix, rank)[:, kept]`` as floats, made without the
    whole-vocabulary matrix."""
    moved = column[matrix.indices]
    keep = moved >= 0
    n_rows = matrix.shape[0]
    row_of = np.repeat(np.arange(n_rows, dtype=np.int64), np.diff(matrix.indptr))
    indptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(row_of[keep], minlength=n_rows), out=indptr[1:])
    out = sparse.csr_matrix(
        (matrix.data[keep].astype(float), moved[keep], indptr), shape=(matrix.shape[0], n_columns)
    )
    out.sort_indices()
    return out


def in_sorted_order(matrix: sparse.csr_matrix, rank: np.ndarray) -> sparse.csr_matrix:
    """A block's counts with its columns moved to the sorted vocabulary (``rank``), in a new
    matrix (the block is left as it was)."""
    out = sparse.csr_matrix(
        (matrix.data.copy(), rank[matrix.indices], matrix.indptr.copy()),
        shape=(matrix.shape[0], len(rank)),
    )
    out.sort_indices()
    return out


class SpilledBlocks:
    """The blocks of a first pass kept on disk (a temporary folder, removed on exit)."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="keyterm-blocks-")
        self._saved: list[tuple[int, Path]] = []

    def __enter__(self) -> SpilledBlocks:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._folder.cleanup()

    def keep(self, first: int, matrix: sparse.csr_matrix) -> None:
        """Save one block (its first key and counts)."""
        path = Path(self._folder.name) / f"{len(self._saved)}.npz"
        sparse.save_npz(path, matrix, compressed=False)
        self._saved.append((first, path))

    def __iter__(self) -> Iterator[tuple[int, sparse.csr_matrix]]:
        for first, path in self._saved:
            yield first, sparse.load_npz(path).tocsr()


def n_words_of(vocab: np.ndarray) -> np.ndarray:
    """The number of words of each term."""
    if not len(vocab):
        return np.zeros(0, dtype=np.int64)
    # not ``np.char.count``: its fixed-width copy takes 4 bytes x the longest term per term
    return np.fromiter((term.count(" ") + 1 for term in vocab), np.int64, len(vocab))


def corpus_totals(corpus: Corpus, max_n: int = 3) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every term of up to ``max_n`` words in the content sentences: the sorted vocabulary,
    each term's number of words and its count in the whole corpus. Counted once per
    corpus and kept for the kernel (its size is the vocabulary's, not the corpus's)."""

    def compute() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        rows = content_sentence_rows(corpus)["row"].to_numpy()
        counter = BlockCounter(max_n)
        total = np.zeros(0, dtype=np.int64)
        # every sentence in one row, a block of sentences' texts at a time
        keys = np.zeros(len(rows), np.int64)
        for _, block in counter.blocks(keys, 1, held_texts_of(corpus, rows)):
            total = add_to(total, np.asarray(block.sum(axis=0)).ravel())
        vocab, rank = counter.sorted_terms()
        total = add_to(np.zeros(len(vocab), np.int64), total)[np.argsort(rank)]
        return vocab, n_words_of(vocab), total

    return memoized(corpus, "corpus_totals", compute, variant=str(max_n))


def held_texts_of(
    corpus: Corpus, held_rows: np.ndarray, block_size: int | None = None
) -> Callable[[np.ndarray], Iterator[str]]:
    """``segments_of`` for ``BlockCounter.blocks`` over sentences given by their position
    in ``corpus.held_sentences()`` (``held_rows``, e.g. ``content_sentence_rows``'s
    ``row``): their text is made ``block_size`` sentences at a time
    (``sentence_text_reader``: each sentence's paragraph looked up once; default
    ``TEXT_BLOCK``), so the corpus's whole sentence text is neither made nor kept."""
    block_size = block_size or TEXT_BLOCK
    read = sentence_text_reader(corpus, held_rows)

    def segments_of(rows: np.ndarray) -> Iterator[str]:
        for start in range(0, len(rows), block_size):
            yield from read(rows[start : start + block_size])

    return segments_of
