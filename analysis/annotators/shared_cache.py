"""A disk cache of whole-corpus results, shared by the kernels of one report build.

Each report notebook runs in its own kernel, and each used to redo the same whole-corpus
work: infer the publication dates of undated articles, code the themes, find the actor
mentions, dates, events and claims. This module keeps those tables as Parquet files
next to the corpus cache, so the first kernel (or the build process itself) computes a
table and every other kernel reads it.

Where: ``<corpus cache>/derived/<fingerprint>/<name>-<key>.parquet``, where the corpus
cache is ``analysis.ingest.cache.default_cache_dir`` (beside the seeds when that folder is the
user's own, else the user's cache directory, or ``$VN_CORPUS_CACHE_DIR``), in private
folders. ``$VN_CORPUS_CACHE=0`` turns this cache off as well (results are then only kept
within the process, see ``analysis.annotators.cached``).

Keys: ``key`` is a hash of everything a table is computed from: the files' bytes and every
metadata column of the documents (titles, outlets, authors, urls and dates, so an edited
``metadata.csv`` reaches the reports), the number of paragraphs and sentences
(``content_key``: the same files, filtered the same way, give the same key); the
*fingerprint* hashes the package version, the Python/pandas/pyarrow versions and every
module and data file of the package, so editing the theme dictionary, a gazetteer or any
annotator starts a fresh folder and old results are never used. Parameters that change a
table (filters, a chosen theme file) either change the corpus, and so the key, or are
computed outside this cache.

One snapshot per build: the build loads the folder once (``shared_corpus``), stores the
tables under a key of their content (``snapshot_key``) and hands that key to the report
kernels it starts (``snapshot_env``), which read those tables instead of listing the folder
again, so articles added while a build runs never give one page 410 documents and another
400.

Safety: files are written atomically (temporary file, then rename); a file that cannot be
read, or that does not hold the columns (and, for the core tables, the types) expected
of its table, is logged as a warning, removed and recomputed; a failed write is a
warning, never an error.
While one process computes a table, others asking for the same table wait for it (an
advisory ``flock`` per table, POSIX only) instead of computing it a second time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pandas as pd

from analysis.core import schema
from analysis.core.errors import safe_name
from analysis.ingest.cache import (
    cache_enabled,
    default_cache_dir,
    frame_problem,
    make_private_dir,
    package_inputs,
    parser_fingerprint,
    write_parquet_atomically,
)
from analysis.ingest.corpus import Corpus, describe_folder, load_corpus, resolve_seeds_dir

try:  # POSIX: let a second kernel wait for the first instead of computing twice
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

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


def analysis_inputs() -> list[Path]:
    """Every module and data file of the package (what a cached result may depend on)."""
    return list(package_inputs())


def analysis_fingerprint(inputs: Sequence[Path] | None = None) -> str:
    """A short hash of the package version, the runtime versions and the content of
    ``inputs`` (default: every module and data file of the package, read at call time)."""
    return parser_fingerprint(analysis_inputs() if inputs is None else inputs)


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
    digest.update(f":{len(corpus.paragraphs)}:{len(corpus.sentences)}:".encode())
    digest.update(documents_digest(corpus.documents).encode())
    return digest.hexdigest()[:20]


def snapshot_key(corpus: Corpus) -> str:
    """A hash of a loaded corpus as a whole: ``content_key`` and its rejected files."""
    digest = hashlib.sha256(content_key(corpus).encode())
    for path, reason in corpus.rejected.itertuples(index=False):
        digest.update(f"\x1f{path}\x1e{reason}".encode("utf-8", "backslashreplace"))
    return digest.hexdigest()[:20]


def _expected_columns(name: str) -> tuple[tuple[str, ...], bool] | None:
    """The columns a stored table must have, and whether their types are checked too
    (the core tables), or None for a table of no known shape."""
    core = {
        "documents": schema.DOCUMENT_COLUMNS,
        "paragraphs": schema.PARAGRAPH_COLUMNS,
        "sentences": schema.SENTENCE_COLUMNS,
        "rejected": schema.REJECTED_COLUMNS,
    }
    if name.startswith("corpus_") and name.removeprefix("corpus_") in core:
        return core[name.removeprefix("corpus_")], True
    if name == "dated_documents":
        return schema.DOCUMENT_COLUMNS, True
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


class SharedCache:
    """The derived-results folder of one fingerprint under a corpus cache ``root``."""

    def __init__(self, root: Path, fingerprint: str | None = None) -> None:
        self.root = Path(root)
        self.folder = self.root / DERIVED_DIR / (fingerprint or analysis_fingerprint())

    def __repr__(self) -> str:
        return f"SharedCache({self.folder})"

    def path(self, name: str, key: str) -> Path:
        """Where the table ``name`` of the corpus with ``key`` is stored."""
        return self.folder / f"{name}-{key}.parquet"

    def read(self, name: str, key: str) -> pd.DataFrame | None:
        """The stored table, or None when there is none, or when it cannot be read or
        does not have the columns (and types) of its table: then it is removed, with a
        warning, and recomputed by the caller."""
        path = self.path(name, key)
        if not path.exists():
            return None
        try:
            frame = pd.read_parquet(path)
            expected = _expected_columns(name)
            problem = frame_problem(frame, expected[0], typed=expected[1]) if expected else ""
            if problem:
                raise ValueError(f"it has {problem}")
            return frame
        except Exception as exc:  # a broken file must never stop a report
            log.warning(
                "shared cache file %s cannot be read as its table (%s); recomputing",
                safe_name(path),
                safe_name(exc, limit=300),
            )
            with contextlib.suppress(OSError):
                path.unlink()
            return None

    def write(self, name: str, key: str, frame: pd.DataFrame) -> None:
        """Store ``frame`` atomically; failures are logged as warnings."""
        try:
            make_private_dir(self.folder)
            write_parquet_atomically(frame, self.path(name, key))
            self._prune()
        except Exception as exc:
            log.warning(
                "shared cache %s cannot be written (%s); continuing without",
                safe_name(self.folder),
                safe_name(exc),
            )

    def _prune(self) -> None:
        files = sorted(self.folder.glob("*.parquet"), key=lambda p: p.stat().st_mtime)
        for old in files[: max(0, len(files) - MAX_FILES)]:
            old.unlink(missing_ok=True)
            (old.parent / f".{old.stem}.lock").unlink(missing_ok=True)

    @contextlib.contextmanager
    def lock(self, name: str, key: str) -> Iterator[None]:
        """Hold an exclusive advisory lock on one table (nothing when it cannot be had)."""
        handle = None
        if fcntl is not None:
            try:
                make_private_dir(self.folder)
                handle = open(self.folder / f".{name}-{key}.lock", "a+b")  # noqa: SIM115
                fcntl.flock(handle, fcntl.LOCK_EX)
            except OSError as exc:
                log.debug("shared cache: no lock for %s (%s)", name, exc)
                if handle is not None:
                    handle.close()
                handle = None
        try:
            yield
        finally:
            if handle is not None:
                fcntl.flock(handle, fcntl.LOCK_UN)
                handle.close()

    def get_or_compute(
        self, name: str, key: str, compute: Callable[[], pd.DataFrame]
    ) -> pd.DataFrame:
        """The stored table ``name`` for ``key``, computed and stored when missing (while
        another process computes it, wait for it rather than compute it twice)."""
        found = self.read(name, key)
        if found is not None:
            log.debug("shared cache: %s read from %s", name, self.folder)
            return found
        with self.lock(name, key):
            found = self.read(name, key)  # written by another process while we waited
            if found is not None:
                return found
            frame = compute()
            self.write(name, key, frame)
            return frame


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


def _read_corpus(store: SharedCache, key: str, seeds: Path) -> Corpus | None:
    tables = [store.read(f"corpus_{t}", key) for t in CORPUS_TABLES]
    if any(t is None for t in tables):
        return None
    return Corpus(*tables, seeds_dir=str(seeds.resolve()))  # type: ignore[arg-type]


def _write_corpus(store: SharedCache, key: str, corpus: Corpus) -> None:
    for table in CORPUS_TABLES:
        store.write(f"corpus_{table}", key, getattr(corpus, table))


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
        corpus = load_corpus(seeds, **options)
        snapshot = snapshot_key(corpus)
        _write_corpus(store, snapshot, corpus)
        if folder_key(seeds) == key:  # nothing changed while it was read: remember it
            store.write("corpus_snapshot", key, pd.DataFrame({"snapshot": [snapshot]}))
        return corpus
