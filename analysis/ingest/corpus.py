"""Load a folder of article files into the core tables (see ``analysis.core.schema``).

    >>> from analysis import load_corpus
    >>> corpus = load_corpus("seeds")            # doctest: +SKIP
    >>> corpus.documents[["doc_id", "title", "outlet", "published"]]   # doctest: +SKIP

Every ``.txt`` file becomes one document unless it cannot be read, in which case it
is listed in ``rejected`` with the reason (or, with ``strict=True``, the load stops
with ``RejectedFileError``). Nothing is lost: each paragraph keeps its raw characters.

The steps live in ``analysis.ingest.seeds_folder`` (which entries are read, and how),
``analysis.ingest.file_parsing`` (bytes to tables, serially, in processes or with Dask, and the
tables assembled from the parse cache) and ``analysis.core.corpus_type`` (``Corpus``); this
module loads a folder with them, applies ``metadata.csv`` and offers their public names.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from analysis.core import schema
from analysis.core.corpus_type import Corpus
from analysis.core.document_text import DocumentsWithoutText, iter_document_texts
from analysis.core.errors import RejectedFileError, safe_name
from analysis.core.memory import collector_paused, release_free_memory, release_parse_memory
from analysis.core.paragraph_raw import ParagraphsWithoutRaw
from analysis.core.sentence_text import SentenceSpans
from analysis.core.text import normalize_text
from analysis.ingest.cache import CorpusCache, Parsed, concat_parsed
from analysis.ingest.dask_engine import DaskRun
from analysis.ingest.file_parsing import (
    DASK_PARTITION_FILES,
    ENGINES,
    PARAGRAPH_DTYPES,
    PROGRESS_EVERY,
    EngineError,
    assemble_tables,
    build_documents,
    check_engine,
    first_of_each_content,
    key_by_content,
    parse_all,
    parse_all_to_parts,
    parse_document,
    parse_files,
    without_tables,
)
from analysis.ingest.seeds_folder import (
    DEFAULT_MAX_FILE_MB,
    IGNORED_NAMES,
    MAX_LOGGED_REJECTED,
    MAX_SIDECAR_BYTES,
    NOT_REGULAR,
    SYMLINK_REASON,
    UnreadableFileError,
    describe_folder,
    display_name,
    doc_id_of,
    list_article_files,
    log_rejected,
    read_sidecar_file,
)
from analysis.ingest.sidecar import SIDECAR_NAME, SidecarError
from analysis.ingest.sidecar_overlay import apply_sidecar
from analysis.ingest.store import cache_enabled, default_cache_dir
from analysis.ingest.stories import mark_stories
from analysis.ingest.url_dates import url_date

#: The names this module has always offered (several now live in the modules above).
__all__ = [
    "DASK_PARTITION_FILES",
    "DEFAULT_MAX_FILE_MB",
    "ENGINES",
    "IGNORED_NAMES",
    "MAX_LOGGED_REJECTED",
    "MAX_SIDECAR_BYTES",
    "NOT_REGULAR",
    "PARAGRAPH_DTYPES",
    "PROGRESS_EVERY",
    "PROJECT_ROOT",
    "SYMLINK_REASON",
    "Corpus",
    "EngineError",
    "UnreadableFileError",
    "apply_sidecar",
    "build_documents",
    "describe_folder",
    "display_name",
    "doc_id_of",
    "list_article_files",
    "load_corpus",
    "log_rejected",
    "mark_duplicates",
    "parse_document",
    "parse_files",
    "read_sidecar_file",
    "resolve_seeds_dir",
    "url_date",
]

log = logging.getLogger(__name__)


PROJECT_ROOT = Path(__file__).resolve().parents[2]


# --- the folder ----------------------------------------------------------------------


def resolve_seeds_dir(seeds_dir: str | Path) -> Path:
    """``seeds_dir`` as given, or, when it is relative and missing from the current folder,
    relative to the project folder (so ``"seeds"`` works from a notebook in the checkout's
    ``analysis/notebooks/``)."""
    path = Path(seeds_dir)
    if not path.is_absolute() and not path.is_dir() and (PROJECT_ROOT / path).is_dir():
        return PROJECT_ROOT / path
    return path


def mark_duplicates(
    documents: pd.DataFrame, paragraphs: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Set ``duplicate_of`` to the first doc_id with the same normalised body; new frame.

    The body is ``documents.text``, or, for documents held without it (``paragraphs``
    given), the text made from ``paragraphs`` a batch at a time
    (``core.document_text.iter_document_texts``)."""
    if paragraphs is None:
        texts: Iterable[str] = documents["text"]
    else:
        texts = iter_document_texts(documents["doc_id"], paragraphs)
    # one text at a time: ``Series.map`` would first turn the whole column into Python strings
    keys, has_text = [], []
    for text in texts:
        keys.append(hashlib.sha1(normalize_text(text).lower().encode()).hexdigest())
        has_text.append(len(text) > 0)
    key = pd.Series(keys, index=documents.index, dtype="str")
    first = documents["doc_id"].groupby(key).transform("first")
    duplicate_of = first.where(np.array(has_text, dtype=bool) & (first != documents["doc_id"]), "")
    return documents.assign(duplicate_of=duplicate_of.astype("str"))


def _open_cache(cache: bool | str | Path | None, seeds: Path) -> CorpusCache | None:
    if cache is None:
        cache = cache_enabled()
    if cache is False:
        return None
    root = default_cache_dir(seeds) if cache is True else Path(cache)
    return CorpusCache(root)


def load_corpus(
    seeds_dir: str | Path = "seeds",
    *,
    strict: bool = False,
    max_file_mb: float = DEFAULT_MAX_FILE_MB,
    cache: bool | str | Path | None = None,
    engine: str = "serial",
    jobs: int | None = None,
    scheduler: str | None = None,
    run_dir: str | Path | None = None,
) -> Corpus:
    """Load every article in ``seeds_dir`` into a ``Corpus``.

    Files that cannot be read (empty, binary, undecodable, too large, not .txt) are
    listed in ``corpus.rejected`` with the reason and logged as warnings; with
    ``strict=True`` the first such file raises ``RejectedFileError`` instead. A missing
    folder raises ``SeedsNotFoundError``. ``seeds_dir/metadata.csv``, when present,
    overrides parsed metadata (see ``analysis.ingest.sidecar``).

    ``cache``: parsed files are kept in a Parquet cache keyed by their content (see
    ``analysis.ingest.cache``), so a reload parses only new or changed files; ``None`` (default)
    uses ``analysis.ingest.store.default_cache_dir(seeds_dir)`` (beside the seeds when that folder
    is the user's own, else the user's cache directory) unless ``$VN_CORPUS_CACHE=0``,
    ``False`` turns it off, a path puts it there. Only regular files are read (see
    ``list_article_files``); ``path`` columns are relative to the folder.
    ``engine``: ``"serial"`` parses in this process, ``"dask"`` parses partitions of files
    on a ``dask.distributed`` cluster (same tables; ``scheduler``: its address, else
    ``$DASK_SCHEDULER_ADDRESS``, else a ``LocalCluster``; each partition's tables are
    written as Parquet under ``run_dir``, by default a new folder in the cache directory;
    see ``analysis.ingest.dask_engine``).
    ``jobs``: worker processes for the serial engine's parse (``None``: ``$VN_CORPUS_JOBS``,
    else 1); worth it from about a thousand new files, same tables. Python's cyclic garbage
    collector is paused while the tables are made; the parse's line memos are emptied after.
    """
    from analysis.ingest.dask_engine import dask_run
    from analysis.ingest.parallel import check_jobs, default_jobs

    jobs = default_jobs() if jobs is None else check_jobs(jobs)
    seeds = resolve_seeds_dir(seeds_dir)
    dask = dask_run(check_engine(engine), scheduler, run_dir, seeds)
    files, rejected = list_article_files(seeds)
    if strict and rejected:
        raise RejectedFileError(*rejected[0])
    sidecar = _sidecar_or_rejected(seeds, rejected, strict=strict)
    with collector_paused():  # the tables of small objects: core.memory.collector_paused
        listing, parsed = _parse_new_files(
            files,
            _open_cache(cache, seeds),
            rejected,
            max_bytes=int(max_file_mb * 1e6),
            strict=strict,
            jobs=jobs,
            dask=dask,
        )
        log_rejected(rejected)
        tables = assemble_tables(listing, parsed)  # as held: the text shared with ``parsed``
        del parsed  # the rest of it (keyed by content) is not needed from here on
        corpus = _corpus_of(tables, rejected, sidecar, seeds)
    release_parse_memory()  # the parse's line memos and freed memory, before the next stage
    return corpus


def _corpus_of(
    tables: tuple[pd.DataFrame, ...],
    rejected: list[tuple[str, str]],
    sidecar: pd.DataFrame | None,
    seeds: Path,
) -> Corpus:
    """The ``Corpus`` of the parsed files' assembled ``tables`` (documents, paragraphs,
    sentences, as held: ``file_parsing.assemble_tables``): the sidecar's metadata applied
    (when there is one), duplicates and stories marked; the text held once
    (``core.document_text``, ``core.paragraph_raw``, ``core.sentence_text``). The memory
    the duplicates' texts were made in is returned before the stories are grouped (the
    load's peak: ``core.memory.release_free_memory``)."""
    documents, paragraphs, sentences = tables
    if sidecar is not None:
        documents = apply_sidecar(documents, sidecar, paragraphs)
    documents = mark_duplicates(documents, paragraphs)
    release_free_memory()
    documents = mark_stories(documents, paragraphs)
    return Corpus(  # the text held once, in paragraphs: the others' made on first read
        documents=DocumentsWithoutText.held(documents),
        paragraphs=ParagraphsWithoutRaw.held(paragraphs),
        sentences=SentenceSpans.held(sentences),
        rejected=pd.DataFrame(rejected, columns=list(schema.REJECTED_COLUMNS)).astype("str"),
        seeds_dir=str(seeds.resolve()),
    )


def _sidecar_or_rejected(
    seeds: Path, rejected: list[tuple[str, str]], *, strict: bool
) -> pd.DataFrame | None:
    """``read_sidecar_file(seeds)``; a broken one is added to ``rejected`` (None is
    returned), or raises ``SidecarError`` with ``strict``."""
    try:
        return read_sidecar_file(seeds)
    except SidecarError as exc:
        if strict:
            raise
        rejected.append((SIDECAR_NAME, str(exc)))
        return None


def _parse_new_files(
    files: Sequence[Path],
    store: CorpusCache | None,
    rejected: list[tuple[str, str]],
    *,
    max_bytes: int,
    strict: bool,
    jobs: int,
    dask: DaskRun | None,
) -> tuple[list[tuple[str, str, str]], Parsed | None]:
    """Parse the files whose content the cache ``store`` does not hold yet and add them to
    it; every readable file as ``(doc_id, path, sha256)`` and the parsed tables of all of
    them. Files that cannot be read are added to ``rejected``.

    With a cache and without Dask, the new files' tables go to the cache part by part
    (``_parse_into_store``) and are read back from it, so this process never holds every
    file's parse result and the assembled tables at once; else (or when a part could not
    be stored) they are gathered here."""
    cached = store.read() if store is not None else None
    known = frozenset(cached.documents["sha256"]) if cached is not None else frozenset()
    options = {"max_bytes": max_bytes, "known": known, "strict": strict, "jobs": jobs}
    stored = (
        _parse_into_store(files, store, **options) if store is not None and dask is None else None
    )
    if stored is None:
        batches = parse_all(files, dask=dask, **options)
        fresh = _gathered(batches, store)
    else:
        batches, fresh = stored
    listing = [item for b in batches for item in b.listing]
    n_parsed = sum(len(b.documents) for b in batches)
    rejected += [item for b in batches for item in b.rejected]
    del batches
    parsed = cached
    if fresh is not None:
        parsed = concat_parsed([p for p in (cached, fresh) if p is not None])
    log.info(
        "parsed %d of %d files (%d from the cache)",
        n_parsed,
        len(files),
        len(listing) - n_parsed,
    )
    return listing, parsed


def _gathered(batches: list, store: CorpusCache | None) -> Parsed | None:
    """The new files' tables of ``batches`` keyed by content (None when there is none),
    added to ``store``; the batches are left without their tables."""
    if not any(len(b.documents) for b in batches):
        return None
    fresh = key_by_content(
        [b.documents for b in batches],
        [b.paragraphs for b in batches],
        [b.sentences for b in batches],
    )
    batches[:] = [without_tables(b) for b in batches]  # their tables are in ``fresh`` now
    if store is not None:
        store.write(fresh)
    return fresh


def _parse_into_store(
    files: Sequence[Path], store: CorpusCache, **options: Any
) -> tuple[list, Parsed | None] | None:
    """The files parsed into a new shard of ``store``, run by run
    (``file_parsing.parse_all_to_parts``, ``CorpusCache.write_parts``): the batches
    (listing, documents, rejected files) and the new shard as read back (None when no file
    was new); None when the parts could not be stored (with a warning)."""
    try:
        parts = store.open_parts()
    except OSError as exc:
        log.warning("corpus cache: no folder for the parsed parts (%s)", safe_name(exc))
        return None
    try:
        batches = parse_all_to_parts(files, parts, **options)
        if not any(len(b.documents) for b in batches):
            return batches, None
        documents, select = first_of_each_content([b.documents for b in batches])
        fresh = store.write_parts(documents, parts, len(batches), select)
    finally:
        parts.discard()
    if fresh is None:
        log.warning("corpus cache: the parsed files' parts were not stored; parsing them again")
        return None
    return batches, fresh
