"""The seeds folder as the loader reads it: which entries are article files (regular
files only, never a link, FIFO or device; names made safe to show and unique as doc_ids),
their bytes read within a size limit, ``metadata.csv`` read the same way, a fingerprint of
the folder (``describe_folder``) and the log lines of rejected files."""

from __future__ import annotations

import errno
import hashlib
import io
import logging
import os
import re
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

import pandas as pd

from analysis.core.errors import SeedsNotFoundError, safe_name
from analysis.ingest.decode import UndecodableError
from analysis.ingest.sidecar import SIDECAR_NAME, SidecarError, read_sidecar

log = logging.getLogger(__name__)

DEFAULT_MAX_FILE_MB = 10.0
# theme_coding.csv: a hand-coded sample for the theme validation (analysis.analyses.validation).
IGNORED_NAMES = {SIDECAR_NAME, "readme.md", "readme.txt", "theme_coding.csv"}


SYMLINK_REASON = "symbolic link (not followed); copy the file itself into the seeds folder"
NOT_REGULAR = {
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)  # a link swapped in after the listing is not followed
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in is not waited on
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class UnreadableFileError(UndecodableError):
    """A seeds entry that is not a regular file this loader may open (a symbolic link, a
    FIFO, a device), or one that cannot be opened or read; the message is the reason."""


def display_name(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (a zip made on Windows; ``os.listdir``
    keeps them as surrogates) are written as ``\\xNN``, so the name can be shown, stored
    in Parquet and used as a doc_id; valid names are returned unchanged."""
    return os.fsencode(name).decode("utf-8", "backslashreplace") if _has_surrogates(name) else name


_SURROGATES = re.compile("[\ud800-\udfff]")


def _has_surrogates(name: str) -> bool:
    return _SURROGATES.search(name) is not None


def doc_id_of(path: Path) -> str:
    """The doc_id of an article file: its name without the extension (see ``display_name``)."""
    return display_name(path.stem)


def _not_regular(mode: int) -> str:
    what = NOT_REGULAR.get(stat.S_IFMT(mode), "not a regular file")
    return f"{what}, not a regular file; only regular .txt files are read"


def _entry_problem(entry: os.DirEntry[str]) -> str | None:
    """Why a seeds-folder entry cannot be an article file (checked without following or
    opening it), or None for a regular file."""
    try:
        if entry.is_symlink():
            return SYMLINK_REASON
        info = entry.stat(follow_symlinks=False)
    except OSError as exc:  # gone since the listing, or no permission to look
        return f"cannot be examined ({exc.strerror or exc}); check that it exists"
    if stat.S_ISREG(info.st_mode):
        return None
    return _not_regular(info.st_mode)


def _unique_ids(candidates: list[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Keep one file per doc_id ignoring letter case (page names must not collide on a
    case-insensitive disk): the ``.txt``-lowercase one, else the first by name. The others
    are rejected with the name they collide with."""
    keyed = [(doc_id_of(p).casefold(), p.suffix != ".txt", p.name, p) for p in candidates]
    kept: dict[str, Path] = {}
    rejected = []
    for key, _, _, path in sorted(keyed, key=lambda k: k[:3]):
        if key in kept:
            rejected.append(
                (
                    display_name(path.name),
                    f"same doc_id as {display_name(kept[key].name)} apart from letter case; "
                    "doc_ids must differ in more than case: rename one of the files",
                )
            )
        else:
            kept[key] = path
    return sorted(kept.values()), rejected


def list_article_files(seeds_dir: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """The ``.txt`` files to load (sorted) and the other entries, each with the reason
    skipped (paths relative to ``seeds_dir``).

    Only regular files are taken, and nothing is opened here: a symbolic link (even one
    pointing inside the folder), a FIFO, a device or a socket is listed with its reason;
    a file name holding control characters (a line break, an escape) is refused, and a
    name that is not valid UTF-8 gets a doc_id with ``\\xNN`` escapes (``display_name``).
    Two names whose doc_ids differ only in letter case keep one (see ``_unique_ids``).
    Hidden entries, sub-folders, ``metadata.csv`` and README files are passed over.
    """
    if not seeds_dir.is_dir():
        raise SeedsNotFoundError(seeds_dir)
    candidates, skipped = [], []
    with os.scandir(seeds_dir) as entries:
        listing = sorted(entries, key=lambda e: e.name)
    for entry in listing:
        name = entry.name
        if name.startswith(".") or name.lower() in IGNORED_NAMES:
            continue
        if entry.is_dir(follow_symlinks=False):
            continue
        shown = display_name(name)
        problem = _entry_problem(entry)
        if problem is None and _CONTROL_CHARS.search(shown):
            problem = (
                "file name holds control characters (a line break, tab, escape or "
                "text-direction override); rename the file"
            )
        suffix = os.path.splitext(name)[1]
        if problem is None and suffix.lower() != ".txt":
            problem = (
                f"not a .txt file ({display_name(suffix) or 'no extension'}); "
                "save articles as .txt to include them"
            )
        if problem is None:
            candidates.append(seeds_dir / name)
        else:
            skipped.append((shown, problem))
    files, clashes = _unique_ids(candidates)
    return files, skipped + clashes


_CONTROL_CHARS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""Characters a file name may not hold: C0/C1 controls (line breaks, tabs, the escape that
starts terminal sequences), Unicode line and paragraph separators, and the bidirectional
overrides and isolates that make a name display as another."""


def read_file_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of one article file, opened without following a symbolic link and read
    only when it is a regular file (checked on the open file, so nothing swapped in after
    the listing is read) of at most ``max_bytes``.

    Raises ``UnreadableFileError`` (an ``UndecodableError``) with the reason otherwise.
    """
    try:
        handle = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnreadableFileError(SYMLINK_REASON) from exc
        raise UnreadableFileError(
            f"cannot be opened ({exc.strerror or exc}); check that it exists and is readable"
        ) from exc
    with os.fdopen(handle, "rb", buffering=0, closefd=True) as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFileError(_not_regular(info.st_mode))
        if info.st_size > max_bytes:
            raise UnreadableFileError(_too_large(info.st_size, max_bytes))
        try:
            data = _read_at_most(fh, max_bytes + 1)
        except OSError as exc:
            raise UnreadableFileError(f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:  # it grew after the size check
        raise UnreadableFileError(_too_large(len(data), max_bytes))
    return data


def _read_at_most(fh: io.RawIOBase, limit: int) -> bytes:
    chunks, total = [], 0
    while total < limit:
        chunk = fh.read(min(limit - total, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _too_large(size: int, max_bytes: int) -> str:
    return (
        f"too large for one article ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB limit); "
        "split it into one file per article or raise max_file_mb"
    )


MAX_SIDECAR_BYTES = 200_000_000
MAX_LOGGED_REJECTED = 10
"""Rejected files logged one by one; the rest are summed up in one line."""


def read_sidecar_file(seeds_dir: Path) -> pd.DataFrame | None:
    """``seeds_dir/metadata.csv`` read as ``analysis.ingest.sidecar.read_sidecar`` reads it, or
    None when there is none. It is opened like an article file (``read_file_bytes``): a symbolic
    link, a FIFO or a device named ``metadata.csv`` is never read and raises
    ``SidecarError`` with the reason."""
    path = seeds_dir / SIDECAR_NAME
    try:
        os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SidecarError(f"{SIDECAR_NAME}: cannot be read ({exc.strerror or exc})") from exc
    try:
        data = read_file_bytes(path, MAX_SIDECAR_BYTES)
    except UndecodableError as exc:
        raise SidecarError(f"{SIDECAR_NAME}: {exc}; the metadata in it is not used") from exc
    return read_sidecar(path, data=data)


def describe_folder(seeds_dir: Path, *, max_file_mb: float = DEFAULT_MAX_FILE_MB) -> Iterator[str]:
    """One line per thing ``load_corpus(seeds_dir)`` reads, read the way it reads them:
    each article file's name and the sha256 of its bytes (or why it cannot be read), each
    entry skipped with its reason, and ``metadata.csv``'s sha256 (or its problem). Equal
    lines mean an equal corpus, whatever the files' sizes and modification times say
    (``analysis.annotators.corpus_snapshot.folder_key`` hashes them)."""
    files, skipped = list_article_files(seeds_dir)
    yield f"seeds\x1f{os.fsencode(str(seeds_dir.resolve())).hex()}"
    for path in files:
        try:
            digest = hashlib.sha256(read_file_bytes(path, int(max_file_mb * 1e6))).hexdigest()
        except (UndecodableError, OSError) as exc:
            digest = f"unreadable: {exc}"
        yield f"file\x1f{os.fsencode(path.name).hex()}\x1f{digest}"
    for name, reason in skipped:
        yield f"skipped\x1f{name.encode('utf-8', 'backslashreplace').hex()}\x1f{reason}"
    try:
        data = read_file_bytes(seeds_dir / SIDECAR_NAME, MAX_SIDECAR_BYTES)
        yield f"sidecar\x1f{hashlib.sha256(data).hexdigest()}"
    except UnreadableFileError as exc:
        if not isinstance(exc.__cause__, FileNotFoundError):
            yield f"sidecar\x1f{exc}"


def log_rejected(rejected: Sequence[tuple[str, str]], *, limit: int = MAX_LOGGED_REJECTED) -> None:
    """One warning per rejected file for the first ``limit``, then one line for the rest
    (so 20,000 unreadable files write ``limit + 1`` lines, also with ``--quiet``); names
    and reasons are escaped with ``analysis.core.errors.safe_name``."""
    for path, reason in rejected[:limit]:
        log.warning("skipped %s: %s", safe_name(path), safe_name(reason, limit=1000))
    if len(rejected) > limit:
        log.warning(
            "… and %s more files skipped; see the overview's rejected files "
            "(corpus.rejected) for every file and reason",
            f"{len(rejected) - limit:,}",
        )
