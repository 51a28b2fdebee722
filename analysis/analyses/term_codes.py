"""Terms counted on integer codes: ``term_blocks.BlockCounter``'s counts without a Python
loop per sentence.

``BlockCounter.count`` calls ``keyterm_counts.terms_of`` on every sentence: it builds the
words, then a string for each of their n-grams (at 1,000 generated articles 41,585
sentences, 1.5 million words, 0.9 million joined n-grams), and looks each up in a dict; at
10,000 articles that was most of the keyness's time. ``CodedCounter`` gives the same counts
(the same terms, ``terms_of``'s rules, tested against it): the words of a block of sentences
are found by the same pattern (``text.WORD_PATTERN``, written as ``TOKEN_PATTERN``), each
distinct word normalised once and given an integer id; the n-grams are then pairs and
triples of word ids, kept or not by array masks (a stop word or a number at an edge, a
number inside), each packed in one integer (``WORD_BITS`` per word) and counted per row
with a sparse matrix. A term's text is made only for the terms kept at the end
(``release_terms``). The words of a chunk of sentences are found in one pass over their
joined text (``SEPARATOR`` between them), not one ``findall`` per sentence; the packed
n-grams are numbered in sorted runs (``sorted_runs.SortedRuns``: 16 bytes a term, a dict
took ~100), not a dict.

The interface is ``BlockCounter``'s (``blocks``, ``count`` of texts or of pieces of texts,
``vocabulary``'s length, ``sorted_terms``, ``release_terms``), with the same term ids: new
terms are numbered in the order ``terms_of`` meets them text by text (the TF-IDF rows of the
topics are summed in that order, to the last bit), for terms of at most ``MAX_WORDS`` words
(``counter_for`` picks ``BlockCounter`` otherwise). Keyness, the topics and the coverage
check all count with it: each finds its words a chunk of texts at a time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain

import numpy as np
import pandas as pd
import pyarrow as pa
from scipy import sparse

from analysis.analyses import term_blocks
from analysis.analyses.keyterm_counts import load_stopwords
from analysis.analyses.sorted_runs import SortedRuns
from analysis.analyses.term_blocks import BlockCounter

WORD_BITS = 21
"""Bits of a word id in a packed n-gram (three of them in a 64-bit integer): at most
2,097,151 distinct words (``CodedCounter`` raises ``OverflowError`` beyond)."""
MAX_WORDS = 3
"""The longest n-gram ``CodedCounter`` packs."""
TOKEN_PATTERN = re.compile(r"[^\W\d_]++(?:[-'’][^\W\d_]++)*+|\d++(?:[.,]\d++)*+")
"""``text.WORD_PATTERN`` (what ``terms_of`` reads as words) with possessive repeats: the same
words (what follows each run is optional, so the greedy run never gives anything back;
tested on random text), found ~30 % faster as the engine keeps no backtracking points."""
SEPARATOR = "\n\ua66e\n"
"""Put between the texts of a block, whose words are then found in one pass over the joined
text: its middle (a letter, U+A66E, "ꙮ") is a word of its own between two line breaks,
which no word crosses, so the words are each text's words in turn with this one between
them, marking where a text ends (a block whose texts hold that letter is read text by
text)."""
CODE_BLOCK = 5_000
"""Sentences coded at once: their tokens as strings and their n-grams as arrays (at 10,000
generated articles, 20,000 sentences at a time added ~70 MB to the keyness's peak)."""
CODE_CHARS = 1_000_000
"""At most this many characters coded at once (fewer texts than ``CODE_BLOCK`` when they are
long: the topics' paragraphs, ~5 sentences each, 5,000 at a time added ~50 MB to the topics'
peak at 1,000 articles)."""


def normalised(word: str) -> str:
    """A token as ``terms_of`` uses it: lower case, curly apostrophe straightened, a
    possessive "'s" dropped."""
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


class CodedCounter:
    """Counts terms of up to ``max_n`` (<= ``MAX_WORDS``) words by key, block by block, in
    one vocabulary of packed word ids (``BlockCounter``'s counts; see the module)."""

    def __init__(self, max_n: int) -> None:
        if not 1 <= max_n <= MAX_WORDS:
            raise ValueError(f"max_n must be 1 to {MAX_WORDS}")
        self.max_n = max_n
        self._stop = load_stopwords()
        self._words: dict[str, int] = {}  # normalised word -> id
        self._edge: list[bool] = []  # per word id: may stand alone or at an n-gram's edge
        self._number: list[bool] = []  # per word id: a number
        self._terms = SortedRuns()  # packed n-gram -> term id (sorted runs, not a dict)
        self.vocabulary = self._terms  # its length: the terms so far (as BlockCounter's)

    def _word_ids(self, tokens: list[str], separator: str = "") -> np.ndarray:
        """The id of each token's normalised word (new words added); -1 for a token that
        is ``separator`` (no word)."""
        codes, uniques = factorized(tokens)
        words, edge, number, stop = self._words, self._edge, self._number, self._stop
        ids = np.full(len(uniques), -1, dtype=np.int64)
        for n, token in enumerate(uniques):
            if token == separator:
                continue
            word = normalised(token)
            found = words.get(word)
            if found is None:
                found = words[word] = len(words)
                digit = word[0].isdigit()
                number.append(digit)
                edge.append(not digit and word not in stop)
            ids[n] = found
        if len(words) >= 1 << WORD_BITS:
            raise OverflowError(f"more than {(1 << WORD_BITS) - 1} distinct words")
        return ids[codes]

    def _packed(self, word: np.ndarray, sentence: np.ndarray) -> list[np.ndarray]:
        """Per length 1..max_n: the starts of the n-grams that count and their packed keys
        (word ids + 1, ``WORD_BITS`` each); no n-gram holds a separator (word id -1)."""
        edge = np.asarray([*self._edge, False], dtype=bool)[word]  # id -1: no word
        number = np.asarray([*self._number, False], dtype=bool)[word]
        key = word + 1
        out = [np.flatnonzero(edge), key[edge]]
        inner = np.zeros(len(word), dtype=bool)  # a number strictly inside the n-gram
        for n in range(2, self.max_n + 1):
            last = len(word) - n + 1
            if last <= 0:
                break
            starts = np.arange(last)
            if n > 2:
                inner[:last] |= number[n - 2 : n - 2 + last]
            ok = edge[:last] & edge[n - 1 :] & ~inner[:last]
            ok &= sentence[:last] == sentence[n - 1 :]
            starts = starts[ok]
            packed = key[starts]
            for k in range(1, n):
                packed = (packed << WORD_BITS) | key[starts + k]
            out += [starts, packed]
        return out

    def _term_ids(self, packed: np.ndarray, text_of: np.ndarray) -> np.ndarray:
        """The term id of each packed n-gram (new terms added), new terms numbered in the
        order ``terms_of`` meets them text by text (``text_of``: each n-gram's text)."""
        inverse, keys = pd.factorize(packed)  # hashed, not sorted; keys in order first seen
        order = np.argsort(text_of[first_places(inverse)], kind="stable")
        ids = np.empty(len(keys), dtype=np.int64)
        ids[order] = self._terms.ids_of(keys[order])
        return ids[inverse]

    def _tokens(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The word id of every token of ``texts`` in order (-1: a ``SEPARATOR`` between
        two texts) and each token's text (its position in ``texts``)."""
        joined = SEPARATOR.join(texts)
        mark = SEPARATOR.strip()
        if joined.count(mark) == len(texts) - 1:  # no text holds it: one pass
            word = self._word_ids(TOKEN_PATTERN.findall(joined), mark)
            del joined
            return word, np.cumsum(word < 0)
        del joined
        found = [TOKEN_PATTERN.findall(text) for text in texts]  # text by text
        lengths = np.fromiter(map(len, found), np.int64, len(found))
        word = self._word_ids(list(chain.from_iterable(found)))
        return word, np.repeat(np.arange(len(texts)), lengths)

    def _count_texts(self, rows: np.ndarray, texts: list[str], n_rows: int) -> sparse.csr_matrix:
        """``n_rows`` x (terms so far) counts of ``texts`` (each added to its row)."""
        word, sentence = self._tokens(texts)
        parts = self._packed(word, sentence)
        starts = np.concatenate(parts[0::2]) if parts else np.zeros(0, np.int64)
        text_of = sentence[starts]
        ids = self._term_ids(np.concatenate(parts[1::2]), text_of)
        owner = np.asarray(rows, dtype=np.int64)[text_of]
        counts = np.ones(len(ids), dtype=np.int64)
        shape = (n_rows, len(self._terms))
        return sparse.coo_matrix((counts, (owner, ids)), shape=shape).tocsr()

    def count(
        self, rows: Sequence[int], segments: Iterable[str | Sequence[str]], n_rows: int
    ) -> sparse.csr_matrix:
        """``n_rows`` x (terms so far) counts: the terms of each text (or of each of the
        pieces of one, counted apart) added to its row (``BlockCounter.count``;
        ``CODE_BLOCK`` texts or pieces, at most ``CODE_CHARS`` characters, at a time)."""
        pending: list[tuple[sparse.csr_matrix, int]] = []  # (sum, chunks summed)
        for chunk in _chunks(_pieces(rows, segments)):
            chunk_rows = np.fromiter((row for row, _ in chunk), np.int64, len(chunk))
            part = self._count_texts(chunk_rows, [text for _, text in chunk], n_rows)
            del chunk
            pending = _added(pending, part)
        total = sparse.csr_matrix((n_rows, len(self._terms)), dtype=np.int64)
        for part, _ in pending:
            total = total + _padded(part, len(self._terms))
        total = total.tocsr()
        total.sum_duplicates()
        total.sort_indices()
        return total

    def blocks(
        self,
        keys: np.ndarray,
        n_keys: int,
        segments_of: Callable[[np.ndarray], Iterable[str | Sequence[str]]],
        block_size: int | None = None,
    ) -> Iterator[tuple[int, sparse.csr_matrix]]:
        """``BlockCounter.blocks``: (first key, block keys x terms-so-far counts) per block
        of ``block_size`` (``term_blocks.DOC_BLOCK``) keys, in key order."""
        for first, rows, in_block, size in term_blocks.key_blocks(keys, n_keys, block_size):
            yield first, self.count(in_block, segments_of(rows), size)

    def sorted_terms(self) -> tuple[np.ndarray, np.ndarray]:
        """``BlockCounter.sorted_terms``: every term as text, sorted (object array), and
        each term id's place among them; the vocabulary is kept."""
        words = self._word_list()
        packed = self._terms.keys_by_id().tolist()
        terms = np.array([_joined(words, int(k)) for k in packed], dtype=object)
        order = np.argsort(terms, kind="stable")
        rank = np.empty(len(terms), dtype=np.int64)
        rank[order] = np.arange(len(terms))
        return terms[order], rank

    def _word_list(self) -> list[str]:
        return list(self._words)  # ids in insertion order

    def release_terms(self, keep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``BlockCounter.release_terms``: the terms of ids ``keep`` (a boolean mask over
        the term ids) as text, sorted, and each term id's column among them (-1: not
        kept); the vocabulary is emptied."""
        keep = np.asarray(keep, dtype=bool)
        if len(keep) != len(self._terms):
            raise ValueError("keep must have one value per term id")
        packed = self._terms.keys_by_id()
        words = self._word_list()
        texts = np.array([_joined(words, int(k)) for k in packed[keep].tolist()], dtype=object)
        self._terms.clear()
        order = np.argsort(texts, kind="stable")
        column = np.full(len(keep), -1, dtype=np.int64)
        column[np.flatnonzero(keep)[order]] = np.arange(len(texts))
        return texts[order], column


def _pieces(
    rows: Sequence[int], segments: Iterable[str | Sequence[str]]
) -> Iterator[tuple[int, str]]:
    """(row, text) for every text of ``segments``, or every piece of one given as pieces."""
    for row, parts in zip(np.asarray(rows, dtype=np.int64).tolist(), segments, strict=True):
        if isinstance(parts, str):
            yield row, parts
        else:
            for part in parts:
                yield row, part


def _chunks(pieces: Iterator[tuple[int, str]]) -> Iterator[list[tuple[int, str]]]:
    """``pieces`` in chunks of ``CODE_BLOCK`` texts, or fewer reaching ``CODE_CHARS``."""
    chunk: list[tuple[int, str]] = []
    chars = 0
    for piece in pieces:
        chunk.append(piece)
        chars += len(piece[1])
        if len(chunk) >= CODE_BLOCK or chars >= CODE_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def first_places(codes: np.ndarray) -> np.ndarray:
    """Where each code first appears in ``codes`` (codes numbered in the order first seen,
    as ``pd.factorize`` gives them: code j first appears after code j - 1 did)."""
    if not len(codes):
        return np.zeros(0, dtype=np.int64)
    seen = np.maximum.accumulate(codes)
    return np.flatnonzero(np.concatenate([[True], codes[1:] > seen[:-1]]))


def _joined(words: list[str], packed: int) -> str:
    """The words of a packed n-gram joined by spaces."""
    mask = (1 << WORD_BITS) - 1
    ids = []
    while packed:
        ids.append((packed & mask) - 1)
        packed >>= WORD_BITS
    return " ".join(words[i] for i in reversed(ids))


def factorized(tokens: list[str]) -> tuple[np.ndarray, list[str]]:
    """Each token's code and the distinct tokens in the order first seen
    (``pd.factorize``'s), hashed by Arrow (about twice as fast as ``pd.factorize`` of an
    object array); ``pd.factorize`` for a token Arrow cannot hold (a lone surrogate)."""
    try:
        encoded = pa.array(tokens, type=pa.string()).dictionary_encode()
    except (pa.ArrowException, UnicodeError):
        codes, uniques = pd.factorize(np.array(tokens, dtype=object), use_na_sentinel=False)
        return codes, uniques.tolist()
    return encoded.indices.to_numpy(zero_copy_only=False), encoded.dictionary.to_pylist()


def _added(
    pending: list[tuple[sparse.csr_matrix, int]], part: sparse.csr_matrix
) -> list[tuple[sparse.csr_matrix, int]]:
    """``pending`` sums with ``part`` added: the last two summed while the older covers
    no more chunks than the newer (a binary counter: each chunk's counts copied about
    log2(chunks) times, not once per later chunk as a running total would)."""
    pending.append((part, 1))
    while len(pending) > 1 and pending[-2][1] <= pending[-1][1]:
        (newer, n_newer), (older, n_older) = pending.pop(), pending.pop()
        width = max(older.shape[1], newer.shape[1])  # the vocabulary grows
        summed = _padded(older, width) + _padded(newer, width)
        pending.append((summed, n_older + n_newer))
    return pending


def _padded(matrix: sparse.csr_matrix, n_columns: int) -> sparse.csr_matrix:
    """``matrix`` with ``n_columns`` columns (the vocabulary grows between chunks)."""
    if matrix.shape[1] == n_columns:
        return matrix
    matrix = matrix.tocsr()
    return sparse.csr_matrix(
        (matrix.data, matrix.indices, matrix.indptr), shape=(matrix.shape[0], n_columns)
    )


def counter_for(max_n: int) -> CodedCounter | BlockCounter:
    """``CodedCounter`` for terms of up to ``MAX_WORDS`` words, else ``BlockCounter``."""
    return CodedCounter(max_n) if 1 <= max_n <= MAX_WORDS else BlockCounter(max_n)
