"""Terms counted as integer codes of their words, so that a count over a whole corpus holds
no string per term: the dictionary coverage check counts every word and n-gram of the
content text outside the matches (``analysis.analyses.keyterm_coverage``) and keeps only
those seen ``min_count`` times, but a count by string held every term ever seen (most of
them n-grams seen once) as a Python string until the end (+160 MB at 10,000 generated
articles, +411 MB at 20,000).

Each word gets an id (1, 2, ...; only the words are held as strings) and a term of up to
three words the code ``((a * B) + b) * B + c`` of its word ids (``B`` = 2**21; a one-word
term is its id, a two-word term ``a * B + b``): a term's words and the code determine
each other, as words never hold a space, so counting codes counts the terms
``keyterm_counts.terms_of`` gives, exactly. The counts are kept in sorted numpy arrays
(code, count, documents; 16 bytes a term), merged as the documents are read (the new codes
inserted, the totals copied once a merge); only the
terms seen ``min_count`` times are made strings, at the end (``frequent``).
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from analysis.analyses.keyterm_counts import load_stopwords
from analysis.core.text import tokenize

WORD_BITS = 21
"""Bits of a word id in a term's code (three words: 63 bits, an int64)."""

MAX_WORDS = (1 << WORD_BITS) - 1
"""Distinct words a count can hold (ids 1 .. MAX_WORDS; 0 is "no word")."""

MAX_N = 3
"""The longest term a code holds."""

FLUSH_AT = 1 << 18
"""Per-document counts gathered before they are merged into the totals (at least; a
quarter of the totals' length when larger, so that the merges, each a copy of the
totals, stay few as the vocabulary grows)."""


class TooManyWords(OverflowError):
    """The corpus has more distinct words than a code can hold (``MAX_WORDS``)."""


class CodedTermCounts:
    """Per term of up to ``max_n`` (<= 3) words: its count and the number of rows
    (documents) using it, counted by code (see the module's docstring)."""

    def __init__(self, max_n: int = 3, stopwords: frozenset[str] | None = None) -> None:
        if not 1 <= max_n <= MAX_N:
            raise ValueError(f"max_n must be 1 .. {MAX_N}")
        self.max_n = max_n
        self.stop = load_stopwords() if stopwords is None else stopwords
        self.word_ids: defaultdict[str, int] = defaultdict()
        self.word_ids.default_factory = self.word_ids.__len__
        self.word_ids[""] = 0  # never a word: id 0 stands for "no word" in a code
        self.codes = np.zeros(0, np.int64)  # sorted, unique
        self.n = np.zeros(0, np.int32)  # counts below 2**31: a term in every word
        self.n_docs = np.zeros(0, np.int32)
        self._pending: tuple[array, array] = (array("q"), array("q"))

    def codes_of(self, text: str) -> list[int]:
        """The codes of the terms ``terms_of(text, max_n=self.max_n)`` gives, in its order
        (each word seen is given an id)."""
        ids_of, stop = self.word_ids, self.stop
        words = [w[:-2] if w.endswith("'s") else w for w in tokenize(text)]
        ids = [ids_of[w] for w in words]
        number = [w[0].isdigit() for w in words]
        edge = [not d and w not in stop for w, d in zip(words, number, strict=True)]
        return [i for i, ok in zip(ids, edge, strict=True) if ok] + ngram_codes(
            ids, number, edge, self.max_n
        )

    def add(self, rows: Sequence[int], segments: Iterable[str | Sequence[str]]) -> None:
        """Count the terms of each sentence (a text, or the pieces of one to count apart)
        for its row; ``rows`` must not decrease (a row's sentences come together, and a
        row is not counted again in a later call)."""
        counter: dict[int, int] = {}
        current = -1
        for row, parts in zip(rows, segments, strict=True):
            if row != current:
                if row < current:
                    raise ValueError("rows must not decrease")
                self._flush(counter)
                counter, current = {}, row
            for part in (parts,) if isinstance(parts, str) else parts:
                for code in self.codes_of(part):
                    counter[code] = counter.get(code, 0) + 1
        self._flush(counter)
        if len(self.word_ids) > MAX_WORDS + 1:
            raise TooManyWords(f"more than {MAX_WORDS} distinct words")
        self._merge()

    def _flush(self, counter: dict[int, int]) -> None:
        """Add one row's counts to the pending ones (merged when there are many)."""
        codes, counts = self._pending
        codes.extend(counter.keys())
        counts.extend(counter.values())
        if len(codes) >= max(FLUSH_AT, len(self.codes) // 4):
            self._merge()

    def _merge(self) -> None:
        """Merge the pending per-row counts into the sorted totals."""
        codes, counts = self._pending
        if not len(codes):
            return
        self._pending = (array("q"), array("q"))
        new, where = np.unique(np.frombuffer(codes, np.int64), return_inverse=True)
        n = np.bincount(where, weights=np.frombuffer(counts, np.int64)).astype(np.int32)
        n_docs = np.bincount(where).astype(np.int32)
        del codes, counts, where
        self.codes, (self.n, self.n_docs) = merge_counts(
            self.codes, (self.n, self.n_docs), new, (n, n_docs)
        )

    def frequent(self, min_count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The terms counted at least ``min_count`` times (object array of strings, in
        code order), their counts and their numbers of rows."""
        self._merge()
        keep = self.n >= min_count
        words = np.array(list(self.word_ids), dtype=object)
        terms = [
            " ".join(words[i] for i in ids if i)
            for ids in zip(*decode(self.codes[keep]), strict=True)
        ]
        n, n_docs = self.n[keep].astype(np.int64), self.n_docs[keep].astype(np.int64)
        return np.array(terms, dtype=object), n, n_docs


def ngram_codes(ids: list[int], number: list[bool], edge: list[bool], max_n: int) -> list[int]:
    """The codes of a sentence's n-grams (2 .. ``max_n`` <= 3 words; ``ids``: its word ids,
    ``number``: which words are numbers, ``edge``: which may stand at a term's edge), in
    ``terms_of``'s order: an n-gram counts when both its edge words may and no inner word
    is a number."""
    out = []
    if max_n >= 2:
        out += [
            (a << WORD_BITS) + b
            for a, b, ea, eb in zip(ids, ids[1:], edge, edge[1:], strict=False)
            if ea and eb
        ]
    if max_n >= 3:
        out += [
            (((a << WORD_BITS) + b) << WORD_BITS) + c
            for a, b, c, ea, nb, ec in zip(
                ids, ids[1:], ids[2:], edge, number[1:], edge[2:], strict=False
            )
            if ea and ec and not nb
        ]
    return out


def decode(codes: np.ndarray) -> tuple[list[int], list[int], list[int]]:
    """The three word ids of each code (0: no word; a two-word term's first id is 0)."""
    mask = (1 << WORD_BITS) - 1
    codes = np.asarray(codes, dtype=np.int64)
    first = (codes >> (2 * WORD_BITS)).tolist()
    second = ((codes >> WORD_BITS) & mask).tolist()
    return first, second, (codes & mask).tolist()


def merge_counts(
    codes: np.ndarray,
    values: tuple[np.ndarray, ...],
    new_codes: np.ndarray,
    new_values: tuple[np.ndarray, ...],
) -> tuple[np.ndarray, tuple[np.ndarray, ...]]:
    """Sorted unique ``codes`` with their ``values`` (e.g. counts) plus sorted unique
    ``new_codes`` with theirs: the sorted unique codes of both, each value summed per code.
    The values of codes already held are added in place; the new codes are inserted, so
    the totals are copied once (not sorted again)."""
    at = np.searchsorted(codes, new_codes)
    held = at < len(codes)
    held[held] = codes[at[held]] == new_codes[held]
    for old, new in zip(values, new_values, strict=True):
        old[at[held]] += new[held]  # unique places: the new codes are unique
    fresh = ~held
    return np.insert(codes, at[fresh], new_codes[fresh]), tuple(
        np.insert(old, at[fresh], new[fresh]) for old, new in zip(values, new_values, strict=True)
    )


def count_blocks(
    counts: CodedTermCounts,
    keys: np.ndarray,
    n_keys: int,
    segments_of: Callable[[np.ndarray], Sequence[str | Sequence[str]]],
    block_size: int,
) -> None:
    """Count the sentences whose key (a row: 0 .. ``n_keys`` - 1) falls in each block of
    ``block_size`` keys, in key order; ``segments_of(positions)`` gives the texts (or
    pieces) of the sentences at those positions, so only one block's texts are made at a
    time (as ``term_blocks.BlockCounter.blocks``)."""
    keys = np.asarray(keys, dtype=np.int64)
    order = np.argsort(keys, kind="stable")
    bounds = np.searchsorted(keys[order], np.arange(0, n_keys + block_size, block_size))
    for b in range(len(range(0, n_keys, block_size))):
        rows = order[bounds[b] : bounds[b + 1]]
        counts.add(keys[rows].tolist(), segments_of(rows))
