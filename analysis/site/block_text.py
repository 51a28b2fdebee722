"""The paragraphs' text of a block of document pages, read from the stored snapshot.

A build stores its corpus (``shared_cache._write_corpus``) and keeps the paragraphs also as
an uncompressed Arrow file that readers memory-map (``shared_cache.MAPPED_TABLES``). The
document pages' process used to open the whole corpus with its text for its workers to
share (at 100,000 generated articles about 2 GB in that process alone, and most of each
input worker's share). Here the stage opens it without the paragraphs' text
(``BuildCorpus.open(text=False)``: documents, the paragraphs' other columns, the sentences'
spans) and each process that reads text takes only the rows it needs from the mapped file:

- a page writer, its block's documents' paragraphs (``with_block_text``), the file mapped
  for the block only and unmapped after (the rows taken are the block's own copy);
- an input worker that reads text (the keyness), every paragraph (``with_stored_text``),
  the text left in the mapped file's pages (the page cache), not copied.

The rows taken are the rows the text-ful corpus holds (the same file, the same order, its
columns as ``read_mapped`` gives them), so the pages are the same bytes.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from analysis.annotators.shared_cache import (
    SharedCache,
    as_held,
    held_problem,
    mapped_path,
    read_mapped,
)
from analysis.ingest.corpus import Corpus
from analysis.ingest.store import default_cache_dir

PARAGRAPHS = "corpus_paragraphs"


@dataclass(frozen=True)
class StoredText:
    """Where the paragraphs of a build's snapshot are stored: the cache of ``seeds`` and
    the snapshot ``key`` (``BuildCorpus.snapshot``)."""

    seeds: Path
    key: str

    @property
    def store(self) -> SharedCache:
        """The build's cache."""
        return SharedCache(default_cache_dir(self.seeds))

    @property
    def path(self) -> Path:
        """The mapped Arrow file of the paragraphs (``shared_cache.write_mapped``)."""
        return mapped_path(self.store, PARAGRAPHS, self.key)


def stored_text(seeds: Path, key: str) -> StoredText | None:
    """The stored paragraphs of the snapshot ``key`` when their mapped file is there (the
    pages' stage then opens its corpus without text); None otherwise (no snapshot, or the
    mapped file was not written: the stage opens the corpus with its text, as before)."""
    if not key:
        return None
    text = StoredText(seeds, key)
    return text if text.path.is_file() else None


def block_paragraphs(text: StoredText, doc_ids: Collection[str]) -> pa.Table:
    """The stored paragraphs of ``doc_ids``, in the stored order, copied out of the mapped
    file (``filter`` makes new arrays: the file is unmapped once this returns)."""
    table = pa.ipc.open_file(pa.memory_map(str(text.path))).read_all()
    ids = pa.array(sorted(doc_ids), table.schema.field("doc_id").type)
    wanted = pc.is_in(table["doc_id"], value_set=ids)
    return table.filter(wanted)


def with_block_text(corpus: Corpus, text: StoredText) -> Corpus:
    """``corpus`` (a block of the corpus opened without text, ``stored_corpus(...,
    text=False)``) with its documents' paragraphs as the text-ful corpus holds them, read
    from the stored file: the same rows in the same order."""
    doc_ids = set(corpus.held_documents()["doc_id"])
    frame = block_paragraphs(text, doc_ids).to_pandas()
    return _with_paragraphs(corpus, frame)


def with_stored_text(corpus: Corpus, text: StoredText) -> Corpus:
    """``corpus`` (opened without text) with its paragraphs as the text-ful corpus holds
    them: every stored paragraph, mapped (``read_mapped``), taken to ``corpus``'s
    documents when it holds fewer (a filtered corpus)."""
    frame = read_mapped(text.store, PARAGRAPHS, text.key)
    if frame is None:
        raise FileNotFoundError(f"the stored paragraphs of snapshot {text.key} are gone")
    ids = corpus.held_documents()["doc_id"]
    if len(corpus.held_paragraphs()) != len(frame):
        frame = frame[frame["doc_id"].isin(set(ids))].reset_index(drop=True)
    return _with_paragraphs(corpus, frame)


def _with_paragraphs(corpus: Corpus, frame: object) -> Corpus:
    """``corpus`` with ``frame`` (the stored paragraphs of its documents) as its
    paragraphs, held as ``stored_corpus`` holds them; its other tables as held."""
    import pandas as pd

    assert isinstance(frame, pd.DataFrame)
    problem = held_problem(PARAGRAPHS, frame)
    held_rows = corpus.held_paragraphs()
    if problem or len(frame) != len(held_rows):
        raise ValueError(
            f"the stored paragraphs do not match the corpus ({problem or 'other rows'})"
        )
    frame.index = held_rows.index
    held = corpus.__dict__
    return Corpus(
        held["documents"],
        as_held(PARAGRAPHS, frame),  # type: ignore[arg-type]
        held["sentences"],
        corpus.rejected,
        seeds_dir=corpus.seeds_dir,
    )
