"""The one on-disk store of the package's caches (parsed files and derived tables).

Both caches (``analysis.ingest.cache``: the parser's output per file; and
``analysis.annotators.shared_cache``: whole-corpus tables) keep Parquet files in a
``Store``: ``<root>/<section>/<fingerprint>/<name>-<key>.parquet``. This module owns what
they share:

- where: ``default_cache_dir`` (``$VN_CORPUS_CACHE_DIR``; else beside the seeds when that
  folder is the user's own; else the user's cache directory), folders created private
  (0700, ``make_private_dir``); ``cache_enabled`` reads ``$VN_CORPUS_CACHE``;
- what invalidates: ``package_fingerprint``, one hash of the package version, the
  Python/pandas/pyarrow versions and every module and data file of the installed package
  (``package_inputs``, listed at call time: no hand-kept list);
- how: atomic writes (temporary file, then rename), an advisory ``flock`` per table
  (POSIX), and recovery: a file that cannot be read, or lacks its table's columns (and
  types), is logged as a warning, removed and recomputed by the caller; a failed write is
  a warning, never an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import stat
import tempfile
from collections.abc import Callable, Iterator, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pandas as pd

from analysis.core.errors import safe_name

try:  # POSIX: let a second process wait for the first instead of computing twice
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parents[1]  # analysis/, one level above this stage folder
CACHE_ENV = "VN_CORPUS_CACHE"
CACHE_DIR_ENV = "VN_CORPUS_CACHE_DIR"

#: Column kinds checked on read when a table is read ``typed``.
INT_COLUMNS = frozenset({"n_words", "para_id", "line", "repeat_of", "sent_id", "start", "end"})
DATE_COLUMNS = frozenset({"published", "page_date"})


# -- where ------------------------------------------------------------------------------


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


# -- what invalidates -------------------------------------------------------------------


def package_inputs() -> tuple[Path, ...]:
    """Every module and data file of the installed package, sorted, listed now (what
    parsing and every cached result may depend on)."""
    modules = sorted(PACKAGE_DIR.rglob("*.py"))
    data = sorted(p for p in (PACKAGE_DIR / "data").rglob("*") if p.is_file())
    return (*modules, *data)


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


def package_fingerprint(inputs: Sequence[Path] | None = None) -> str:
    """A short hash of the package version, ``runtime_versions`` and the content of
    ``inputs`` (default ``package_inputs()``, read at call time); a missing file counts
    as empty."""
    digest = hashlib.sha256(package_version().encode())
    digest.update(runtime_versions().encode())
    for path in package_inputs() if inputs is None else inputs:
        digest.update(str(Path(path).name).encode())
        try:
            digest.update(hashlib.sha256(Path(path).read_bytes()).digest())
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()[:16]


def file_stamp(path: Path) -> tuple[int, int, int]:
    """What an in-process memo of a user file is keyed by: the file's change time, its
    modification time and size (``(-1, -1, -1)`` when it cannot be read). The change time
    moves on every write, including one that restores the modification time (``cp -p``,
    ``rsync -a``, ``tar x``), and cannot be set back, so an edited file is never served
    from the memo."""
    try:
        info = os.stat(path)
    except OSError:
        return (-1, -1, -1)
    return (info.st_ctime_ns, info.st_mtime_ns, info.st_size)


# -- how --------------------------------------------------------------------------------


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


#: The columns a table must have and whether their types are checked, or None (any table).
Shape = tuple[Sequence[str], bool] | None


def warn_unusable(folder: Path, exc: BaseException, problem: str, fallback: str) -> None:
    """Log that the cache at ``folder`` ``problem`` (because of ``exc``) and what the run
    does instead (``fallback``): a cache never stops a load or a report."""
    log.warning("cache %s %s (%s); %s", safe_name(folder), problem, safe_name(exc), fallback)


class Store:
    """The Parquet files of one fingerprint: ``<root>/<section>/<fingerprint>/``."""

    def __init__(self, root: Path, section: str = "", fingerprint: str | None = None) -> None:
        self.root = Path(root)
        base = self.root / section if section else self.root
        self.folder = base / (fingerprint or package_fingerprint())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.folder})"

    def path(self, name: str, key: str) -> Path:
        """Where the table ``name`` with ``key`` is stored."""
        return self.folder / f"{name}-{key}.parquet"

    def read(self, name: str, key: str, shape: Shape = None) -> pd.DataFrame | None:
        """The stored table, or None when there is none, or when it cannot be read or
        does not have ``shape``: then it is removed, with a warning, for the caller to
        compute again."""
        path = self.path(name, key)
        if not path.exists():
            return None
        try:
            frame = pd.read_parquet(path)
            problem = frame_problem(frame, shape[0], typed=shape[1]) if shape else ""
            if problem:
                raise ValueError(f"it has {problem}")
            return frame
        except Exception as exc:  # a broken file must never stop a load or a report
            log.warning(
                "cache file %s cannot be read as its table (%s); computing it again",
                safe_name(path),
                safe_name(exc, limit=300),
            )
            self.remove(name, key)
            return None

    def write(self, name: str, key: str, frame: pd.DataFrame) -> bool:
        """Store ``frame`` atomically; a failure is logged as a warning (False)."""
        try:
            make_private_dir(self.folder)
            write_parquet_atomically(frame, self.path(name, key))
        except Exception as exc:
            warn_unusable(self.folder, exc, "cannot be written", "continuing without")
            return False
        return True

    def remove(self, name: str, key: str) -> None:
        """Remove one table and its lock file (nothing when they are gone)."""
        for path in (self.path(name, key), self.folder / f".{name}-{key}.lock"):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)

    def prune(self, keep: int) -> None:
        """Remove the least recently written tables above ``keep``."""
        with contextlib.suppress(OSError):
            files = sorted(self.folder.glob("*.parquet"), key=lambda p: p.stat().st_mtime)
            for old in files[: max(0, len(files) - keep)]:
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
                log.debug("cache: no lock for %s (%s)", name, exc)
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
        self, name: str, key: str, compute: Callable[[], pd.DataFrame], shape: Shape = None
    ) -> pd.DataFrame:
        """The stored table ``name`` for ``key``, computed and stored when missing (while
        another process computes it, wait for it rather than compute it twice)."""
        found = self.read(name, key, shape)
        if found is not None:
            return found
        with self.lock(name, key):
            found = self.read(name, key, shape)  # written by another process while we waited
            if found is not None:
                return found
            frame = compute()
            self.write(name, key, frame)
            return frame
