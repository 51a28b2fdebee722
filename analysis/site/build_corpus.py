"""What a site build keeps of its corpus once the shared tables are stored.

The build parses the folder once (``corpus_snapshot.shared_corpus``), dates and annotates it,
and stores every table in the shared cache, from which its report kernels read them. The
build process itself then needs the corpus only for a few figures (the footer's corpus
hash and number of documents, the index's rejected files, the size of the text the kernels
are planned by) and, at two moments, the corpus itself: in the document pages' process and
in the end step (index themes, search data). Keeping the parsed corpus for the whole build
(``corpus`` and its filtered ``selection``, ~1 GB at 10,000 articles once each table's
text has been made) made the build process, and every process it forks, that much larger.

``BuildCorpus`` is what the build keeps instead: those figures and where the stored
snapshot is (``snapshot_key``); ``open`` reads the corpus again, as held (the text once, in
the paragraphs), in the process that needs it, and only for as long as it needs it. With the
cache off, or when the snapshot could not be stored, it keeps the corpus itself (nothing to
read it back from), as the build did before.

The end step reads the corpus without its paragraphs' text (``open(text=False)``: the index's
themes count paragraphs, they do not read them) and the search data's text a block of
paragraphs at a time (``search_paragraphs``); the index's themes read only the columns of the
theme hits they count (``corpus_theme_hits(..., columns=PREVALENCE_HIT_COLUMNS)``).
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from analysis.annotators.annotate import dated_corpus
from analysis.annotators.corpus_snapshot import (
    CORPUS_TABLES,
    shared_corpus,
    snapshot_key,
    stored_corpus,
)
from analysis.annotators.shared_cache import SharedCache
from analysis.ingest.corpus import Corpus
from analysis.ingest.store import cache_enabled, default_cache_dir
from analysis.site.notebook import apply_filters

log = logging.getLogger(__name__)

#: The paragraphs' columns the search data is made from (``site_search.search_blocks``).
SEARCH_COLUMNS = ("doc_id", "para_id", "kind", "repeat_of", "text")


def paragraph_text_mb(corpus: Corpus) -> float:
    """The size in MB of the corpus's paragraph text (what a kernel's tables grow with)."""
    return float(corpus.held_paragraphs()["text"].memory_usage(deep=True)) / 2**20


@dataclass(frozen=True, eq=False)
class BuildCorpus:
    """The build's corpus without its tables: what the footer, the index and the planning
    of kernels read, and how to read the corpus again (``open``)."""

    seeds: Path
    snapshot: str
    """The key of the stored snapshot (``corpus_snapshot.snapshot_key``); "" when none is."""
    filters: Mapping[str, object]
    """The build's filters (``notebook.apply_filters``): what ``selection`` keeps."""
    corpus_hash: str
    n_documents: int
    rejected: pd.DataFrame
    text_mb: float
    """``paragraph_text_mb`` of the corpus."""
    kept: Corpus | None = field(default=None, repr=False)
    """The dated corpus itself, when there is no stored snapshot to read it from."""

    def __len__(self) -> int:
        return self.n_documents

    def open(self, *, text: bool = True) -> Corpus:
        """The build's dated corpus (``annotate.dated_corpus``), read from the stored
        snapshot, its tables held as stored (the text once); the kept corpus when there is
        no snapshot; the folder read again, with a warning, when the snapshot is gone.
        ``text=False``: the paragraphs without their text (``stored_corpus``)."""
        if self.kept is not None:
            return self.kept
        corpus = stored_corpus(self.seeds, self.snapshot, text=text) if self.snapshot else None
        if corpus is None:
            log.warning(
                "the build's corpus tables are gone from the cache; reading the folder again"
            )
            corpus = shared_corpus(self.seeds)
        return dated_corpus(corpus)

    def selection(self, corpus: Corpus) -> Corpus:
        """``corpus`` (this build's, from ``open``) with the build's filters applied."""
        return apply_filters(corpus, **dict(self.filters))

    def search_paragraphs(
        self, doc_ids: Collection[str] | None, rows: int
    ) -> Iterator[pd.DataFrame] | None:
        """The stored paragraphs' ``SEARCH_COLUMNS`` (of ``doc_ids`` only, unless None),
        ``rows`` of the table at a time, in its order (``site_search.search_blocks``'s
        ``paragraphs``); None when there is no stored table to read (the corpus is kept,
        or the file is gone)."""
        if self.kept is not None or not self.snapshot:
            return None
        path = SharedCache(default_cache_dir(self.seeds)).path("corpus_paragraphs", self.snapshot)
        try:
            file = pq.ParquetFile(path)  # open from here on, even if the cache prunes it
        except Exception:  # missing or broken
            return None
        return _paragraph_batches(file, doc_ids, rows)


def _paragraph_batches(
    file: pq.ParquetFile, doc_ids: Collection[str] | None, rows: int
) -> Iterator[pd.DataFrame]:
    """``SEARCH_COLUMNS`` of the Parquet ``file``, ``rows`` rows at a time."""
    wanted = None if doc_ids is None else list(doc_ids)
    for batch in file.iter_batches(batch_size=rows, columns=list(SEARCH_COLUMNS)):
        piece = batch.to_pandas()
        if wanted is not None:
            piece = piece.loc[piece["doc_id"].isin(wanted)].reset_index(drop=True)
        yield piece


def is_stored(seeds: Path, key: str) -> bool:
    """Whether every table of the snapshot ``key`` is in the cache of ``seeds``."""
    if not cache_enabled() or not key:
        return False
    store = SharedCache(default_cache_dir(seeds))
    return all(store.path(f"corpus_{t}", key).is_file() for t in CORPUS_TABLES)


def build_corpus(
    loaded: Corpus, corpus: Corpus, seeds: Path, filters: Mapping[str, object]
) -> BuildCorpus:
    """What the build keeps of ``corpus`` (``loaded``, the snapshot ``shared_corpus`` gave,
    dated) once its tables are stored (``corpus_snapshot.snapshot_env`` stores them): the
    corpus itself only when they are not."""
    key = snapshot_key(loaded) if cache_enabled() else ""
    stored = is_stored(seeds, key)
    return BuildCorpus(
        seeds=seeds,
        snapshot=key if stored else "",
        filters=dict(filters),
        corpus_hash=corpus.corpus_hash,
        n_documents=len(corpus),
        rejected=corpus.rejected,
        text_mb=paragraph_text_mb(corpus),
        kept=None if stored else corpus,
    )


def opened(corpus: Corpus | BuildCorpus) -> Corpus:
    """``corpus`` itself, or the corpus a ``BuildCorpus`` reads (``BuildCorpus.open``)."""
    return corpus.open() if isinstance(corpus, BuildCorpus) else corpus
