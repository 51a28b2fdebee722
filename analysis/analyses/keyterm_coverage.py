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
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from analysis.analyses.keyterm_counts import counts_up_to, load_stopwords, terms_of
from analysis.annotators.entities import extract_mentions
from analysis.annotators.themes import Theme, resolve_themes, theme_hits

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
    by_sentence = _spans_by_sentence(corpus, themes, skip_actors, hits, mentions)
    # sentences without any match count as in the shared sentence matrix; only the
    # others are re-tokenised, piece by piece
    terms = counts_up_to(corpus, max_n)
    sentences = terms.sentences
    sentence_keys = list(zip(*(sentences[k] for k in _SENTENCE_KEYS), strict=True))
    has_spans = np.fromiter((k in by_sentence for k in sentence_keys), bool, len(sentence_keys))
    pieces = [
        _outside(text, by_sentence[key])
        for key, text, cut_here in zip(sentence_keys, sentences["text"], has_spans, strict=True)
        if cut_here
    ]
    cut_matrix, cut_vocab = _count_pieces(pieces, max_n)
    vocab = np.union1d(terms.vocab.astype(object), cut_vocab.astype(object))
    docs, doc_codes = np.unique(sentences["doc_id"].to_numpy(dtype=object), return_inverse=True)
    per_doc = partial(_per_doc, doc_codes, len(docs), vocab)
    clean = np.flatnonzero(~has_spans)
    by_doc = per_doc(terms.matrix[clean], clean, terms.vocab.astype(object))
    if cut_matrix is not None:
        by_doc = by_doc + per_doc(cut_matrix, np.flatnonzero(has_spans), cut_vocab.astype(object))
    return _coverage_table(sparse.csr_matrix(by_doc), vocab, min_count, top_n)


_SENTENCE_KEYS = ["doc_id", "para_id", "sent_id"]


def _spans_by_sentence(
    corpus: Corpus,
    themes: Sequence[Theme] | str | Path | None,
    skip_actors: bool,
    hits: pd.DataFrame | None,
    mentions: pd.DataFrame | None,
) -> dict[tuple[str, int, int], list[tuple[int, int]]]:
    """The sorted (start, end) of every theme match (and actor mention) by sentence."""
    keys = _SENTENCE_KEYS
    if hits is None:
        hits = theme_hits(corpus, resolve_themes(themes))
    spans = [hits[[*keys, "start", "end"]]]
    if skip_actors:
        if mentions is None:
            mentions = extract_mentions(corpus)
        spans.append(mentions[[*keys, "start", "end"]])
    cut = pd.concat(spans, ignore_index=True)
    by_sentence: dict[tuple[str, int, int], list[tuple[int, int]]] = {}
    cut = cut.sort_values([*keys, "start", "end"], kind="stable")
    for doc_id, para_id, sent_id, start, end in zip(
        *(cut[c].tolist() for c in [*keys, "start", "end"]), strict=True
    ):
        by_sentence.setdefault((doc_id, para_id, sent_id), []).append((start, end))
    return by_sentence


def _count_pieces(
    pieces: list[list[str]], max_n: int
) -> tuple[sparse.csr_matrix | None, np.ndarray]:
    """Counts (sentences x terms, None when there are none) and vocabulary of the terms
    of each sentence's pieces."""
    stop = load_stopwords()
    vectorizer = CountVectorizer(
        analyzer=lambda segs: [
            t for seg in segs for t in terms_of(seg, max_n=max_n, stopwords=stop)
        ],
        lowercase=False,
    )
    try:
        cut_matrix = vectorizer.fit_transform(pieces).tocsr() if pieces else None
        cut_vocab = vectorizer.get_feature_names_out() if pieces else np.zeros(0, object)
    except ValueError:  # every piece is empty
        cut_matrix, cut_vocab = None, np.zeros(0, object)
    return cut_matrix, cut_vocab


def _per_doc(
    doc_codes: np.ndarray,
    n_docs: int,
    vocab: np.ndarray,
    matrix: sparse.csr_matrix,
    rows: np.ndarray,
    own_vocab: np.ndarray,
) -> object:
    """Documents x ``vocab`` counts of the given sentence ``rows`` (their counts in
    ``matrix``, over ``own_vocab``)."""
    indicator = sparse.csr_matrix(
        (np.ones(len(rows)), (doc_codes[rows], np.arange(len(rows)))),
        shape=(n_docs, len(rows)),
    )
    placed = sparse.csr_matrix(
        (
            np.ones(len(own_vocab)),
            (np.arange(len(own_vocab)), np.searchsorted(vocab, own_vocab)),
        ),
        shape=(len(own_vocab), len(vocab)),
    )
    return indicator @ matrix @ placed


def _coverage_table(
    by_doc: sparse.csr_matrix, vocab: np.ndarray, min_count: int, top_n: int | None
) -> pd.DataFrame:
    """The ``coverage`` table of the documents x terms counts ``by_doc``."""
    by_doc.eliminate_zeros()
    n = np.asarray(by_doc.sum(axis=0)).ravel().astype("int64")
    n_docs = np.diff(by_doc.tocsc().indptr)
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
