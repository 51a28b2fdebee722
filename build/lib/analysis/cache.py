"""A Parquet cache of parsed files, so that a reload re-parses only new or changed files.

What is cached is the parser's output for one file's bytes: its documents row, its
paragraphs and its sentences, keyed by the file's ``sha256``. The cache folder is
``<seeds>/../.cache/corpus/`` (git-ignored), or ``$VN_CORPUS_CACHE_DIR``; setting
``VN_CORPUS_CACHE=0`` turns it off. Inside it, one sub-folder per *parser fingerprint*:
the package version plus a hash of the data files and modules that parsing depends on
(``PARSER_INPUTS``), so that editing ``outlets.yaml`` or upgrading the package starts a
fresh cache and old entries are never used.

Each load that parsed new files adds one *shard* (three Parquet files written atomically);
when a fingerprint folder holds more than ``MAX_SHARDS`` shards they are merged into one.
A cache that cannot be read is never fatal: the loader logs a warning and parses.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pandas as pd

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent
CACHE_ENV = "VN_CORPUS_CACHE"
CACHE_DIR_ENV = "VN_CORPUS_CACHE_DIR"
MAX_SHARDS = 16
TABLES = ("documents", "paragraphs", "sentences")

#: Files whose content decides what the parser returns: a change to any of them
#: invalidates the cache. Data files first, then the parsing modules' own source.
PARSER_INPUTS: tuple[Path, ...] = tuple(
    PACKAGE_DIR / name
    for name in (
        "data/outlets.yaml",
        "data/page_layout.yaml",
        "data/timeline_congresses.csv",
        "data/periods.csv",
        "data/timeline_parties.csv",
        "corpus.py",
        "decode.py",
        "layout.py",
        "dates.py",
        "text.py",
        "schema.py",
    )
)


@dataclass(frozen=True)
class Parsed:
    """Parsed files keyed by content: ``documents`` has the schema's columns (``doc_id``
    and ``path`` of whichever file was parsed); ``paragraphs`` and ``sentences`` have
    ``sha256`` in place of ``doc_id``. One entry per distinct ``sha256``."""

    documents: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame

    def __len__(self) -> int:
        return len(self.documents)


def cache_enabled() -> bool:
    """False when ``$VN_CORPUS_CACHE`` is ``0``, ``false``, ``no`` or ``off``."""
    return os.environ.get(CACHE_ENV, "1").strip().lower() not in {"0", "false", "no", "off"}


def default_cache_dir(seeds_dir: Path) -> Path:
    """``$VN_CORPUS_CACHE_DIR`` when set, else ``<seeds_dir>/../.cache/corpus``."""
    configured = os.environ.get(CACHE_DIR_ENV, "").strip()
    if configured:
        return Path(configured)
    return seeds_dir.resolve().parent / ".cache" / "corpus"


def package_version() -> str:
    """The installed package version (``0+unknown`` from an uninstalled tree)."""
    try:
        return version("vn-diplomacy-corpus")
    except PackageNotFoundError:
        return "0+unknown"


def parser_fingerprint(inputs: Sequence[Path] | None = None) -> str:
    """A short hash of the package version and the content of ``inputs``
    (default ``PARSER_INPUTS``, read at call time); a missing file counts as empty."""
    digest = hashlib.sha256(package_version().encode())
    for path in PARSER_INPUTS if inputs is None else inputs:
        digest.update(str(Path(path).name).encode())
        try:
            digest.update(hashlib.sha256(Path(path).read_bytes()).digest())
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()[:16]


def _shard_ids(folder: Path) -> list[str]:
    """Shards that are complete (all three tables present), oldest name first."""
    if not folder.is_dir():
        return []
    ids = {
        p.name.split(".", 1)[0].removeprefix("documents-")
        for p in folder.glob("documents-*.parquet")
    }
    return sorted(i for i in ids if all((folder / f"{t}-{i}.parquet").exists() for t in TABLES))


def _read_shard(folder: Path, shard: str) -> Parsed:
    return Parsed(*(pd.read_parquet(folder / f"{t}-{shard}.parquet") for t in TABLES))


def concat_parsed(parts: Sequence[Parsed]) -> Parsed:
    """One ``Parsed`` from several, keeping the first entry for each ``sha256``."""
    parts = [p for p in parts if len(p)]
    if not parts:
        raise ValueError("concat_parsed needs at least one non-empty part")
    if len(parts) == 1:
        return parts[0]
    documents = pd.concat([p.documents for p in parts], ignore_index=True)
    keep = ~documents["sha256"].duplicated()
    # which part each kept sha256 comes from, so that its paragraphs come from the same part
    owner = pd.Series(
        [i for i, p in enumerate(parts) for _ in range(len(p.documents))], index=documents.index
    )[keep]
    owners = dict(zip(documents.loc[keep, "sha256"], owner, strict=True))

    def rows_of(table: str) -> pd.DataFrame:
        frames = [
            getattr(p, table)[getattr(p, table)["sha256"].map(owners) == i]
            for i, p in enumerate(parts)
        ]
        return pd.concat(frames, ignore_index=True)

    return Parsed(
        documents[keep].reset_index(drop=True), rows_of("paragraphs"), rows_of("sentences")
    )


class CorpusCache:
    """The shards of one fingerprint folder: ``read`` what is there, ``write`` new entries."""

    def __init__(self, root: Path, fingerprint: str | None = None) -> None:
        self.root = Path(root)
        self.folder = self.root / (fingerprint or parser_fingerprint())

    def __repr__(self) -> str:
        return f"CorpusCache({self.folder})"

    def read(self) -> Parsed | None:
        """Every cached entry, or None when there is none or the cache cannot be read
        (logged as a warning; the caller parses instead)."""
        try:
            shards = _shard_ids(self.folder)
            if not shards:
                return None
            return concat_parsed([_read_shard(self.folder, s) for s in shards])
        except Exception as exc:  # a broken cache must never stop a load
            log.warning("corpus cache %s cannot be read (%s); parsing every file", self.folder, exc)
            return None

    def write(self, parsed: Parsed) -> None:
        """Add ``parsed`` as a new shard (atomically); merge shards above ``MAX_SHARDS``.
        Failures are logged as warnings."""
        if not len(parsed):
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._write_shard(parsed)
            shards = _shard_ids(self.folder)
            if len(shards) > MAX_SHARDS:
                self._compact(shards)
        except Exception as exc:
            log.warning(
                "corpus cache %s cannot be written (%s); continuing without", self.folder, exc
            )

    def _write_shard(self, parsed: Parsed) -> str:
        keys = "\n".join(sorted(parsed.documents["sha256"]))
        shard = hashlib.sha256(keys.encode()).hexdigest()[:16]
        for table in TABLES:
            frame: pd.DataFrame = getattr(parsed, table)
            handle, temp = tempfile.mkstemp(dir=self.folder, prefix=f".{table}-", suffix=".tmp")
            os.close(handle)
            frame.to_parquet(temp, index=False)
            os.replace(temp, self.folder / f"{table}-{shard}.parquet")
        log.debug("corpus cache: wrote %d entries to shard %s", len(parsed), shard)
        return shard

    def _compact(self, shards: Sequence[str]) -> None:
        merged = concat_parsed([_read_shard(self.folder, s) for s in shards])
        kept = self._write_shard(merged)
        for shard in shards:
            if shard != kept:
                for table in TABLES:
                    (self.folder / f"{table}-{shard}.parquet").unlink(missing_ok=True)
        log.info("corpus cache: merged %d shards into one (%d entries)", len(shards), len(merged))
