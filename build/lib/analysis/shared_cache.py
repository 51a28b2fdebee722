"""A disk cache of whole-corpus results, shared by the kernels of one report build.

Each report notebook runs in its own kernel, and each used to redo the same whole-corpus
work: infer the publication dates of undated articles, code the themes, find the actor
mentions, dates, events and claims. This module keeps those tables as Parquet files
next to the corpus cache, so the first kernel (or the build process itself) computes a
table and every other kernel reads it.

Where: ``<corpus cache>/derived/<fingerprint>/<name>-<key>.parquet``, where the corpus
cache is ``analysis.cache.default_cache_dir`` (``<seeds>/../.cache/corpus`` or
``$VN_CORPUS_CACHE_DIR``). ``$VN_CORPUS_CACHE=0`` turns this cache off as well (results
are then only kept within the process, see ``analysis.memo``).

Keys: ``key`` is a hash of the corpus's content *and* of its publication dates
(``content_key``: the same files, filtered the same way, give the same key); the
*fingerprint* hashes the package version and every module and data file of the package
(``ANALYSIS_INPUTS``), so editing the theme dictionary, a gazetteer or any annotator
starts a fresh folder and old results are never used.

Safety: files are written atomically (temporary file, then rename); a file that cannot be
read is logged as a warning and recomputed; a failed write is a warning, never an error.
While one process computes a table, others asking for the same table wait for it (an
advisory ``flock`` per table, POSIX only) instead of computing it a second time.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from analysis.cache import (
    PACKAGE_DIR,
    cache_enabled,
    default_cache_dir,
    parser_fingerprint,
)
from analysis.corpus import Corpus, load_corpus, resolve_seeds_dir
from analysis.memo import memoized

if TYPE_CHECKING:
    from analysis.annotate import Annotations

try:  # POSIX: let a second kernel wait for the first instead of computing twice
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

DERIVED_DIR = "derived"
MAX_FILES = 200
"""Files kept per fingerprint folder; the least recently written are removed above it."""

ANNOTATION_TABLES = ("theme_hits", "mentions", "dates", "events", "claims")
"""The tables of ``analysis.annotate.Annotations``, in its field order."""


def analysis_inputs() -> list[Path]:
    """Every module and data file of the package (what a cached result may depend on)."""
    modules = sorted(PACKAGE_DIR.rglob("*.py"))
    data = sorted(p for p in (PACKAGE_DIR / "data").rglob("*") if p.is_file())
    return [*modules, *data]


def analysis_fingerprint(inputs: Sequence[Path] | None = None) -> str:
    """A short hash of the package version and the content of ``inputs`` (default: every
    module and data file of the package, read at call time)."""
    return parser_fingerprint(analysis_inputs() if inputs is None else inputs)


def content_key(corpus: Corpus) -> str:
    """A stable hash of what a whole-corpus result depends on: the documents' ids and
    bytes (``corpus_hash``), the number of paragraphs and sentences, and every document's
    publication date, precision and date source (so a filtered or date-inferred corpus
    gets its own key)."""
    docs = corpus.documents
    digest = hashlib.sha256(corpus.corpus_hash.encode())
    digest.update(f":{len(docs)}:{len(corpus.paragraphs)}:{len(corpus.sentences)}".encode())
    for column in ("doc_id", "published", "published_precision", "date_source"):
        if column not in docs:
            continue
        digest.update(docs[column].astype("str").str.cat(sep="\x1f").encode())
        digest.update(b"\x1e")
    return digest.hexdigest()[:20]


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
        """The stored table, or None when there is none or it cannot be read (a warning)."""
        path = self.path(name, key)
        if not path.exists():
            return None
        try:
            return pd.read_parquet(path)
        except Exception as exc:  # a broken file must never stop a report
            log.warning("shared cache file %s cannot be read (%s); recomputing", path, exc)
            return None

    def write(self, name: str, key: str, frame: pd.DataFrame) -> None:
        """Store ``frame`` atomically; failures are logged as warnings."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=self.folder, prefix=f".{name}-", suffix=".tmp")
            os.close(handle)
            try:
                frame.to_parquet(temp, index=False)
                os.replace(temp, self.path(name, key))
            finally:
                Path(temp).unlink(missing_ok=True)
            self._prune()
        except Exception as exc:
            log.warning("shared cache %s cannot be written (%s); continuing without", self, exc)

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
                self.folder.mkdir(parents=True, exist_ok=True)
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


def open_shared_cache(seeds_dir: str | Path | None, corpus: Corpus) -> SharedCache | None:
    """The shared cache for a corpus read from ``seeds_dir`` (when None: the folder of the
    corpus's first file), or None when ``$VN_CORPUS_CACHE=0`` or no folder is known."""
    if not cache_enabled():
        return None
    if seeds_dir is None:
        paths = corpus.documents.get("path", pd.Series(dtype="str"))
        if not len(paths):
            return None
        seeds_dir = Path(str(paths.iloc[0])).parent
    return SharedCache(default_cache_dir(Path(seeds_dir)))


CORPUS_TABLES = ("documents", "paragraphs", "sentences", "rejected")


def folder_key(seeds_dir: Path) -> str:
    """A hash of the folder's listing: the absolute path, then every entry's name, size and
    modification time (nanoseconds). Any added, removed, rewritten or touched file,
    ``metadata.csv`` included, changes it; reading the files is not needed."""
    digest = hashlib.sha256(str(seeds_dir.resolve()).encode())
    with os.scandir(seeds_dir) as entries:
        listing = sorted((e.name, e.stat()) for e in entries if not e.name.startswith("."))
    for name, stat in listing:
        digest.update(f"\x1f{name}\x1e{stat.st_size}\x1e{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:20]


def shared_corpus(
    seeds_dir: str | Path = "seeds", *, engine: str = "serial", jobs: int | None = None
) -> Corpus:
    """``load_corpus(seeds_dir, engine=engine, jobs=jobs)``, shared between kernels: the
    assembled tables (documents with duplicates marked, paragraphs, sentences, rejected
    files) are stored once per folder state (``folder_key``) and package fingerprint, so a
    kernel reads four Parquet files instead of hashing, assembling and de-duplicating every
    article again. Falls back to ``load_corpus`` when the cache is off or cannot be used."""
    seeds = resolve_seeds_dir(seeds_dir)
    if not cache_enabled() or not seeds.is_dir():
        # raises SeedsNotFoundError for a missing folder
        return load_corpus(seeds, engine=engine, jobs=jobs)
    store = SharedCache(default_cache_dir(seeds))
    key = folder_key(seeds)
    tables = [store.read(f"corpus_{t}", key) for t in CORPUS_TABLES]
    if all(t is not None for t in tables):
        return Corpus(*tables)
    with store.lock("corpus", key):
        tables = [store.read(f"corpus_{t}", key) for t in CORPUS_TABLES]
        if all(t is not None for t in tables):
            return Corpus(*tables)
        corpus = load_corpus(seeds, engine=engine, jobs=jobs)
        for table in CORPUS_TABLES:
            store.write(f"corpus_{table}", key, getattr(corpus, table))
        return corpus


def shared_table(
    corpus: Corpus,
    name: str,
    compute: Callable[[], pd.DataFrame],
    *,
    seeds_dir: str | Path | None = None,
) -> pd.DataFrame:
    """``compute()`` for ``corpus`` once per build: kept in this process (``memo``) and on
    disk for the other kernels (see the module docstring). ``name`` says what it is."""

    def from_disk() -> pd.DataFrame:
        store = open_shared_cache(seeds_dir, corpus)
        if store is None:
            return compute()
        return store.get_or_compute(name, content_key(corpus), compute)

    return memoized(corpus, f"shared:{name}", from_disk)


def dated_corpus(corpus: Corpus, seeds_dir: str | Path | None = None) -> Corpus:
    """``timeline.with_inferred_dates(corpus)``, shared between kernels: the documents
    table with inferred dates is stored once per corpus and reused by every report."""
    from analysis.timeline import with_inferred_dates

    def compute() -> pd.DataFrame:
        return with_inferred_dates(corpus).documents

    documents = shared_table(corpus, "dated_documents", compute, seeds_dir=seeds_dir)
    dated = corpus if documents is corpus.documents else replace(corpus, documents=documents)
    return dated


def annotation(corpus: Corpus, name: str, *, seeds_dir: str | Path | None = None) -> pd.DataFrame:
    """One table of ``analysis.annotate.annotate(corpus)`` (``name`` in
    ``ANNOTATION_TABLES``), shared between kernels. The first request for a corpus whose
    tables are not stored yet computes all of them in one ``annotate`` call (one date pass
    for dates, events and claims) via ``prepare_annotations``."""
    if name not in ANNOTATION_TABLES:
        raise ValueError(f"name = {name!r} is invalid; must be one of {list(ANNOTATION_TABLES)}")

    def stored_or_all() -> pd.DataFrame:
        store = open_shared_cache(seeds_dir, corpus)
        found = store.read(name, content_key(corpus)) if store is not None else None
        if found is not None:
            return found
        return getattr(prepare_annotations(corpus, seeds_dir), name)

    return memoized(corpus, f"shared:{name}", stored_or_all)


def shared_annotations(corpus: Corpus, *, seeds_dir: str | Path | None = None) -> Annotations:
    """``analysis.annotate.annotate(corpus)`` with every table shared between kernels."""
    from analysis.annotate import Annotations

    return Annotations(*(annotation(corpus, n, seeds_dir=seeds_dir) for n in ANNOTATION_TABLES))


def shared_theme_hits(
    corpus: Corpus,
    themes: Sequence[str] = (),
    *,
    theme_file: str | Path = "",
    seeds_dir: str | Path | None = None,
) -> pd.DataFrame:
    """``themes.theme_hits(corpus, resolve_themes(theme_file or None, themes))``: with the
    packaged dictionary, the shared ``theme_hits`` table restricted to the chosen theme ids
    (themes are matched independently, so the rows are the same); with a ``theme_file``,
    computed here."""
    from analysis.themes import resolve_themes, theme_hits

    selected = resolve_themes(theme_file or None, themes)
    if theme_file:
        return theme_hits(corpus, selected)
    hits = annotation(corpus, "theme_hits", seeds_dir=seeds_dir)
    ids = [t.id for t in selected]
    return hits.loc[hits["theme"].isin(ids)].reset_index(drop=True)


def prepare_annotations(
    corpus: Corpus, seeds_dir: str | Path | None = None, *, jobs: int | None = None
) -> Annotations:
    """Fill the shared cache with every annotation table of ``corpus`` in one
    ``annotate(corpus, jobs=jobs)`` call (its worker processes, its shared date pass) when
    any is missing, so that the report kernels only read them. The build process calls it
    before the kernels start; ``annotation`` calls it on a miss. Returns the
    ``Annotations`` (also kept in this process)."""
    from analysis.annotate import Annotations, annotate

    store = open_shared_cache(seeds_dir, corpus)
    key = content_key(corpus)

    def stored() -> Annotations | None:
        found = [store.read(name, key) for name in ANNOTATION_TABLES] if store else [None]
        return Annotations(*found) if all(t is not None for t in found) else None

    tables = stored()
    if tables is None:
        with store.lock("annotations", key) if store is not None else contextlib.nullcontext():
            tables = stored() or annotate(corpus, jobs=jobs)  # another kernel may have written
            if store is not None:
                for name, table in tables.tables():
                    store.write(name, key, table)
    for name, table in tables.tables():
        memoized(corpus, f"shared:{name}", lambda table=table: table)
    return tables
