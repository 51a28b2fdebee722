"""The dictionary coverage check of the key terms: frequent words and multiword
expressions of the content text that no theme matches (``coverage``; the table
``theme_coverage``, one row per term: term, n_words, n, n_docs).

Terms are counted as ``analysis.analyses.keyterm_counts.terms_of`` counts them, in the text left
after every theme match (and actor mention) is cut out of its sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from analysis.analyses.term_blocks import TEXT_BLOCK, add_to
from analysis.analyses.term_codes import counter_for
from analysis.annotators.entities import extract_mentions
from analysis.annotators.themes import (
    Theme,
    content_sentence_rows,
    resolve_themes,
    sentence_text_at,
    theme_hits,
)

if TYPE_CHECKING:
    from analysis.ingest.corpus import Corpus


def coverage(
    corpus: Corpus,
    themes: Sequence[Theme] | str | Path | None = None,
    *,
    max_n: int = 3,
    min_count: int = 3,
    top_n: int | None = 50,
    skip_actors: bool = True,
    hits: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Frequent words and multiword expressions of the content text that no theme matches.

    Every theme match is cut out of its sentence first (and, with ``skip_actors``, every
    gazetteer mention: names such as "Nguyen Phu Trong" are actors, not themes); terms
    are then counted in the text that is left, so a term is listed only for its
    occurrences outside any match. What is left are candidates to add to the
    dictionary (or to the stop words). ``hits`` and ``mentions`` (the ``theme_hits``
    and ``extract_mentions`` tables) are computed when not given. Rows: one per term
    seen at least ``min_count`` times unmatched, most frequent first; columns term,
    n_words, n, n_docs.
    """
    sentences = content_sentence_rows(corpus)
    # the sorted doc_ids and each sentence's place among them, without a Python string
    # per sentence (``np.unique`` of the column as objects: +39 MB at 10,000 articles)
    doc_codes, docs = pd.factorize(sentences["doc_id"], sort=True)
    spans = _MatchSpans(_match_tables(corpus, themes, skip_actors, hits, mentions), docs)
    counter = counter_for(max_n)  # the words of a chunk of texts found in one pass
    n = np.zeros(0, dtype=np.int64)  # per term id: count, and documents that use it
    n_docs = np.zeros(0, dtype=np.int64)
    segments = partial(_segments, corpus, sentences, doc_codes, spans)
    for _, block in counter.blocks(doc_codes, len(docs), segments):
        n = add_to(n, np.asarray(block.sum(axis=0)).ravel())
        n_docs = add_to(n_docs, np.bincount(block.indices, minlength=block.shape[1]))
    vocab, rank = counter.sorted_terms()
    order = np.argsort(rank)
    n = add_to(np.zeros(len(vocab), np.int64), n)[order]
    n_docs = add_to(np.zeros(len(vocab), np.int64), n_docs)[order]
    return _coverage_table(vocab, n, n_docs, min_count, top_n)


def _segments(
    corpus: Corpus,
    sentences: pd.DataFrame,
    doc_codes: np.ndarray,
    spans: _MatchSpans,
    rows: np.ndarray,
    block_size: int | None = None,
) -> Iterator[str | list[str]]:
    """The text of each sentence at ``rows`` (one block of documents, in document order),
    or the pieces of it outside its matches. The texts and the match spans are made
    ``block_size`` sentences at a time (default ``TEXT_BLOCK``) and dropped after them."""
    block_size = block_size or TEXT_BLOCK
    held = sentences["row"].to_numpy()
    para, sent = (sentences[k].to_numpy(dtype=np.int64) for k in ("para_id", "sent_id"))
    for first in range(0, len(rows), block_size):
        part = rows[first : first + block_size]
        codes = doc_codes[part]
        found = spans.in_documents(int(codes.min()), int(codes.max()) + 1)
        lows, highs = found.ranges(codes, para[part], sent[part])
        starts, ends = found.starts.tolist(), found.ends.tolist()
        texts = sentence_text_at(corpus, held[part])
        for text, low, high in zip(texts, lows.tolist(), highs.tolist(), strict=True):
            if low == high:
                yield text
            else:
                yield _outside(text, zip(starts[low:high], ends[low:high], strict=True))


_SENTENCE_KEYS = ["doc_id", "para_id", "sent_id"]


def _match_tables(
    corpus: Corpus,
    themes: Sequence[Theme] | str | Path | None,
    skip_actors: bool,
    hits: pd.DataFrame | None,
    mentions: pd.DataFrame | None,
) -> list[pd.DataFrame]:
    """The tables whose spans are cut out: the theme hits, and the mentions with
    ``skip_actors`` (computed when not given)."""
    if hits is None:
        hits = theme_hits(corpus, resolve_themes(themes))
    if not skip_actors:
        return [hits]
    return [hits, extract_mentions(corpus) if mentions is None else mentions]


@dataclass(frozen=True)
class SentenceSpans:
    """The (start, end) of some matches as arrays, sorted by sentence key (document code,
    para_id, sent_id: ``doc``, ``para``, ``sent``), then start, then end."""

    doc: np.ndarray
    para: np.ndarray
    sent: np.ndarray
    starts: np.ndarray
    ends: np.ndarray

    @classmethod
    def of(
        cls,
        doc: np.ndarray,
        para: np.ndarray,
        sent: np.ndarray,
        starts: np.ndarray,
        ends: np.ndarray,
    ) -> SentenceSpans:
        """The spans given in any order, sorted."""
        order = np.lexsort((ends, starts, sent, para, doc))
        return cls(*(np.asarray(a, dtype=np.int64)[order] for a in (doc, para, sent, starts, ends)))

    def ranges(
        self, doc: np.ndarray, para: np.ndarray, sent: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """For each sentence key (``doc``, ``para``, ``sent``), where its spans start and
        end in the sorted arrays (equal when it has none)."""
        keys = [
            np.concatenate([a, b])
            for a, b in zip((self.doc, self.para, self.sent), (doc, para, sent), strict=True)
        ]
        low = [k.min() if len(k) else 0 for k in keys]
        shape = tuple(int(k.max() - m) + 1 if len(k) else 1 for k, m in zip(keys, low, strict=True))
        packed = np.ravel_multi_index(tuple(k - m for k, m in zip(keys, low, strict=True)), shape)
        mine, asked = packed[: len(self.doc)], packed[len(self.doc) :]
        return np.searchsorted(mine, asked, "left"), np.searchsorted(mine, asked, "right")


class _MatchSpans:
    """The (start, end) of the rows of some match tables, for a range of documents at a
    time (``docs``: the sorted doc_ids; a row of another document is never asked for), so
    that the spans of every match of the corpus are never made at once."""

    def __init__(self, tables: list[pd.DataFrame], docs: Sequence[str]) -> None:
        self.columns: list[list[np.ndarray]] = []  # per table: para, sent, start, end
        self.rows: list[np.ndarray] = []  # per table: its rows in document order (int32)
        self.bounds: list[np.ndarray] = []  # per table: where each document's rows start
        for table in tables:
            codes = document_codes(table["doc_id"], docs)
            codes[codes < 0] = len(docs)  # documents not counted: after every block
            order = np.argsort(codes, kind="stable")
            self.columns.append(
                [table[c].to_numpy() for c in ("para_id", "sent_id", "start", "end")]
            )
            self.bounds.append(np.searchsorted(codes[order], np.arange(len(docs) + 2)))
            self.rows.append(order.astype(np.int32 if len(order) < 2**31 else np.int64))

    def in_documents(self, first: int, last: int) -> SentenceSpans:
        """The spans of every match in documents ``first`` .. ``last`` - 1, sorted."""
        parts: list[list[np.ndarray]] = [[], [], [], [], []]
        for columns, order, bounds in zip(self.columns, self.rows, self.bounds, strict=True):
            at = slice(bounds[first], bounds[last])
            # the rows of document d are bounds[d] .. bounds[d + 1] - 1
            parts[0].append(np.repeat(np.arange(first, last), np.diff(bounds[first : last + 1])))
            for values, column in zip(parts[1:], columns, strict=True):
                values.append(column[order[at]])
        return SentenceSpans.of(*(np.concatenate(p) if p else np.zeros(0, np.int64) for p in parts))


def document_codes(doc_ids: pd.Series, docs: Sequence[str]) -> np.ndarray:
    """Each row's place in ``docs`` (-1: not there), as int64; a categorical column is
    looked up by its categories (no object array of every row's doc_id)."""
    index = pd.Index(docs)
    if isinstance(doc_ids.dtype, pd.CategoricalDtype):
        found = np.append(index.get_indexer(doc_ids.cat.categories), -1).astype(np.int64)
        return found[doc_ids.cat.codes.to_numpy()]  # code -1 (missing) takes the last: -1
    return index.get_indexer(doc_ids).astype(np.int64)


def _coverage_table(
    vocab: np.ndarray, n: np.ndarray, n_docs: np.ndarray, min_count: int, top_n: int | None
) -> pd.DataFrame:
    """The ``coverage`` table of each term's count ``n`` and documents ``n_docs``."""
    frequent = n >= min_count
    out = pd.DataFrame(
        {
            "term": vocab[frequent],
            "n_words": [t.count(" ") + 1 for t in vocab[frequent]],
            "n": n[frequent],
            "n_docs": n_docs[frequent],
        }
    )
    out = out.sort_values(["n", "n_docs", "term"], ascending=[False, False, True])
    out = out.astype({"term": "str", "n_words": "int64", "n": "int64", "n_docs": "int64"})
    out = out.reset_index(drop=True)
    return out.head(top_n) if top_n else out


def _outside(text: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    """The pieces of ``text`` not covered by any of the sorted ``spans``."""
    pieces, position = [], 0
    for start, end in spans:
        if start > position:
            pieces.append(text[position:start])
        position = max(position, end)
    pieces.append(text[position:])
    return pieces
