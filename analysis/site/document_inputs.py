"""The whole-corpus inputs of the document pages, each computed once per build: the theme
hits the pages read (``page_hits``, or ``page_hit_batches`` a piece at a time from the stored
table), the keyness of every document and the event sources (``chunked_event_sources``:
from the stored event candidates, else computed a chunk of documents at a time).
``whole_corpus_table`` gives one of them by name (``analysis.site.document_pages.precompute``
and ``analysis.site.document_blocks`` map it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pandas as pd

from analysis.analyses import profile
from analysis.ingest.corpus import Corpus
from analysis.ingest.parallel import CHUNK_DOCUMENTS, corpus_chunks

if TYPE_CHECKING:
    import pyarrow.parquet as pq


PAGE_HIT_COLUMNS = ("doc_id", "para_id", "sent_id", "theme", "term", "start", "end")
"""The columns of ``theme_hits`` the page's themes read (``profile.themes_by_document``:
the prevalence, the quotes), with the coding columns that say which hits count."""


def page_hits(corpus: Corpus, *, as_text: bool = True) -> pd.DataFrame:
    """The stored theme hits of ``corpus`` that the document pages read: only the hits that
    code their paragraph (``counted_hits``: the only ones ``themes_by_document`` counts or
    quotes) and only their ``PAGE_HIT_COLUMNS`` and coding columns, read alone from the
    stored table, their repeated text as codes; as text again (as stored) unless
    ``as_text`` is False (``text_again`` turns a part of them back). The pages are the same
    as from the whole table (at 1,000 generated articles 85,578 of 127,212 rows, 9 of
    17 MB as text)."""
    from analysis.annotators.annotate import corpus_theme_hits
    from analysis.annotators.theme_coding import counted_hits

    columns = (*PAGE_HIT_COLUMNS, "weight", "coded")
    hits = counted_hits(corpus_theme_hits(corpus, columns=columns, codes=True))
    hits = hits.reset_index(drop=True)
    return text_again(hits) if as_text else hits


HIT_BATCH_ROWS = 250_000
"""Rows of the stored theme hits read at a time by ``page_hit_batches`` (at 10,000
generated articles the table has 1,282,569 rows)."""


def page_hit_batches(corpus: Corpus, rows: int = 0) -> Iterator[pd.DataFrame] | None:
    """``page_hits(corpus, as_text=False)`` in consecutive pieces, read ``rows`` stored
    hits (``HIT_BATCH_ROWS`` by default) at a time from the stored table (the annotations
    stored first when they are not), so that the whole table is never held; concatenated,
    the same rows (their text as codes, each piece its own). None without a stored table
    (the cache off): then ``page_hits`` reads or computes the whole table."""
    import pyarrow.parquet as pq

    from analysis.annotators.annotate import HIT_CODES, corpus_annotations
    from analysis.annotators.cached import corpus_store

    store = corpus_store(corpus)
    if store is None:
        return None
    corpus_annotations.ensure_stored(corpus)
    try:  # open from here on, even if the cache prunes the file
        file = pq.ParquetFile(
            store.path("theme_hits", corpus_annotations.key(corpus)), read_dictionary=HIT_CODES
        )
    except Exception:  # missing or broken: read (or recomputed) whole
        return None
    return _hit_batches(file, rows or HIT_BATCH_ROWS)


def _hit_batches(file: pq.ParquetFile, rows: int) -> Iterator[pd.DataFrame]:
    """The counted hits of the stored ``file``'s batches of ``rows`` rows (at least one
    piece, empty for an empty table)."""
    from analysis.annotators.theme_coding import counted_hits

    columns = [*PAGE_HIT_COLUMNS, "weight", "coded"]
    empty = True
    for batch in file.iter_batches(batch_size=rows, columns=columns):
        empty = False
        yield counted_hits(batch.to_pandas())
    if empty:
        yield counted_hits(file.schema_arrow.empty_table().select(columns).to_pandas())


def text_again(hits: pd.DataFrame) -> pd.DataFrame:
    """``page_hits(..., as_text=False)`` (or some of its rows) with its codes as text, as
    ``page_hits`` gives them."""
    from analysis.annotators.theme_summaries import decoded

    return decoded(hits)


def whole_corpus_table(name: str, corpus: Corpus) -> pd.DataFrame:
    """The whole-corpus input ``name`` ("hits", "keyness" or "sources") of ``corpus``."""
    if name == "hits":  # cached: the build has usually computed it already
        return page_hits(corpus)
    if name == "keyness":
        return profile.keyness_by_document(corpus)
    return chunked_event_sources(corpus)


def chunked_event_sources(corpus: Corpus, size: int = CHUNK_DOCUMENTS) -> pd.DataFrame:
    """``timeline.event_sources(corpus)``: the event candidates (each document's from its
    own sentences and date) as the annotation stored them (``corpus_event_candidates``:
    the build annotates this corpus before the pages; at 1,000 generated articles 0.3 s
    instead of 15 s of CPU), else computed (``computed_event_candidates``); then the
    events linked across documents."""
    from analysis.annotators.annotate import corpus_event_candidates
    from analysis.annotators.timeline import link_event_candidates

    candidates = corpus_event_candidates(corpus)
    if candidates is None:
        candidates = computed_event_candidates(corpus, size)
    return link_event_candidates(candidates, consume=True)  # ours: emptied while taken


def computed_event_candidates(corpus: Corpus, size: int = CHUNK_DOCUMENTS) -> pd.DataFrame:
    """``timeline.event_candidate_table(corpus)`` taken ``size`` documents at a time
    (``parallel.corpus_chunks``) so that the sentences' text and dates of the whole corpus
    are never held at once (the rows of a document depend only on its own sentences)."""
    from analysis.annotators.timeline import event_candidate_table

    parts = [event_candidate_table(chunk) for chunk in corpus_chunks(corpus, size)]
    return parts[0] if len(parts) == 1 else pd.concat(parts, ignore_index=True)
