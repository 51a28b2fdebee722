"""A stored table written part by part, so that no process holds it whole.

A whole-corpus table computed chunk by chunk is written to a store
(``analysis.ingest.store.Store``) without being gathered anywhere: the annotation tables
(``annotate.store_annotations``: 500 documents at a time, in worker processes, into the
shared cache ``shared_cache.SharedCache``) and the parsed files' paragraphs and sentences
(``file_parsing.parse_all_to_parts``: 250 files at a time, into a shard of the parse
cache ``cache.CorpusCache``). Each chunk's rows are a
*part*, a Parquet file of its own written atomically by the process that computed them
(``write_part``); once every part is there, ``join`` copies them in chunk order into the
table's one stored file (``SharedCache.path(name, key)``, itself written atomically: a
temporary file then a rename), one part in memory at a time. Readers see the stored table
as before: one Parquet file (whose row groups are the parts), read by ``SharedCache.read``
and ``read_columns``; its rows and types are those of the parts concatenated
(``pd.concat``), which is what the table was.

Safety: a part that is missing, cannot be read or does not fit the others (columns,
types) makes ``join`` store nothing for that table, with a warning; the caller then
computes the table whole (``cached.CachedTables``, ``corpus.load_corpus``). ``join`` may
leave rows of a part out (``select``: the parse cache keeps one entry per content, the
first, when two chunks parsed the same bytes) and store under another key than the
folder's (``key``: a shard is named after its entries, known once every part is written).
Parts live in a hidden folder of the store, ``.parts-<key>-<pid>``, removed once joined
(``discard``); one left by a process that was killed is removed by the next
``TableParts.open`` in the same store.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.core.errors import safe_name
from analysis.ingest.store import Store, make_private_dir, write_parquet_atomically

log = logging.getLogger(__name__)

PARTS_PREFIX = ".parts-"

#: Which rows of a part to store: ``select(index of the part, the part) -> its kept rows``.
Select = Callable[[int, pa.Table], pa.Table]


@dataclass(frozen=True)
class TableParts:
    """The parts of the tables stored under ``key`` in ``store``, kept in ``folder`` until
    joined. Picklable: worker processes write their parts through it."""

    store: Store
    key: str
    folder: Path

    @classmethod
    def open(cls, store: Store, key: str) -> TableParts:
        """A new, empty parts folder for ``key`` in ``store`` (the folders of processes
        that are gone are removed first: ``remove_abandoned``)."""
        make_private_dir(store.folder)
        remove_abandoned(store.folder)
        folder = Path(
            tempfile.mkdtemp(prefix=f"{PARTS_PREFIX}{key}-{os.getpid()}-", dir=store.folder)
        )
        return cls(store, key, folder)

    def part_path(self, name: str, index: int) -> Path:
        """Where part ``index`` of the table ``name`` is written."""
        return self.folder / f"{name}-{index:06d}.parquet"

    def write_part(self, name: str, index: int, frame: pd.DataFrame) -> bool:
        """Write ``frame`` as part ``index`` of the table ``name`` (atomically); a failure
        is a warning (False), and ``join`` then stores nothing for that table."""
        try:
            write_parquet_atomically(frame, self.part_path(name, index))
        except Exception as exc:
            log.warning("cache: part %d of %s not written (%s)", index, name, safe_name(exc))
            return False
        return True

    def write(self, name: str, frame: pd.DataFrame) -> bool:
        """Store a whole table (one small enough to be held: ``Store.write``)."""
        return self.store.write(name, self.key, frame)

    def join(
        self, name: str, count: int, *, select: Select | None = None, key: str | None = None
    ) -> bool:
        """Store parts ``0 .. count - 1`` of the table ``name``, in that order, as its one
        file (``joined_schema``, ``write_joined``) under ``key`` (default: this folder's);
        ``select(index, part)`` gives the rows of each part to keep (default: all). Each
        part is removed once copied. False, with a warning and nothing stored, when a part
        is missing or broken."""
        paths = [self.part_path(name, index) for index in range(count)]
        target = self.store.path(name, self.key if key is None else key)
        try:
            write_joined(paths, joined_schema(paths), target, select)
        except Exception as exc:  # the caller computes the table whole instead
            log.warning(
                "cache: the parts of %s could not be joined (%s); it is not stored",
                name,
                safe_name(exc, limit=300),
            )
            return False
        return True

    def discard(self) -> None:
        """Remove the parts folder and whatever is left in it."""
        shutil.rmtree(self.folder, ignore_errors=True)


def joined_schema(paths: list[Path]) -> pa.Schema:
    """The schema of the parts at ``paths`` together: their fields unified (a column with
    no values in one part takes the type it has in the others), with the first part's
    metadata (how pandas reads the columns back); ``ValueError`` when there is no part,
    or the parts' columns differ."""
    if not paths:
        raise ValueError("no part to join")
    schemas = [pq.read_schema(path) for path in paths]
    names = schemas[0].names
    for path, schema in zip(paths, schemas, strict=True):
        if schema.names != names:
            raise ValueError(f"part {path.name} has columns {schema.names}, not {names}")
    unified = pa.unify_schemas(schemas, promote_options="permissive")
    return unified.with_metadata(schemas[0].metadata)


def write_joined(
    paths: list[Path], schema: pa.Schema, target: Path, select: Select | None = None
) -> None:
    """Copy the parts at ``paths`` into one Parquet file ``target`` of ``schema``, in
    order, one part in memory at a time (only the rows ``select(index, part)`` keeps, when
    given), through a temporary file renamed at the end (a reader sees the whole table or
    none); each part is removed once copied."""
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}-", suffix=".tmp")
    os.close(handle)
    try:
        with pq.ParquetWriter(temp, schema) as writer:
            for index, path in enumerate(paths):
                part = pq.read_table(path).cast(schema)
                writer.write_table(part if select is None else select(index, part))
        os.replace(temp, target)
    finally:
        Path(temp).unlink(missing_ok=True)
    for path in paths:
        path.unlink(missing_ok=True)


def remove_abandoned(folder: Path) -> None:
    """Remove the parts folders in ``folder`` whose process is gone (a build killed
    before it joined its parts); those of running processes are left."""
    for parts in folder.glob(f"{PARTS_PREFIX}*"):
        pid = parts.name.removeprefix(PARTS_PREFIX).split("-")
        owner = int(pid[-2]) if len(pid) >= 3 and pid[-2].isdigit() else -1
        if not _running(owner):
            shutil.rmtree(parts, ignore_errors=True)


def _running(pid: int) -> bool:
    """Whether a process ``pid`` runs (False for an unknown owner, -1; True where it
    cannot be told: not POSIX, or another user's process with that id)."""
    if pid <= 0:
        return False
    if os.name != "posix":  # os.kill would end the process there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
