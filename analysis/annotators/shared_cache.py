"""A disk cache of whole-corpus results, shared by the kernels of one report build.

Each report notebook runs in its own kernel, and each used to redo the same whole-corpus
work: infer the publication dates of undated articles, code the themes, find the actor
mentions, dates, events and claims. This module keeps those tables as Parquet files
next to the corpus cache, so the first kernel (or the build process itself) computes a
table and every other kernel reads it.

Where: ``<corpus cache>/derived/<fingerprint>/<name>-<key>.parquet``, a section of the
package's one store (``analysis.ingest.store``: its folder resolution, private folders,
``$VN_CORPUS_CACHE=0`` switch, package fingerprint, atomic writes, locks and broken-file
recovery); with the cache off, results are only kept within the process (see
``analysis.annotators.cached``).

Keys: ``key`` is a hash of everything a table is computed from: the files' bytes and every
metadata column of the documents (titles, outlets, authors, urls and dates, so an edited
``metadata.csv`` reaches the reports), the number of paragraphs and sentences
(``content_key``: the same files, filtered the same way, give the same key); the
*fingerprint* (``store.package_fingerprint``) hashes the package version, the
Python/pandas/pyarrow versions and every module and data file of the package, so editing
the theme dictionary, a gazetteer or any annotator starts a fresh folder and old
results are never used. Parameters that change a table (filters, a chosen theme file)
either change the corpus, and so the key, or are computed outside this cache.

One snapshot per build: the build loads the folder once (``shared_corpus``), stores the
tables under a key of their content (``snapshot_key``) and hands that key to the report
kernels it starts (``snapshot_env``), which read those tables instead of listing the folder
again, so articles added while a build runs never give one page 410 documents and another
400.

Safety (the store's): atomic writes; a file that cannot be read, or that does not hold
the columns (and, for the core tables, the types) expected of its table, is logged as a
warning, removed and recomputed; a failed write is a warning; while one process computes
a table, others wait for it (an advisory ``flock`` per table, POSIX only).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.core import document_text, paragraph_raw, schema, sentence_text
from analysis.core.errors import safe_name
from analysis.core.memory import release_free_memory
from analysis.core.rows import HeldTable
from analysis.ingest.corpus import Corpus, describe_folder, load_corpus, resolve_seeds_dir
from analysis.ingest.store import Shape, Store, cache_enabled, default_cache_dir, frame_problem

log = logging.getLogger(__name__)

DERIVED_DIR = "derived"
MAX_FILES = 200
"""Files kept per fingerprint folder; the least recently written are removed above it."""

ANNOTATION_TABLES = ("theme_hits", "mentions", "dates", "events", "claims")
"""The tables of ``analysis.annotators.annotate.Annotations`` (their columns are checked on
read)."""


SNAPSHOT_ENV = "VN_CORPUS_SNAPSHOT"
"""Set by a build for the kernels it starts: which stored corpus tables to read."""
BUILD_ENV = "VN_CORPUS_BUILD_PID"
"""Set by a build for the kernels it starts: the build's process id (``start_report``
quiets warnings only in a process other than the build's own)."""


def documents_digest(documents: pd.DataFrame) -> str:
    """A hash of every column of ``documents`` but the body text (which the ``sha256``
    column stands for): any edited title, outlet, author, url or date, from
    ``metadata.csv`` or elsewhere, changes it. About 20 ms for 10,000 documents."""
    digest = hashlib.sha256()
    for column in documents.columns:
        if column == "text":
            continue
        values = documents[column]
        digest.update(f"\x1d{column}\x1d{values.dtype}\x1d".encode())
        if pd.api.types.is_datetime64_any_dtype(values) or pd.api.types.is_numeric_dtype(values):
            digest.update(values.to_numpy().tobytes())
        else:
            texts = values.astype("str").fillna("\x00NA").tolist()
            digest.update("\x1f".join(texts).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:20]


def content_key(corpus: Corpus) -> str:
    """A stable hash of what a whole-corpus result depends on: the documents' ids and
    bytes (``corpus_hash``), the number of paragraphs and sentences, and every metadata
    column of the documents: title, outlet, author, url, publication date, precision and
    source, ... (``documents_digest``), so a filtered, date-inferred or re-titled
    corpus gets its own key."""
    digest = hashlib.sha256(corpus.corpus_hash.encode())
    # the tables as held: the same rows and metadata, without making the text
    digest.update(f":{len(corpus.held_paragraphs())}:{len(corpus.held_sentences())}:".encode())
    digest.update(documents_digest(corpus.held_documents()).encode())
    return digest.hexdigest()[:20]


def snapshot_key(corpus: Corpus) -> str:
    """A hash of a loaded corpus as a whole: ``content_key`` and its rejected files."""
    digest = hashlib.sha256(content_key(corpus).encode())
    for path, reason in corpus.rejected.itertuples(index=False):
        digest.update(f"\x1f{path}\x1e{reason}".encode("utf-8", "backslashreplace"))
    return digest.hexdigest()[:20]


HELD_FORMS: dict[str, tuple[type[HeldTable], tuple[str, ...], tuple[str, ...]]] = {
    "corpus_documents": (
        document_text.DocumentsWithoutText,
        tuple(schema.DOCUMENT_COLUMNS),
        document_text.HELD_COLUMNS,
    ),
    "corpus_paragraphs": (
        paragraph_raw.ParagraphsWithoutRaw,
        tuple(schema.PARAGRAPH_COLUMNS),
        paragraph_raw.HELD_COLUMNS,
    ),
    "corpus_sentences": (
        sentence_text.SentenceSpans,
        tuple(schema.SENTENCE_COLUMNS),
        sentence_text.HELD_COLUMNS,
    ),
    "dated_documents": (
        document_text.DocumentsWithoutText,
        tuple(schema.DOCUMENT_COLUMNS),
        document_text.HELD_COLUMNS,
    ),
}
"""The stored tables kept as the corpus holds them (``Corpus.held_documents`` ...: the
text once, in the paragraphs): each with the class that holds it, its full columns and its
columns as held. A file with either set of columns (and their types) is read."""


def held_problem(name: str, frame: pd.DataFrame) -> str:
    """What is wrong with ``frame`` as the stored table ``name`` of ``HELD_FORMS`` (its
    full columns or its columns as held, with their types), or "" when nothing is."""
    _, full, held = HELD_FORMS[name]
    problem = frame_problem(frame, full, typed=True)
    if not problem or not frame_problem(frame, held, typed=True):
        return ""
    return problem


def as_held(name: str, frame: pd.DataFrame) -> pd.DataFrame | HeldTable:
    """A stored core table as ``Corpus`` takes it: the frame as it is when it has every
    column, else held (``DocumentsWithoutText``, ``ParagraphsWithoutRaw``,
    ``SentenceSpans``), its text made from the paragraphs when first read."""
    kind, full, _ = HELD_FORMS[name]
    return frame if tuple(frame.columns) == full else kind.held(frame)


def _expected_columns(name: str) -> Shape:
    """The columns a stored table must have, and whether their types are checked too
    (the core tables), or None for a table of no known shape (and for the tables of
    ``HELD_FORMS``, checked by ``held_problem``)."""
    if name == "corpus_rejected":
        return schema.REJECTED_COLUMNS, True
    if name in ANNOTATION_TABLES:
        from analysis.annotators.claims import CLAIM_COLUMNS
        from analysis.annotators.date_table import DATE_COLUMNS
        from analysis.annotators.entities import MENTION_COLUMNS
        from analysis.annotators.events import EVENT_COLUMNS
        from analysis.annotators.themes import CODING_COLUMNS, HIT_COLUMNS

        columns = {
            "theme_hits": (*HIT_COLUMNS, *CODING_COLUMNS),
            "mentions": MENTION_COLUMNS,
            "dates": DATE_COLUMNS,
            "events": EVENT_COLUMNS,
            "claims": CLAIM_COLUMNS,
        }
        return tuple(columns[name]), False
    return None


def text_codes(values: pa.ChunkedArray, length: int) -> pd.Categorical:
    """A dictionary-encoded Arrow text column (as ``read_dictionary`` reads it) as a pandas
    categorical of ``str`` categories in sorted order (so grouping and sorting on it order
    its values as on the text), one integer code per row and each distinct string once."""
    values = values.unify_dictionaries()
    dictionary = values.chunk(0).dictionary if values.num_chunks else pa.array([], pa.string())
    indices = [c.indices.fill_null(-1).to_numpy(zero_copy_only=False) for c in values.chunks]
    raw = np.concatenate(indices).astype(np.int64) if indices else np.zeros(length, np.int64)
    categories = pd.Index(dictionary.to_pylist(), dtype="str")
    order = np.argsort(categories.to_numpy(dtype=object), kind="stable")
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    codes = np.where(raw >= 0, rank[np.maximum(raw, 0)] if len(rank) else raw, -1)
    dtype = pd.CategoricalDtype(categories[order])
    return pd.Categorical.from_codes(codes, dtype=dtype)


def as_codes(frame: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """``frame`` with its text ``columns`` as categoricals of sorted ``str`` categories
    (what ``SharedCache.read_columns`` reads with ``codes``), the others as they are."""
    coded = {
        c: pd.CategoricalDtype(pd.Index(sorted(frame[c].dropna().unique()), dtype="str"))
        for c in columns
        if c in frame.columns
    }
    return frame.astype(coded) if coded else frame


class SharedCache(Store):
    """The derived-results folder of one fingerprint under a corpus cache ``root``
    (``Store`` section ``derived``; each table's columns are checked on read)."""

    def __init__(self, root: Path, fingerprint: str | None = None) -> None:
        super().__init__(root, DERIVED_DIR, fingerprint)

    def read(self, name: str, key: str, shape: Shape = None) -> pd.DataFrame | None:
        """The stored table (see ``Store.read``), checked against its table's columns (a
        table of ``HELD_FORMS``: its full columns or its columns as held)."""
        if shape is not None or name not in HELD_FORMS:
            return super().read(name, key, shape or _expected_columns(name))
        frame = super().read(name, key)
        problem = held_problem(name, frame) if frame is not None else ""
        if not problem:
            return frame
        log.warning(
            "cache file %s cannot be read as its table (it has %s); computing it again",
            safe_name(self.path(name, key)),
            safe_name(problem, limit=300),
        )
        self.remove(name, key)
        return None

    def read_columns(
        self, name: str, key: str, columns: Sequence[str], codes: Sequence[str] = ()
    ) -> pd.DataFrame | None:
        """Only ``columns`` of the stored table (in that order; Parquet reads no other
        column), those of ``codes`` as categoricals (``text_codes``), or None when it is
        not stored or does not have them (``read`` then checks the whole file, removing a
        broken one)."""
        path = self.path(name, key)
        expected = _expected_columns(name)
        if not path.exists() or (expected and not set(columns) <= set(expected[0])):
            return None
        coded = [c for c in columns if c in set(codes)]
        plain = [c for c in columns if c not in set(coded)]
        try:
            frame = pd.read_parquet(path, columns=plain)
            if coded:
                encoded = pq.read_table(path, columns=coded, read_dictionary=coded)
                for column in coded:
                    frame[column] = text_codes(encoded.column(column), len(frame))
        except Exception as exc:  # the whole-table read decides what to do with the file
            log.debug("cache: columns of %s not read (%s)", safe_name(path), exc)
            return None
        return frame[list(columns)] if tuple(frame.columns) != tuple(columns) else frame

    def write(self, name: str, key: str, frame: pd.DataFrame) -> bool:
        """Store ``frame`` atomically, keeping at most ``MAX_FILES`` tables."""
        written = super().write(name, key, frame)
        if written:
            self.prune(MAX_FILES)
            for mapped in self.folder.glob("*.arrow"):  # the mapped form of a pruned table
                if not mapped.with_suffix(".parquet").exists():
                    mapped.unlink(missing_ok=True)
        return written

    def get_or_compute(
        self, name: str, key: str, compute: Callable[[], pd.DataFrame], shape: Shape = None
    ) -> pd.DataFrame:
        """``Store.get_or_compute`` with the table's columns checked."""
        return super().get_or_compute(name, key, compute, shape or _expected_columns(name))


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
