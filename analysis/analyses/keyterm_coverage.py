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
from analysis.annotators.themes import Theme, content_sentences, resolve_themes, theme_hits

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
    sentences = content_sentences(corpus)[[*_SENTENCE_KEYS, "text"]]
    docs, doc_codes = np.unique(sentences["doc_id"].to_numpy(dtype=object), return_inverse=True)
    counter = BlockCounter(max_n)
    n = np.zeros(0, dtype=np.int64)  # per term id: count, and documents that use it
    n_docs = np.zeros(0, dtype=np.int64)
    for _, block in counter.blocks(
        doc_codes, len(docs), partial(_segments, sentences, by_sentence)
    ):
        n = add_to(n, np.asarray(block.sum(axis=0)).ravel())
        n_docs = add_to(n_docs, np.bincount(block.indices, minlength=block.shape[1]))
    vocab, rank = counter.sorted_terms()
    order = np.argsort(rank)
    n = add_to(np.zeros(len(vocab), np.int64), n)[order]
    n_docs = add_to(np.zeros(len(vocab), np.int64), n_docs)[order]
    return _coverage_table(vocab, n, n_docs, min_count, top_n)


def _segments(
    sentences: pd.DataFrame,
    by_sentence: dict[tuple[str, int, int], list[tuple[int, int]]],
    rows: np.ndarray,
) -> list[str | list[str]]:
    """The text of each sentence at ``rows``, or the pieces of it outside its matches."""
    part = sentences.iloc[rows]
    keys = zip(*(part[k].tolist() for k in _SENTENCE_KEYS), strict=True)
    return [
        text if (spans := by_sentence.get(key)) is None else _outside(text, spans)
        for key, text in zip(keys, part["text"].tolist(), strict=True)
    ]


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
