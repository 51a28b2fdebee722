"""The dictionary coverage check of the key terms: frequent words and multiword
expressions of the content text that no theme matches (``coverage``; the table
``theme_coverage``, one row per term: term, n_words, n, n_docs).

Terms are counted as ``analysis.analyses.keyterm_counts.terms_of`` counts them, in the text left
after every theme match (and actor mention) is cut out of its sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from analysis.analyses.term_blocks import BlockCounter, add_to
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
    docs, doc_codes = np.unique(sentences["doc_id"].to_numpy(dtype=object), return_inverse=True)
    spans = _MatchSpans(_match_tables(corpus, themes, skip_actors, hits, mentions), docs)
    counter = BlockCounter(max_n)
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
) -> list[str | list[str]]:
    """The text of each sentence at ``rows`` (one block of documents), or the pieces of
    it outside its matches; only this block's text and match spans are made."""
    if not len(rows):
        return []
    codes = doc_codes[rows]
    by_sentence = spans.by_sentence(int(codes.min()), int(codes.max()) + 1)
    part = sentences.iloc[rows]
    keys = zip(*(part[k].tolist() for k in _SENTENCE_KEYS), strict=True)
    texts = sentence_text_at(corpus, part["row"].to_numpy())
    return [
        text if (found := by_sentence.get(key)) is None else _outside(text, found)
        for key, text in zip(keys, texts, strict=True)
    ]


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


_Spans = dict[tuple[str, int, int], list[tuple[int, int]]]
"""(start, end) of matches by sentence key (doc_id, para_id, sent_id)."""


class _MatchSpans:
    """The (start, end) of the rows of some match tables, by sentence, for a range of
    documents at a time (``docs``: the sorted doc_ids; a row of another document is never
    asked for), so that no dict of every match of the corpus is built."""

    def __init__(self, tables: list[pd.DataFrame], docs: np.ndarray) -> None:
        self.tables = tables
        self.rows: list[np.ndarray] = []  # per table: its rows in document order
        self.bounds: list[np.ndarray] = []  # per table: where each document's rows start
        for table in tables:
            codes = pd.Index(docs).get_indexer(table["doc_id"]).astype(np.int64)
            codes[codes < 0] = len(docs)  # documents not counted: after every block
            order = np.argsort(codes, kind="stable")
            self.rows.append(order)
            self.bounds.append(np.searchsorted(codes[order], np.arange(len(docs) + 2)))

    def by_sentence(self, first: int, last: int) -> _Spans:
        """The sorted (start, end) of every match in documents ``first`` .. ``last`` - 1,
        by sentence key (doc_id, para_id, sent_id)."""
        found: _Spans = {}
        for table, order, bounds in zip(self.tables, self.rows, self.bounds, strict=True):
            part = table.iloc[order[bounds[first] : bounds[last]]]
            columns = (part[c].tolist() for c in [*_SENTENCE_KEYS, "start", "end"])
            for doc_id, para_id, sent_id, start, end in zip(*columns, strict=True):
                found.setdefault((doc_id, para_id, sent_id), []).append((start, end))
        for spans in found.values():
            spans.sort()
        return found


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


def _outside(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The pieces of ``text`` not covered by any of the sorted ``spans``."""
    pieces, position = [], 0
    for start, end in spans:
        if start > position:
            pieces.append(text[position:start])
        position = max(position, end)
    pieces.append(text[position:])
    return pieces
