"""The site's document pages block by block: what a build renders, in bounded memory.

``document_pages.precompute`` holds every section's table for every document at once
(the notebook's view; fine for a few thousand documents). A build of 100,000 documents
cannot: the outline alone is a second copy of every paragraph's opening. Here
(``build_in_blocks``, what ``document_pages.build_pages`` runs):

1. the expensive whole-corpus inputs (event sources, theme hits, keyness of every
   document) are computed once, each in a worker process (``parallel.map_chunks``), which
   cuts its table into the rows of each block of documents and writes them to a private
   folder (``block_inputs``): the process that writes the pages never holds them;
2. the corpus is cut into blocks of ``BLOCK_DOCUMENTS`` documents (``parallel.corpus_chunks``,
   one at a time); a worker reads its block's rows of each input, computes each section's
   table for the block's documents only (the same ``_by_document`` functions) and writes
   their pages.

Each section's rows for a document depend only on that document's rows of the inputs,
except the events' number of sources, which counts every document reporting the event: a
block's event sources are its documents' rows with that count (``n_sources``, counted on
the whole table: ``iter_block_sources``), which ``profile.events_by_document`` then uses
as it is. So the pages are byte for byte those of the whole-corpus tables, whatever the
block size.
"""

from __future__ import annotations

import logging
import pickle
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.analyses import profile
from analysis.core.memory import release_free_memory
from analysis.ingest.corpus import Corpus
from analysis.ingest.parallel import corpus_chunks, map_chunks
from analysis.site.block_text import StoredText, stored_text, with_block_text, with_stored_text
from analysis.site.build_corpus import BuildCorpus, opened
from analysis.site.document_inputs import (
    page_hit_batches,
    page_hits,
    text_again,
    whole_corpus_table,
)
from analysis.site.document_page import PROFILE_TABLES
from analysis.site.document_pages import (
    DocumentTables,
    PageJob,
    PagePlan,
    progress_logger,
    render_chunk,
)
from analysis.site.notebook import apply_filters

log = logging.getLogger(__name__)

BLOCK_DOCUMENTS = 500
"""Documents per block: the unit a worker computes the sections' tables for."""
#: The column naming the document in each whole-corpus input.
INPUT_KEYS = {"hits": "doc_id", "keyness": "target", "sources": "doc_id"}


def block_numbers(corpus: Corpus, size: int = BLOCK_DOCUMENTS) -> dict[str, int]:
    """The block of each document of ``corpus``: its rank among the sorted doc_ids over
    ``size``, the blocks ``parallel.corpus_chunks(corpus, size)`` makes, in that order."""
    ids = sorted(corpus.held_documents()["doc_id"])
    return {doc_id: n // size for n, doc_id in enumerate(ids)}


def _bounds(keys: np.ndarray, n_blocks: int) -> tuple[np.ndarray, np.ndarray]:
    """The positions of ``keys`` sorted by block (stable) and where each block starts."""
    order = np.argsort(keys, kind="stable")
    return order, np.searchsorted(keys[order], np.arange(n_blocks + 1))


def _keys(values: pd.Series, blocks: Mapping[str, int]) -> np.ndarray:
    """The block of each value (-1 for a document in no block)."""
    return values.map(blocks).to_numpy(dtype="int64", na_value=-1)


def document_rows(
    table: pd.DataFrame, column: str, blocks: Mapping[str, int], n_blocks: int
) -> list[pd.DataFrame]:
    """``table``'s rows of each block's documents (``column`` names the document), in
    table order, index kept; a block without rows gets the table's empty slice."""
    return list(iter_document_rows(table, column, blocks, n_blocks))


def iter_document_rows(
    table: pd.DataFrame, column: str, blocks: Mapping[str, int], n_blocks: int
) -> Iterator[pd.DataFrame]:
    """``document_rows``, each block's rows taken only when it is reached (the blocks'
    rows are never all held at once: together they are a second copy of ``table``)."""
    order, bounds = _bounds(_keys(table[column], blocks), n_blocks)
    return (table.iloc[order[bounds[k] : bounds[k + 1]]] for k in range(n_blocks))


def event_rows(
    sources: pd.DataFrame, blocks: Mapping[str, int], n_blocks: int
) -> list[pd.DataFrame]:
    """For each block, every row of ``sources`` (``timeline.event_sources``) of each event
    one of its documents reports (the other reports of an event count as its sources), in
    table order, index kept."""
    return list(iter_event_rows(sources, blocks, n_blocks))


def iter_event_rows(
    sources: pd.DataFrame, blocks: Mapping[str, int], n_blocks: int
) -> Iterator[pd.DataFrame]:
    """``event_rows``, each block's rows taken only when it is reached (together they are
    at least a second copy of ``sources``)."""
    block = _keys(sources["doc_id"], blocks)
    events = sources["event_id"].to_numpy()
    touched = pd.DataFrame({"event_id": events[block >= 0], "block": block[block >= 0]})
    rows = pd.DataFrame({"event_id": events, "row": np.arange(len(sources))}).merge(
        touched.drop_duplicates(), on="event_id"
    )
    rows = rows.sort_values(["block", "row"], kind="stable")
    positions = rows["row"].to_numpy()
    bounds = np.searchsorted(rows["block"].to_numpy(), np.arange(n_blocks + 1))
    return (sources.iloc[positions[bounds[k] : bounds[k + 1]]] for k in range(n_blocks))


def iter_block_sources(
    sources: pd.DataFrame, blocks: Mapping[str, int], n_blocks: int
) -> Iterator[pd.DataFrame]:
    """For each block, its documents' rows of ``sources`` (``timeline.event_sources``) with
    ``n_sources`` (``with_n_sources``), one block at a time: a block's rows no longer
    grow with the corpus (``event_rows`` gives every block every report of an event many
    documents report: at 10,000 generated articles 1,409,128 rows from a table of 87,591)."""
    return iter_document_rows(with_n_sources(sources), "doc_id", blocks, n_blocks)


def with_n_sources(sources: pd.DataFrame) -> pd.DataFrame:
    """``sources`` (``timeline.event_sources``) with ``n_sources``, the documents reporting
    each event in the whole table (what ``profile.events_by_document`` counts): each
    document's rows then need no other document's."""
    counts = sources.groupby("event_id")["doc_id"].transform("nunique").astype("int64")
    return sources.assign(n_sources=counts)


def input_path(folder: Path, name: str, block: int, part: int = 0) -> Path:
    """Where part ``part`` of block ``block``'s rows of the input ``name`` is kept."""
    return folder / f"{name}-{block}-{part}.pickle"


def read_input(folder: Path, name: str, block: int) -> pd.DataFrame:
    """Block ``block``'s rows of the input ``name`` (written by ``write_parts``): its parts
    in order, the hits as text again (``text_again``)."""
    parts = []
    for path in sorted(folder.glob(f"{name}-{block}-*.pickle"), key=_part_number):
        with path.open("rb") as file:
            part = pickle.load(file)  # written by this build, in its private folder
        parts.append(text_again(part) if name == "hits" else part)
    return parts[0] if len(parts) == 1 else pd.concat(parts, ignore_index=True)


def _part_number(path: Path) -> int:
    return int(path.stem.rsplit("-", 1)[1])


def write_parts(
    folder: Path,
    name: str,
    parts: Iterable[pd.DataFrame],
    blocks: Mapping[str, int],
    n_blocks: int,
) -> int:
    """Write each block's rows of ``parts`` (consecutive pieces of the input ``name``,
    ``INPUT_KEYS[name]`` naming the document) under ``folder``: one file per piece and
    block that has rows, so that only one piece is held at a time; a block no piece
    reaches gets the first piece's empty slice (``parts``: at least one piece, maybe
    empty). Returns the rows written."""
    written, rows, template = set(), 0, None
    for n, part in enumerate(parts):
        template = part.iloc[:0] if n == 0 else template
        pieces = iter_document_rows(part, INPUT_KEYS[name], blocks, n_blocks)
        for k, piece in enumerate(pieces):  # one block's rows held at a time
            if len(piece):
                _dump(input_path(folder, name, k, n), piece)
                written.add(k)
        rows += len(part)
        del part, pieces
    for k in sorted(set(range(n_blocks)) - written):
        _dump(input_path(folder, name, k), template)
    return rows


def _dump(path: Path, part: pd.DataFrame) -> None:
    with path.open("wb") as file:
        pickle.dump(_own_codes(part), file, protocol=pickle.HIGHEST_PROTOCOL)


@dataclass(frozen=True)
class _Inputs:
    """What every input worker needs: the corpus, the blocks and the folder; ``text``,
    where the paragraphs' text is stored when ``corpus`` was opened without it."""

    corpus: Corpus
    blocks: Mapping[str, int]
    n_blocks: int  # the last one (n_blocks - 1) holds the documents in no block: none
    folder: Path
    text: StoredText | None = None

    def corpus_of(self, name: str) -> Corpus:
        """The corpus the input ``name`` is computed from: ``corpus``, given its
        paragraphs' text (mapped from the stored file, not copied) when it has none and
        the input reads it (``needs_text``)."""
        if self.text is None or not needs_text(name, self.corpus):
            return self.corpus
        return with_stored_text(self.corpus, self.text)


def needs_text(name: str, corpus: Corpus) -> bool:
    """Whether the input ``name`` of ``corpus`` reads its text: the keyness always; the
    theme hits and event sources only when the annotations they read are not stored
    (they are computed then)."""
    from analysis.annotators.annotate import CANDIDATES_TABLE, corpus_annotations
    from analysis.annotators.cached import corpus_store

    if name == "keyness" or not corpus_annotations.is_stored(corpus):
        return True
    store = corpus_store(corpus)
    key = corpus_annotations.key(corpus)
    return name == "sources" and (store is None or not store.path(CANDIDATES_TABLE, key).exists())


def input_parts(name: str, corpus: Corpus) -> Iterator[pd.DataFrame]:
    """The input ``name`` of ``corpus`` in consecutive pieces: the stored hits a batch of
    rows at a time (``page_hit_batches``; as codes), the keyness a block of documents at a
    time (``profile.keyness_by_document_blocks``); the event sources whole, with
    ``n_sources`` (``iter_block_sources``: linking reads every document's candidates)."""
    if name == "hits":
        batches = page_hit_batches(corpus)
        yield from [page_hits(corpus, as_text=False)] if batches is None else batches
    elif name == "keyness":
        yield from profile.keyness_by_document_blocks(corpus)
    else:
        yield with_n_sources(whole_corpus_table(name, corpus))


def _write_input(inputs: _Inputs, name: str) -> tuple[str, int, float]:
    """Compute the input ``name`` and write each block's rows, a piece at a time
    (``input_parts``); ``(name, its rows, seconds)``."""
    started = time.perf_counter()
    parts = input_parts(name, inputs.corpus_of(name))
    rows = write_parts(inputs.folder, name, parts, inputs.blocks, inputs.n_blocks)
    del parts
    release_free_memory()  # this input's pages, before the worker's next input is computed
    return name, rows, time.perf_counter() - started


def _own_codes(part: pd.DataFrame) -> pd.DataFrame:
    """``part`` with each categorical column keeping only the categories its rows use (in
    the same order), so that a block's file holds its own strings, not every block's."""
    coded = [c for c in part.columns if isinstance(part[c].dtype, pd.CategoricalDtype)]
    return part.assign(**{c: part[c].cat.remove_unused_categories() for c in coded})


def input_names(plan: PagePlan) -> list[str]:
    """The whole-corpus inputs the plan's sections take, the longest to compute first."""
    wanted = {PROFILE_TABLES[s.table][1] for s in plan.sections}
    return [n for n in ("sources", "hits", "keyness") if n in wanted]


def block_inputs(
    plan: PagePlan,
    corpus: Corpus,
    folder: Path,
    blocks: Mapping[str, int],
    *,
    workers: int = 1,
    text: StoredText | None = None,
) -> None:
    """Compute the plan's whole-corpus inputs of ``corpus`` (in ``workers`` processes at
    once) and write each block's rows under ``folder`` (``blocks``: ``block_numbers``; one
    block more, empty, for the documents not in ``corpus``); ``text``: where the
    paragraphs' text is stored when ``corpus`` was opened without it."""
    n_blocks = (max(blocks.values()) + 1 if blocks else 0) + 1
    names = input_names(plan)
    done = map_chunks(
        _write_input,
        names,
        jobs=max(1, min(workers, len(names))),
        total=len(names),
        what="document pages: whole-corpus tables",
        shared=_Inputs(corpus, blocks, n_blocks, folder, text),
    )
    for name, rows, seconds in done:
        log.info(
            "document pages: %s of %d documents in %.1f s (%d rows)",
            name,
            len(corpus),
            seconds,
            rows,
        )


def block_tables(plan: PagePlan, corpus: Corpus, folder: Path, block: int) -> DocumentTables:
    """The plan's tables for the documents of ``corpus`` (block ``block``), from its rows of
    the inputs kept under ``folder``."""
    given = {name: read_input(folder, name, block) for name in input_names(plan)}
    return DocumentTables(corpus, tuple(s.for_corpus(corpus, given) for s in plan.sections))


@dataclass(frozen=True)
class _BlockJob:
    """What every block's worker needs (given once by the pool's initializer): the pages'
    job without tables, the folder of the blocks' inputs, and where the paragraphs' text
    is stored when the blocks come without it (``block_text``)."""

    pages: PageJob
    folder: Path
    text: StoredText | None = None


def _render_block(job: _BlockJob, block: tuple[int, Corpus, list[str]]) -> list[tuple[str, float]]:
    """Write the pages of one block's documents; each with its seconds (its share of the
    block's tables included)."""
    number, corpus, doc_ids = block
    started = time.perf_counter()
    if job.text is not None:  # the block came without its text: read from the store
        corpus = with_block_text(corpus, job.text)
    tables = block_tables(job.pages.plan, corpus, job.folder, number)
    share = (time.perf_counter() - started) / max(1, len(doc_ids))
    done = render_chunk(replace(job.pages, tables=tables), doc_ids)
    return [(doc_id, seconds + share) for doc_id, seconds in done]


def blocks_of(
    corpus: Corpus, doc_ids: Sequence[str], size: int
) -> Iterator[tuple[int, Corpus, list[str]]]:
    """``(number, its corpus, its documents among doc_ids)`` of each block, made one at a
    time; doc_ids not in ``corpus`` come last, in a block of no rows."""
    wanted, seen = set(doc_ids), set()
    number = 0
    for number, block in enumerate(corpus_chunks(corpus, size)):
        ids = block.held_documents()["doc_id"].tolist()
        seen.update(ids)
        mine = [d for d in ids if d in wanted]
        if mine:
            yield number, block, mine
    missing = [d for d in doc_ids if d not in seen]
    if missing:
        empty = np.empty(0, dtype=np.intp)
        yield (number + 1 if seen else 0), corpus.take(empty, empty, empty), missing


def build_in_blocks(
    plan: PagePlan,
    corpus: Corpus | BuildCorpus,
    filters: Mapping[str, object],
    doc_ids: Sequence[str],
    out_dir: Path,
    footer_of: Callable[[str], Mapping[str, str]],
    *,
    workers: int = 1,
    size: int = BLOCK_DOCUMENTS,
) -> list[tuple[str, float]]:
    """Write the page of every ``doc_ids`` under ``out_dir/docs/`` block by block (see the
    module docstring): ``corpus`` (or the one a ``BuildCorpus`` reads, in this process: not
    inherited from the build's) filtered as ``start_report`` filters it, its inputs
    written per block to a private folder under ``out_dir`` (removed after), then
    ``workers`` processes each computing a block's tables and writing its pages. Returns
    each document with its seconds, in the given order; a page that raises stops the run
    with ``document_pages.PageFailedError``."""
    started = time.perf_counter()
    text, source = _opened(corpus)
    filtered = apply_filters(source, **dict(filters or {}))
    del source
    (out_dir / "docs").mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".document-tables-", dir=out_dir))
    blocks = block_numbers(filtered, size)
    used = {blocks.get(doc_id, -1) for doc_id in doc_ids}  # -1: the block of no rows
    done: list[tuple[str, float]] = []
    try:
        block_inputs(plan, filtered, folder, blocks, workers=workers, text=text)
        log.info("document pages: every input ready in %.1f s", time.perf_counter() - started)
        map_chunks(
            _render_block,
            blocks_of(filtered, doc_ids, size),
            jobs=workers,
            total=len(used),
            what="document pages: blocks",
            shared=_BlockJob(PageJob(plan, out_dir, footer_of), folder, text),
            on_result=progress_logger(done, len(doc_ids)),
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    order = {doc_id: n for n, doc_id in enumerate(doc_ids)}
    return sorted(done, key=lambda item: order[item[0]])


def _opened(corpus: Corpus | BuildCorpus) -> tuple[StoredText | None, Corpus]:
    """The corpus of the pages' stage: a build's stored corpus opened without its
    paragraphs' text when their mapped file is there (with where it is: the writers and
    input workers read it from there), else the corpus with its text."""
    if isinstance(corpus, BuildCorpus) and corpus.kept is None:
        text = stored_text(corpus.seeds, corpus.snapshot)
        if text is not None:
            held = corpus.open(text=False)
            if "text" not in held.held_paragraphs().columns:  # else read from the folder
                return text, held
            return None, held
    return None, opened(corpus)
