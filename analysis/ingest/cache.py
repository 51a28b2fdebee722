"""A Parquet cache of parsed files, so that a reload re-parses only new or changed files.

What is cached is the parser's output for one file's bytes: its documents row, its
paragraphs and its sentences, as a ``Corpus`` holds them (the text once: documents without
``text``, paragraphs without ``raw``, sentences as spans; ``SHARD_COLUMNS``), keyed by the
file's ``sha256`` (its content, never its size
or modification time, which ``cp -p``, ``rsync -a`` and ``tar x`` keep). The files live in
the one store of the package (``analysis.ingest.store.Store``): one sub-folder of the cache
folder per ``store.package_fingerprint`` (package version, runtime versions and every
module and data file of the package), so editing ``outlets.yaml`` or any module, or
upgrading, starts a fresh cache and old entries are never used. Where the cache folder is
(``store.default_cache_dir``), its private folders, ``VN_CORPUS_CACHE=0``, atomic writes
and the removal of a broken file are the store's.

Each load that parsed new files adds one *shard* (three Parquet files); when a
fingerprint folder holds more than ``MAX_SHARDS`` shards they are merged into one. A load
with the serial engine writes its shard's paragraphs and sentences chunk by chunk, from
the processes that parse them, as the parts of ``table_parts.TableParts`` joined on disk
(``open_parts``, ``write_parts``): no process holds every new file's tables before they
are stored; the load then reads the shard back. A
cache that cannot be read is never fatal: a shard that is truncated, or valid Parquet
with other columns or types than the parser writes, is logged as a warning, removed and
its files parsed again.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.core import document_text, paragraph_raw, sentence_text
from analysis.ingest.store import Store, warn_unusable
from analysis.ingest.table_parts import Select, TableParts

__all__ = [
    "MAX_SHARDS",
    "CorpusCache",
    "Parsed",
    "concat_parsed",
]

log = logging.getLogger(__name__)

MAX_SHARDS = 16
TABLES = ("documents", "paragraphs", "sentences")


def _keyed_columns(columns: Sequence[str]) -> tuple[str, ...]:
    return tuple("sha256" if c == "doc_id" else c for c in columns)


#: The tables as a ``Corpus`` holds them (the text once, in ``paragraphs.text``).
SHARD_COLUMNS = {
    "documents": document_text.HELD_COLUMNS,
    "paragraphs": _keyed_columns(paragraph_raw.HELD_COLUMNS),
    "sentences": _keyed_columns(sentence_text.HELD_COLUMNS),
}


@dataclass(frozen=True)
class Parsed:
    """Parsed files keyed by content, as a ``Corpus`` holds them (``SHARD_COLUMNS``):
    ``documents`` has the schema's columns but ``text`` (``doc_id`` and ``path`` of
    whichever file was parsed); ``paragraphs`` (without ``raw``, with the columns that
    make it back) and ``sentences`` (spans, without ``text``) have ``sha256`` in place of
    ``doc_id``. One entry per distinct ``sha256``."""

    documents: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame

    def __len__(self) -> int:
        return len(self.documents)


def _shard_ids(folder: Path) -> list[str]:
    """Shards that are complete (all three tables present), oldest name first."""
    if not folder.is_dir():
        return []
    ids = {
        p.name.split(".", 1)[0].removeprefix("documents-")
        for p in folder.glob("documents-*.parquet")
    }
    return sorted(i for i in ids if all((folder / f"{t}-{i}.parquet").exists() for t in TABLES))


def _read_shard(store: Store, shard: str) -> Parsed | None:
    """The three tables of ``shard``, or None when one is missing or broken (the store
    then has logged a warning and removed it; the rest of the shard is removed here)."""
    tables = [store.read(t, shard, (SHARD_COLUMNS[t], True)) for t in TABLES]
    if any(t is None for t in tables):
        _drop_shard(store, shard)
        return None
    return Parsed(*tables)  # type: ignore[arg-type]


def shard_name(documents: pd.DataFrame) -> str:
    """The name of the shard holding ``documents``: a hash of their sorted sha256s."""
    keys = "\n".join(sorted(documents["sha256"]))
    return hashlib.sha256(keys.encode()).hexdigest()[:16]


def _drop_shard(store: Store, shard: str) -> None:
    for table in TABLES:
        store.remove(table, shard)


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
        self.store = Store(root, fingerprint=fingerprint)
        self.root, self.folder = self.store.root, self.store.folder

    def __repr__(self) -> str:
        return f"CorpusCache({self.folder})"

    def read(self) -> Parsed | None:
        """Every cached entry, or None when there is none. A shard that cannot be read or
        does not hold the parser's columns and types is logged as a warning and removed
        (its files are parsed again); the others are used."""
        try:
            shards = _shard_ids(self.folder)
        except OSError as exc:
            warn_unusable(self.folder, exc, "cannot be read", "parsing every file")
            return None
        parts = [p for p in (_read_shard(self.store, s) for s in shards) if p is not None]
        parts = [p for p in parts if len(p)]
        return concat_parsed(parts) if parts else None

    def write(self, parsed: Parsed) -> None:
        """Add ``parsed`` as a new shard (atomically); merge shards above ``MAX_SHARDS``.
        Failures are logged as warnings."""
        if not len(parsed) or not self._write_shard(parsed):
            return
        self._compact_if_many()

    def open_parts(self) -> TableParts:
        """A new parts folder in this cache, for a shard whose paragraphs and sentences
        are written chunk by chunk (``write_parts``); ``OSError`` when it cannot be made."""
        return TableParts.open(self.store, "shard")

    def write_parts(
        self, documents: pd.DataFrame, parts: TableParts, count: int, select: Select
    ) -> Parsed | None:
        """Add a shard of ``documents`` (one row per sha256) whose paragraphs and sentences
        are parts ``0 .. count - 1`` of ``parts`` (the rows ``select`` keeps), joined on
        disk one part at a time; the shard as read back (what a later load reads), or None
        when a part is missing or broken (a warning; nothing is stored: the caller parses
        the files again). Shards above ``MAX_SHARDS`` are merged afterwards."""
        shard = shard_name(documents)
        stored = self.store.write("documents", shard, documents) and all(
            parts.join(table, count, select=select, key=shard) for table in TABLES[1:]
        )
        fresh = _read_shard(self.store, shard) if stored else None
        if fresh is None:
            _drop_shard(self.store, shard)
            return None
        log.debug("corpus cache: wrote %d entries to shard %s, part by part", len(fresh), shard)
        self._compact_if_many()
        return fresh

    def _compact_if_many(self) -> None:
        """Merge the shards into one when there are more than ``MAX_SHARDS``."""
        with contextlib.suppress(OSError):
            shards = _shard_ids(self.folder)
            if len(shards) > MAX_SHARDS:
                self._compact(shards)

    def _write_shard(self, parsed: Parsed) -> str:
        """The new shard's name, or "" when it could not be written (then removed)."""
        shard = shard_name(parsed.documents)
        if not all(self.store.write(t, shard, getattr(parsed, t)) for t in TABLES):
            _drop_shard(self.store, shard)
            return ""
        log.debug("corpus cache: wrote %d entries to shard %s", len(parsed), shard)
        return shard

    def _compact(self, shards: Sequence[str]) -> None:
        parts = [p for p in (_read_shard(self.store, s) for s in shards) if p is not None]
        parts = [p for p in parts if len(p)]
        if not parts:
            return
        merged = concat_parsed(parts)
        kept = self._write_shard(merged)
        if not kept:
            return
        for shard in shards:
            if shard != kept:
                _drop_shard(self.store, shard)
        log.info("corpus cache: merged %d shards into one (%d entries)", len(shards), len(merged))
