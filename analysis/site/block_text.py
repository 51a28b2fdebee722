"""The paragraphs' text of a block of document pages, read from the stored snapshot.

A build stores its corpus (``corpus_snapshot._write_corpus``) and keeps the paragraphs also as
an uncompressed Arrow file that readers memory-map (``corpus_snapshot.MAPPED_TABLES``). The
document pages' process used to open the whole corpus with its text for its workers to
share (at 100,000 generated articles about 2 GB in that process alone, and most of each
input worker's share). Here the stage opens it without the paragraphs' text
(``BuildCorpus.open(text=False)``: documents, the paragraphs' other columns, the sentences'
spans) and each process that reads text takes only the rows it needs from the mapped file:

- a page writer, its block's documents' paragraphs (``with_block_text``), the file mapped
  for the block only and unmapped after (the rows taken are the block's own copy);
- the input worker that reads text (the keyness), the ``text`` column of every paragraph
  (``with_stored_text``), left in the mapped file's pages (the page cache), not copied;
  the other inputs read only stored tables (``needs_text``: unless they are missing).

The rows taken are the rows the text-ful corpus holds (the same file, the same order, its
columns as ``read_mapped`` gives them), so the pages are the same bytes.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.annotators.corpus_snapshot import mapped_path
from analysis.annotators.shared_cache import SharedCache, as_held, held_problem
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
        """The mapped Arrow file of the paragraphs (``corpus_snapshot.write_mapped``)."""
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
    return _rows_of(pa.ipc.open_file(pa.memory_map(str(text.path))).read_all(), doc_ids)


def with_block_text(corpus: Corpus, text: StoredText) -> Corpus:
    """``corpus`` (a block of the corpus opened without text, ``stored_corpus(...,
    text=False)``) with its documents' paragraphs as the text-ful corpus holds them, read
    from the stored file: the same rows in the same order."""
    doc_ids = set(corpus.held_documents()["doc_id"])
    frame = block_paragraphs(text, doc_ids).to_pandas()
    return _with_paragraphs(corpus, frame)


def with_stored_text(corpus: Corpus, text: StoredText) -> Corpus:
    """``corpus`` (opened without text) with its paragraphs as the text-ful corpus holds
    them: its paragraphs as held, given the stored ``text`` column, mapped (not copied:
    only the rows read are paged in); for a filtered corpus (fewer paragraphs than
    stored), its documents' rows of that column, copied."""
    table = pa.ipc.open_file(pa.memory_map(str(text.path))).read_all()
    held = corpus.held_paragraphs()
    if len(held) != table.num_rows:
        table = _rows_of(table, set(corpus.held_documents()["doc_id"]))
    column = table.column("text").to_pandas().set_axis(held.index)
    frame = held.assign(text=column)[table.schema.names]
    return _with_paragraphs(corpus, frame)


def _rows_of(table: pa.Table, doc_ids: Collection[str]) -> pa.Table:
    """The rows of ``table`` of ``doc_ids``, in table order (a copy)."""
    ids = pa.array(sorted(doc_ids), table.schema.field("doc_id").type)
    return table.filter(pc.is_in(table["doc_id"], value_set=ids))


def _with_paragraphs(corpus: Corpus, frame: pd.DataFrame) -> Corpus:
    """``corpus`` with ``frame`` (the stored paragraphs of its documents) as its
    paragraphs, held as ``stored_corpus`` holds them; its other tables as held.
    ``ValueError`` when ``frame`` is not the paragraphs ``corpus`` holds (other columns,
    or other rows: each row's ``doc_id`` and ``para_id`` compared)."""
    problem = held_problem(PARAGRAPHS, frame)
    held_rows = corpus.held_paragraphs()
    if not problem and not _same_rows(frame, held_rows):
        problem = "other rows"
    if problem:
        raise ValueError(f"the stored paragraphs do not match the corpus ({problem})")
    frame = frame.set_axis(held_rows.index)
    held = corpus.__dict__
    return Corpus(
        held["documents"],
        as_held(PARAGRAPHS, frame),  # type: ignore[arg-type]
        held["sentences"],
        corpus.rejected,
        seeds_dir=corpus.seeds_dir,
    )


def _same_rows(frame: pd.DataFrame, held: pd.DataFrame) -> bool:
    """Whether ``frame`` and ``held`` have the same paragraphs in the same order."""
    if len(frame) != len(held):
        return False
    return all(
        bool((frame[c].to_numpy() == held[c].to_numpy()).all()) for c in ("doc_id", "para_id")
    )
