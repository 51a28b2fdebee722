"""A Parquet cache of parsed files, so that a reload re-parses only new or changed files.

What is cached is the parser's output for one file's bytes: its documents row, its
paragraphs and its sentences, keyed by the file's ``sha256`` (its content, never its size
or modification time, which ``cp -p``, ``rsync -a`` and ``tar x`` keep). Inside the cache
folder, one sub-folder per *parser fingerprint*: the package version, the Python, pandas
and pyarrow versions and a hash of every module and data file of the package
(``PARSER_INPUTS``), so that editing ``outlets.yaml`` or any module, or upgrading, starts a
fresh cache and old entries are never used.

Where (``default_cache_dir``): ``$VN_CORPUS_CACHE_DIR`` when set; else
``<seeds>/../.cache/corpus`` when the seeds folder and the folder holding it belong to the
user and no one else may write to them; else the user's own cache directory,
``$XDG_CACHE_HOME/vn-corpus/<hash of the seeds path>`` (``~/.cache/...`` by default), so
that seeds in a shared temporary folder never put the cache where other users can write.
Folders the cache creates are private (mode 0700). ``VN_CORPUS_CACHE=0`` turns it off.

Each load that parsed new files adds one *shard* (three Parquet files written atomically);
when a fingerprint folder holds more than ``MAX_SHARDS`` shards they are merged into one.
A cache that cannot be read is never fatal: a shard that is truncated, or valid Parquet
with other columns or types than the parser writes, is logged as a warning, removed and
its files parsed again.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pandas as pd

from analysis.core import schema
from analysis.core.errors import safe_name

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parents[1]  # analysis/, one level above this stage folder
CACHE_ENV = "VN_CORPUS_CACHE"
CACHE_DIR_ENV = "VN_CORPUS_CACHE_DIR"
MAX_SHARDS = 16
TABLES = ("documents", "paragraphs", "sentences")


def package_inputs() -> tuple[Path, ...]:
    """Every module and data file of the package, sorted (what parsing and every cached
    result may depend on)."""
    modules = sorted(PACKAGE_DIR.rglob("*.py"))
    data = sorted(p for p in (PACKAGE_DIR / "data").rglob("*") if p.is_file())
    return (*modules, *data)


#: Files whose content decides what the parser returns: a change to any of them
#: invalidates the cache. The whole package: a module the parser imports indirectly, or a
#: data file it reads, must not be forgotten.
PARSER_INPUTS: tuple[Path, ...] = package_inputs()

#: The parser's tables as stored (``sha256`` in place of ``doc_id`` in paragraphs and
#: sentences), with the kind of each column: a shard that differs is not used.
INT_COLUMNS = frozenset({"n_words", "para_id", "line", "repeat_of", "sent_id", "start", "end"})
DATE_COLUMNS = frozenset({"published", "page_date"})


def _keyed_columns(columns: Sequence[str]) -> tuple[str, ...]:
    return tuple("sha256" if c == "doc_id" else c for c in columns)


SHARD_COLUMNS = {
    "documents": schema.DOCUMENT_COLUMNS,
    "paragraphs": _keyed_columns(schema.PARAGRAPH_COLUMNS),
    "sentences": _keyed_columns(schema.SENTENCE_COLUMNS),
}


def frame_problem(frame: pd.DataFrame, columns: Sequence[str], *, typed: bool = True) -> str:
    """What makes ``frame`` differ from a table with ``columns`` (in that order; with
    ``typed``, integer columns in ``INT_COLUMNS``, dates in ``DATE_COLUMNS`` and text
    elsewhere), or "" when it matches."""
    if tuple(frame.columns) != tuple(columns):
        found = ", ".join(str(c) for c in list(frame.columns)[:20])
        return f"columns [{found}] instead of [{', '.join(columns)}]"
    if not typed:
        return ""
    for column in columns:
        dtype = frame[column].dtype
        if column in INT_COLUMNS:
            ok = pd.api.types.is_integer_dtype(dtype)
        elif column in DATE_COLUMNS:
            ok = pd.api.types.is_datetime64_any_dtype(dtype)
        else:
            ok = pd.api.types.is_string_dtype(dtype)
        if not ok:
            return f"column {column!r} has type {dtype}"
    return ""


def make_private_dir(folder: Path) -> Path:
    """Create ``folder`` and any missing parent with mode 0700 (existing ones are left as
    they are); returns ``folder``."""
    missing = []
    for parent in [folder, *folder.parents]:
        if parent.exists():
            break
        missing.append(parent)
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            os.mkdir(path, 0o700)
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder} is not a folder")
    return folder


def write_parquet_atomically(frame: pd.DataFrame, path: Path) -> None:
    """Write ``frame`` to ``path`` (an existing folder) through a temporary file in the same
    folder and a rename, so a reader sees the old file or the new one, never half of one."""
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    os.close(handle)
    try:
        frame.to_parquet(temp, index=False)
        os.replace(temp, path)
    finally:
        Path(temp).unlink(missing_ok=True)


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
    """Where the caches of ``seeds_dir`` go: ``$VN_CORPUS_CACHE_DIR`` when set; else
    ``<seeds_dir>/../.cache/corpus`` when that is private to the user (``_private_beside``);
    else ``user_cache_dir()/<hash of the resolved seeds path>``."""
    configured = os.environ.get(CACHE_DIR_ENV, "").strip()
    if configured:
        return Path(configured)
    seeds = seeds_dir.resolve()
    beside = seeds.parent / ".cache" / "corpus"
    if _private_beside(seeds, beside):
        return beside
    return user_cache_dir() / hashlib.sha256(os.fsencode(str(seeds))).hexdigest()[:16]


def user_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/vn-corpus``, or ``~/.cache/vn-corpus``."""
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "vn-corpus"


def _owned_and_closed(path: Path) -> bool:
    """``path`` is a real folder (not a link) of this user that only the user may write."""
    try:
        info = path.lstat()
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode) or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    getuid = getattr(os, "getuid", None)
    return getuid is None or info.st_uid == getuid()


def _private_beside(seeds: Path, beside: Path) -> bool:
    """The seeds folder and its parent belong to the user and are not group- or
    world-writable, and ``.cache`` and ``.cache/corpus``, where they exist, too."""
    if not (_owned_and_closed(seeds) and _owned_and_closed(seeds.parent)):
        return False
    return all(_owned_and_closed(p) for p in (beside.parent, beside) if os.path.lexists(p))


def package_version() -> str:
    """The installed package version (``0+unknown`` from an uninstalled tree)."""
    try:
        return version("vn-diplomacy-corpus")
    except PackageNotFoundError:
        return "0+unknown"


def runtime_versions() -> str:
    """The Python, pandas and pyarrow versions (what the stored tables' types depend on)."""
    import platform

    try:
        arrow = version("pyarrow")
    except PackageNotFoundError:
        arrow = "none"
    return f"python {platform.python_version()} pandas {pd.__version__} pyarrow {arrow}"


def parser_fingerprint(inputs: Sequence[Path] | None = None) -> str:
    """A short hash of the package version, ``runtime_versions`` and the content of
    ``inputs`` (default ``PARSER_INPUTS``, read at call time); a missing file counts as
    empty."""
    digest = hashlib.sha256(package_version().encode())
    digest.update(runtime_versions().encode())
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


class ShardError(ValueError):
    """A shard is not what the parser writes (other columns or types)."""


def _read_shard(folder: Path, shard: str) -> Parsed:
    tables = []
    for table in TABLES:
        frame = pd.read_parquet(folder / f"{table}-{shard}.parquet")
        problem = frame_problem(frame, SHARD_COLUMNS[table])
        if problem:
            raise ShardError(f"{table}-{shard}.parquet has {problem}")
        tables.append(frame)
    return Parsed(*tables)


def _drop_shard(folder: Path, shard: str) -> None:
    for table in TABLES:
        (folder / f"{table}-{shard}.parquet").unlink(missing_ok=True)


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
        """Every cached entry, or None when there is none. A shard that cannot be read or
        does not hold the parser's columns and types is logged as a warning and removed
        (its files are parsed again); the others are used."""
        try:
            shards = _shard_ids(self.folder)
        except OSError as exc:
            log.warning(
                "corpus cache %s cannot be read (%s); parsing every file",
                safe_name(self.folder),
                safe_name(exc),
            )
            return None
        parts = []
        for shard in shards:
            try:
                parts.append(_read_shard(self.folder, shard))
            except Exception as exc:  # a broken shard must never stop a load
                log.warning(
                    "corpus cache %s: shard %s cannot be read (%s); parsing its files again",
                    safe_name(self.folder),
                    shard,
                    safe_name(exc, limit=300),
                )
                with contextlib.suppress(OSError):
                    _drop_shard(self.folder, shard)
        parts = [p for p in parts if len(p)]
        return concat_parsed(parts) if parts else None

    def write(self, parsed: Parsed) -> None:
        """Add ``parsed`` as a new shard (atomically); merge shards above ``MAX_SHARDS``.
        Failures are logged as warnings."""
        if not len(parsed):
            return
        try:
            make_private_dir(self.folder)
            self._write_shard(parsed)
            shards = _shard_ids(self.folder)
            if len(shards) > MAX_SHARDS:
                self._compact(shards)
        except Exception as exc:
            log.warning(
                "corpus cache %s cannot be written (%s); continuing without",
                safe_name(self.folder),
                safe_name(exc),
            )

    def _write_shard(self, parsed: Parsed) -> str:
        keys = "\n".join(sorted(parsed.documents["sha256"]))
        shard = hashlib.sha256(keys.encode()).hexdigest()[:16]
        for table in TABLES:
            write_parquet_atomically(
                getattr(parsed, table), self.folder / f"{table}-{shard}.parquet"
            )
        log.debug("corpus cache: wrote %d entries to shard %s", len(parsed), shard)
        return shard

    def _compact(self, shards: Sequence[str]) -> None:
        merged = concat_parsed([_read_shard(self.folder, s) for s in shards])
        kept = self._write_shard(merged)
        for shard in shards:
            if shard != kept:
                _drop_shard(self.folder, shard)
        log.info("corpus cache: merged %d shards into one (%d entries)", len(shards), len(merged))
