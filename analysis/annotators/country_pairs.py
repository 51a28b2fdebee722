"""Pairs of countries named in the same paragraph, made a chunk of whole documents at a
time (for ``country_tables.country_comentions`` and ``country_tables.comention_examples``).

Every pair of a paragraph's countries is a self-merge of the paragraph's rows, so the
table of every paragraph's pairs at once grows faster than the mentions it comes from:
at 10,000 generated articles it was most of the thematic report's co-mentions cell's
rise, and that rise grew with the corpus. Here the pairs of ``PAIR_BLOCK`` documents are
made, reduced (counted; or cut to the row each pair would quote) and dropped before the
next chunk's; the reductions of the chunks are then combined. Both reductions are exact
over chunks of whole documents (see ``pair_counts`` and ``best_pairs``), and a table of at
most ``PAIR_BLOCK`` documents takes the unchunked path."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
import pandas as pd

PAIR_BLOCK = 2_000
"""Documents whose paragraph pairs are made at a time."""

PAIR_KEYS = ["country_a", "country_b"]
QUOTE_ORDER = [*PAIR_KEYS, "apart", "doc_id", "para_id", "low", "high"]
"""The order in which ``best_pairs`` picks the row of each pair to quote: a pair named in
one sentence before one named apart, then the first in document order."""


def document_chunks(frame: pd.DataFrame, size: int = PAIR_BLOCK) -> Iterator[pd.DataFrame]:
    """The rows of ``frame`` in chunks of at most ``size`` documents (by ``doc_id``, in the
    order each document first appears), every document's rows in one chunk and in their
    order in ``frame``. One chunk (``frame`` itself) when it holds at most ``size``
    documents."""
    if size < 1:
        raise ValueError(f"size must be at least 1, not {size}")
    codes, uniques = pd.factorize(frame["doc_id"])
    if len(uniques) <= size:
        yield frame
        return
    chunk = codes // size
    order = np.argsort(chunk, kind="stable")
    edges = np.searchsorted(chunk[order], np.arange(1, chunk.max() + 1))
    for rows in np.split(order, edges):
        yield frame.iloc[rows]


def _nonempty(parts: list[pd.DataFrame]) -> list[pd.DataFrame]:
    """The chunks' tables that have rows (all-empty: the first), so that an empty chunk's
    columns (a minimum over no rows is a float) do not change the dtypes of the rest."""
    return [p for p in parts if len(p)] or parts[:1]


def _paragraph_pairs(rows: pd.DataFrame) -> pd.DataFrame:
    """Every pair of ``rows`` (doc_id, para_id, country, ...) in the same paragraph with
    country_a < country_b; the other columns suffixed ``_a`` and ``_b``."""
    pairs = rows.merge(rows, on=["doc_id", "para_id"], suffixes=("_a", "_b"))
    return pairs.loc[pairs["country_a"] < pairs["country_b"]]


def _counts(per_para: pd.DataFrame) -> pd.DataFrame:
    """Per pair of countries (a < b) in the same paragraph: n_paragraphs, n_docs."""
    return (
        _paragraph_pairs(per_para)
        .groupby(PAIR_KEYS, as_index=False)
        .agg(n_paragraphs=("para_id", "size"), n_docs=("doc_id", "nunique"))
    )


def pair_counts(per_para: pd.DataFrame, size: int = PAIR_BLOCK) -> pd.DataFrame:
    """Per pair of countries (country_a < country_b) named in the same paragraph of
    ``per_para`` (distinct doc_id, para_id, country): n_paragraphs and n_docs, one row per
    pair, sorted by the pair. Counted ``size`` documents at a time and summed: a paragraph
    and a document are in one chunk, so the sums are the counts over the whole table."""
    parts = _nonempty([_counts(chunk) for chunk in document_chunks(per_para, size)])
    if len(parts) == 1:
        return parts[0]
    summed = pd.concat(parts, ignore_index=True).groupby(PAIR_KEYS, as_index=False).sum()
    return summed[[*PAIR_KEYS, "n_paragraphs", "n_docs"]]


def _first_of_pair(pairs: pd.DataFrame) -> pd.DataFrame:
    """The row of each pair to quote (``QUOTE_ORDER``; ties keep the first row)."""
    return pairs.sort_values(QUOTE_ORDER, kind="stable").drop_duplicates(PAIR_KEYS)


def _quotable(first: pd.DataFrame) -> pd.DataFrame:
    """The pairs of ``first``'s rows in one paragraph, with ``apart`` (in two sentences),
    ``low`` and ``high`` (their sentences' ids in order), each pair's row to quote."""
    pairs = _paragraph_pairs(first)
    return _first_of_pair(
        pairs.assign(
            apart=pairs["sent_id_a"] != pairs["sent_id_b"],
            low=pairs[["sent_id_a", "sent_id_b"]].min(axis=1),
            high=pairs[["sent_id_a", "sent_id_b"]].max(axis=1),
        )
    )


def best_pairs(first: pd.DataFrame, size: int = PAIR_BLOCK) -> pd.DataFrame:
    """Per pair of countries (country_a < country_b) referred to in one paragraph of
    ``first`` (doc_id, para_id, sent_id, country, start, end: a country's first mention
    in each sentence), the row to quote, in ``QUOTE_ORDER``: both mentions' columns
    suffixed ``_a`` and ``_b``, with ``apart``, ``low`` and ``high``.

    Cut ``size`` documents at a time, then across the chunks' rows: the same rows as one
    cut of every pair, since rows that tie on every key of ``QUOTE_ORDER`` share their
    document (``doc_id`` is a key), so their chunk keeps the one the whole table keeps."""
    return best_pairs_of(document_chunks(first, size))


def best_pairs_of(chunks: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """``best_pairs`` of the rows of ``chunks`` together, given chunks of whole documents
    (each as ``best_pairs``' ``first``; ``document_chunks``), made one chunk at a time."""
    parts = _nonempty([_quotable(chunk) for chunk in chunks])
    return parts[0] if len(parts) == 1 else _first_of_pair(pd.concat(parts, ignore_index=True))
