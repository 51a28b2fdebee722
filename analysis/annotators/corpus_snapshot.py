"""The corpus snapshot a build shares with its report kernels: the loaded folder's tables
stored once in the shared cache (``analysis.annotators.shared_cache.SharedCache``) and read
back by every kernel.

One snapshot per build: the build loads the folder once (``shared_corpus``), stores the
tables under a key of their content (``snapshot_key``) and hands that key to the report
kernels it starts (``snapshot_env``), which read those tables instead of listing the folder
again, so articles added while a build runs never give one page 410 documents and another
400. Outside a build, the tables are stored per folder state (``folder_key``), so a kernel
reads four Parquet files instead of parsing the folder again. The corpus is stored as it
holds it (the text once, in the paragraphs), the paragraphs also as an uncompressed Arrow
file that readers memory-map (``MAPPED_TABLES``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.annotators.shared_cache import (
    HELD_FORMS,
    SharedCache,
    as_held,
    content_key,
    held_problem,
)
from analysis.core.errors import safe_name
from analysis.core.memory import release_free_memory
from analysis.ingest.corpus import Corpus, describe_folder, load_corpus, resolve_seeds_dir
from analysis.ingest.store import cache_enabled, default_cache_dir

log = logging.getLogger(__name__)

SNAPSHOT_ENV = "VN_CORPUS_SNAPSHOT"
"""Set by a build for the kernels it starts: which stored corpus tables to read."""
BUILD_ENV = "VN_CORPUS_BUILD_PID"
"""Set by a build for the kernels it starts: the build's process id (``start_report``
quiets warnings only in a process other than the build's own)."""


def snapshot_key(corpus: Corpus) -> str:
    """A hash of a loaded corpus as a whole: ``content_key`` and its rejected files."""
    digest = hashlib.sha256(content_key(corpus).encode())
    for path, reason in corpus.rejected.itertuples(index=False):
        digest.update(f"\x1f{path}\x1e{reason}".encode("utf-8", "backslashreplace"))
    return digest.hexdigest()[:20]


CORPUS_TABLES = ("documents", "paragraphs", "sentences", "rejected")


def folder_key(seeds_dir: Path) -> str:
    """A hash of what loading the folder reads (``corpus.describe_folder``): every article
    file's name and content hash, every skipped entry and ``metadata.csv``'s content. Any
    added, removed, renamed or rewritten file changes it, even one whose size and
    modification time were kept (``cp -p``, ``rsync -a``, ``tar x``); touching a file
    does not."""
    digest = hashlib.sha256()
    for line in describe_folder(seeds_dir):
        digest.update(line.encode("utf-8", "backslashreplace") + b"\n")
    return digest.hexdigest()[:20]


def snapshot_env(seeds_dir: str | Path, corpus: Corpus) -> dict[str, str]:
    """The environment variables that make the report kernels a build starts read
    ``corpus`` (the build's one snapshot of ``seeds_dir``, as ``shared_corpus`` returned
    it) rather than list the folder again; stores its tables when they are not stored yet.
    Only ``BUILD_ENV`` when the cache is off (the kernels then load the folder themselves)."""
    seeds = resolve_seeds_dir(seeds_dir).resolve()
    if not cache_enabled():
        return {BUILD_ENV: str(os.getpid())}
    store = SharedCache(default_cache_dir(seeds))
    key = snapshot_key(corpus)
    if not all(store.path(f"corpus_{t}", key).exists() for t in CORPUS_TABLES):
        _write_corpus(store, key, corpus)
    value = {"seeds": os.fsencode(str(seeds)).hex(), "key": key, "pid": os.getpid()}
    return {SNAPSHOT_ENV: json.dumps(value), BUILD_ENV: str(os.getpid())}


def _build_snapshot(seeds: Path) -> str:
    """The snapshot key a build handed to this process for ``seeds`` (``snapshot_env``),
    or "": none set, set for another folder, or set in this very process (a build
    re-lists the folder for its own next build)."""
    try:
        value = json.loads(os.environ.get(SNAPSHOT_ENV, "") or "{}")
        same = value.get("seeds") == os.fsencode(str(seeds.resolve())).hex()
        return str(value["key"]) if same and value.get("pid") != os.getpid() else ""
    except (ValueError, KeyError, TypeError, AttributeError):
        return ""


MAPPED_TABLES = ("corpus_paragraphs",)
"""The stored tables also written as an uncompressed Arrow file that readers map
(``read_mapped``): the paragraphs' text (about 110 MB per 10,000 articles) is read from
the page cache where it is used, its pages shared by every process of the build that maps
the file (Parquet, compressed, gives each reader its own copy of every column)."""


def mapped_path(store: SharedCache, name: str, key: str) -> Path:
    """Where the mapped form of the stored table ``name`` (``MAPPED_TABLES``) is kept."""
    return store.path(name, key).with_suffix(".arrow")


def write_mapped(store: SharedCache, name: str, key: str, frame: pd.DataFrame) -> None:
    """Write ``frame`` as an uncompressed Arrow file (atomically: a temporary file then a
    rename, so a process mapping the old file keeps it); a failure is a warning (readers
    then read the Parquet file)."""
    import tempfile

    path = mapped_path(store, name, key)
    try:
        table = pa.Table.from_pandas(frame, preserve_index=False)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        os.close(handle)
        try:
            with pa.OSFile(temp, "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
                writer.write_table(table)
            os.replace(temp, path)
        finally:
            Path(temp).unlink(missing_ok=True)
    except Exception as exc:  # the Parquet file is still there: a failed write only costs memory
        log.warning("cache file %s not written (%s)", safe_name(path), safe_name(exc, limit=300))


def read_mapped(store: SharedCache, name: str, key: str) -> pd.DataFrame | None:
    """The stored table ``name`` from its mapped form (``write_mapped``): its text columns
    refer to the file's pages, not to copies; None when there is none, or when it cannot
    be read or is not the table (then it is removed, and the Parquet file is read)."""
    path = mapped_path(store, name, key)
    if not path.exists():
        return None
    try:
        frame = pa.ipc.open_file(pa.memory_map(str(path))).read_all().to_pandas()
        problem = held_problem(name, frame)
        if problem:
            raise ValueError(f"it has {problem}")
    except Exception as exc:
        log.warning("cache file %s cannot be read (%s)", safe_name(path), safe_name(exc, limit=300))
        path.unlink(missing_ok=True)
        return None
    return frame


def _read_table(store: SharedCache, name: str, key: str) -> pd.DataFrame | None:
    """A stored table: mapped (``MAPPED_TABLES``, when its Arrow file is there) or read."""
    if name in MAPPED_TABLES:
        frame = read_mapped(store, name, key)
        if frame is not None:
            return frame
    return store.read(name, key)


def stored_corpus(seeds: Path, key: str, *, text: bool = True) -> Corpus | None:
    """The corpus stored under the snapshot ``key`` for ``seeds`` (what a report kernel of
    a build reads: ``shared_corpus``), its tables held as stored; None when the cache is
    off or a table is missing or broken. ``text=False``: its paragraphs without the
    ``text`` column (nor the documents' and sentences' text, made from it: a corpus for
    counting paragraphs, whose text must not be read)."""
    if not cache_enabled():
        return None
    return _read_corpus(SharedCache(default_cache_dir(seeds)), key, seeds, text=text)


def _read_corpus(store: SharedCache, key: str, seeds: Path, *, text: bool = True) -> Corpus | None:
    """The stored corpus ``key``, its tables held as written (``as_held``), the paragraphs
    mapped (``MAPPED_TABLES``) or read without their text (``text=False``)."""
    names = [f"corpus_{t}" for t in CORPUS_TABLES]
    tables = [
        _paragraphs_without_text(store, key)
        if not text and name == "corpus_paragraphs"
        else _read_table(store, name, key)
        for name in names
    ]
    if any(t is None for t in tables):
        return None
    held = [
        as_held(n, t) if n in HELD_FORMS and (text or n != "corpus_paragraphs") else t
        for n, t in zip(names, tables, strict=True)
    ]
    return Corpus(*held, seeds_dir=str(seeds.resolve()))  # type: ignore[arg-type]


def _paragraphs_without_text(store: SharedCache, key: str) -> pd.DataFrame | None:
    """The stored paragraphs of the snapshot ``key`` without ``text`` (not ``store.read``:
    it takes such a table for a broken one); None when missing or unreadable."""
    path = store.path("corpus_paragraphs", key)
    try:
        columns = [c for c in pq.ParquetFile(path).schema_arrow.names if c != "text"]
        return pd.read_parquet(path, columns=columns)
    except Exception:  # missing or broken: the caller reads the folder again
        return None


def _write_corpus(store: SharedCache, key: str, corpus: Corpus) -> bool:
    """Store the tables of ``corpus`` as it holds them (the text once, in the paragraphs,
    not made or read three more times); whether every table was written."""
    held = {t: getattr(corpus, f"held_{t}")() for t in ("documents", "paragraphs", "sentences")}
    held["rejected"] = corpus.rejected
    written = [store.write(f"corpus_{t}", key, held[t]) for t in CORPUS_TABLES]
    for table, done in zip(CORPUS_TABLES, written, strict=True):
        if done and f"corpus_{table}" in MAPPED_TABLES:
            write_mapped(store, f"corpus_{table}", key, held[table])
    return all(written)


def _pointed_corpus(store: SharedCache, key: str, seeds: Path) -> Corpus | None:
    """The corpus stored for the folder state ``key`` (through its snapshot key)."""
    pointer = store.read("corpus_snapshot", key)
    if pointer is None or "snapshot" not in pointer or len(pointer) != 1:
        return None
    return _read_corpus(store, str(pointer["snapshot"].iloc[0]), seeds)


def shared_corpus(
    seeds_dir: str | Path = "seeds",
    *,
    engine: str = "serial",
    jobs: int | None = None,
    scheduler: str | None = None,
    run_dir: str | Path | None = None,
) -> Corpus:
    """``load_corpus(seeds_dir, engine=engine, jobs=jobs, ...)``, shared between kernels: the
    assembled tables (documents with duplicates marked, paragraphs, sentences, rejected
    files) are stored once per folder state (``folder_key``: the files' contents and
    ``metadata.csv``) and package fingerprint, so a kernel reads four Parquet files instead
    of parsing, assembling and de-duplicating every article again. In a report kernel
    started by a build, the build's own snapshot is read (``snapshot_env``) and the folder
    is not looked at. Falls back to ``load_corpus`` when the cache is off or cannot be
    used."""
    seeds = resolve_seeds_dir(seeds_dir)
    options = {"engine": engine, "jobs": jobs, "scheduler": scheduler, "run_dir": run_dir}
    if not cache_enabled() or not seeds.is_dir():
        # raises SeedsNotFoundError for a missing folder
        return load_corpus(seeds, **options)
    store = SharedCache(default_cache_dir(seeds))
    snapshot = _build_snapshot(seeds)
    if snapshot:
        corpus = _read_corpus(store, snapshot, seeds)
        if corpus is not None:
            return corpus
        log.warning(
            "the build's corpus tables for %s are gone from the cache; reading the folder again",
            safe_name(seeds),
        )
    key = folder_key(seeds)
    corpus = _pointed_corpus(store, key, seeds)
    if corpus is not None:
        return corpus
    with store.lock("corpus", key):
        corpus = _pointed_corpus(store, key, seeds)  # stored by another process meanwhile
        if corpus is not None:
            return corpus
        return _load_and_store(store, key, seeds, options)


def _load_and_store(store: SharedCache, key: str, seeds: Path, options: dict[str, Any]) -> Corpus:
    """``load_corpus(seeds, **options)`` stored as the snapshot of the folder state ``key``,
    released, and read back as a kernel reads it (``_read_corpus``: the text mapped): a
    build never holds both, and forks its workers without a private copy of the text. The
    loaded corpus when it cannot be stored; loaded again when it cannot be read back."""
    corpus = load_corpus(seeds, **options)
    snapshot = snapshot_key(corpus)
    if not _write_corpus(store, snapshot, corpus):
        return corpus
    if folder_key(seeds) == key:  # nothing changed while it was read: remember it
        store.write("corpus_snapshot", key, pd.DataFrame({"snapshot": [snapshot]}))
    del corpus
    release_free_memory()
    stored = _read_corpus(store, snapshot, seeds)
    return stored if stored is not None else load_corpus(seeds, **options)
