"""The output folder of a build: only ever replace a site this builder made.

The site is built in a hidden folder beside ``--out`` (``make_work_folder``) under an
exclusive lock (``build_lock``), swapped in with two renames (``swap_in``); what a killed
build left is put back or removed by the next one (``recover_site``), and a failed run's
notebook is kept in ``<out>/_failed/`` unless the disk is full (``keep_failed``), with what
its kernel wrote outside the notebook (``keep_kernel_log``)."""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from analysis import __version__
from analysis.core.errors import ParameterError
from analysis.site.report_types import Job, ReportError

log = logging.getLogger(__name__)

#: The file every site this builder makes holds; ``--out`` may only name a folder that holds
#: it, an empty folder, or one that does not exist yet.
SITE_MARKER = ".vn-corpus-site"
#: What a site of a version before the marker holds at its top (besides ``*.html`` pages).
LEGACY_SITE_ENTRIES = frozenset({"index.html", ".gitkeep", "docs", "_failed"})
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
#: The site's folder of what kernels wrote outside their notebooks in a build that succeeded.
KERNEL_LOGS = "_logs"


def executed_path(work: Path, job: Job) -> Path:
    """Where ``run_job`` writes the executed notebook of ``job`` (``keep_failed`` reads it)."""
    return work / "_executed" / (job.page.removesuffix(".html").replace("/", "__") + ".ipynb")


def kernel_log_path(work: Path, job: Job) -> Path:
    """Where the kernel of ``job`` appends what it writes outside the notebook (its own
    stdout and stderr: ``kernel_env.kernel_manager_with_env``'s ``output_log``)."""
    return executed_path(work, job).with_suffix(".kernel.log")


@contextmanager
def build_lock(out_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock for building ``out_dir``; a second build waits for the first."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    lock_path = out_dir.parent / f".{out_dir.name}.lock"
    with lock_path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.warning("another build of %s is running; waiting for it to finish", out_dir)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def swap_in(work: Path, out_dir: Path) -> None:
    """Replace ``out_dir`` by ``work`` with two renames (the old site is removed after).

    ``work`` gets the site marker first. A build killed between the two renames leaves the
    old site as ``.<out>.old-<pid>``; the next build puts it back (``recover_site``)."""
    shutil.rmtree(work / "_executed", ignore_errors=True)
    (work / ".gitkeep").touch()
    write_site_marker(work)
    old = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}"
    if out_dir.exists():
        out_dir.rename(old)
    work.rename(out_dir)
    shutil.rmtree(old, ignore_errors=True)


def disk_full(exc: BaseException | None) -> bool:
    return isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS


def keep_file(target: Path, write: Callable[[Path], None]) -> Path | None:
    """Write ``target`` in ``<out>/_failed/`` through a hidden partial file, so that a
    failed write (a full disk) leaves nothing behind; None when it could not be kept."""
    partial = target.with_name(f".{target.name[:200]}.part")
    made_folder = not target.parent.exists()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write(partial)
        os.replace(partial, target)
    except OSError as exc:
        log.warning("could not keep %s for debugging (%s)", target.name, exc.strerror or exc)
        partial.unlink(missing_ok=True)
        if made_folder:
            shutil.rmtree(target.parent, ignore_errors=True)
        return None
    return target


def keep_failed(
    work: Path, out_dir: Path, job: Job, cause: BaseException | None = None
) -> Path | None:
    """Copy the failed run's executed notebook to ``<out>/_failed/``; return its path.

    Nothing is written when ``cause`` (the failure) is a full disk, and a copy that fails
    leaves nothing behind: the first error is the one reported, never this one."""
    executed = executed_path(work, job)
    if not executed.exists() or disk_full(cause):
        return None
    return keep_file(
        out_dir / "_failed" / executed.name, lambda partial: shutil.copyfile(executed, partial)
    )


def keep_kernel_log(work: Path, out_dir: Path, job: Job, *, failed: bool) -> Path | None:
    """Keep what the kernel of ``job`` wrote outside its notebook, if it wrote anything:
    in ``<out>/_failed/`` beside the failed notebook (``failed``), else in the new site's
    ``_logs/``; return where it is (for a site, once swapped in), None when there was
    nothing or it could not be kept."""
    written = kernel_log_path(work, job)
    try:
        if written.stat().st_size == 0:
            return None
    except OSError:
        return None
    target = (out_dir / "_failed" if failed else work / KERNEL_LOGS) / written.name
    kept = keep_file(target, lambda partial: shutil.copyfile(written, partial))
    if kept is None or failed:
        return kept
    return out_dir / KERNEL_LOGS / written.name


# --- the output folder: only ever replace a site this builder made ------------------------


def resolve_folder(name: str, value: str | Path) -> Path:
    """``value`` as an absolute path with its links followed; ``ParameterError`` naming the
    parameter when it is a symbolic link loop."""
    try:
        return Path(value).resolve()
    except (RuntimeError, OSError) as exc:  # Python 3.11: RuntimeError("Symlink loop ...")
        raise ParameterError(
            name, str(value), "is a symbolic link loop; give the path of a real folder"
        ) from exc


def write_site_marker(site: Path) -> None:
    """Mark ``site`` as made by this builder (``SITE_MARKER``), so a later build may
    replace it."""
    (site / SITE_MARKER).write_text(
        f"Made by vn-diplomacy-corpus {__version__} (python -m analysis report). "
        "The next build replaces this whole folder; keep your own files elsewhere.\n",
        encoding="utf-8",
    )


def is_site_folder(folder: Path) -> bool:
    """Whether ``folder`` is a site this builder made: it holds ``SITE_MARKER``, or (a site
    of a version before the marker) only ``index.html`` from this package, other ``.html``
    pages, ``docs/`` of pages, ``_failed/`` and ``.gitkeep``."""
    if (folder / SITE_MARKER).is_file():
        return True
    try:
        names = [p.name for p in folder.iterdir()]
        if "index.html" not in names or any(
            n not in LEGACY_SITE_ENTRIES and not n.endswith(".html") for n in names
        ):
            return False
        docs = folder / "docs"
        if docs.is_dir() and any(not p.name.endswith(".html") for p in docs.iterdir()):
            return False
        return b"by vn-diplomacy-corpus" in (folder / "index.html").read_bytes()
    except OSError:
        return False


def is_empty_folder(folder: Path) -> bool:
    """Whether ``folder`` holds nothing (or only the ``.gitkeep`` of a fresh checkout)."""
    try:
        return all(p.name == ".gitkeep" for p in folder.iterdir())
    except OSError:
        return False


_LEFTOVER = re.compile(r"\.(?P<kind>build|old)-(?:\d+-[0-9a-f]{8}|[a-z0-9_]{8}|\d+)")


def leftover_folders(out: Path) -> dict[str, list[Path]]:
    """The ``build`` and ``old`` folders that builds of ``out`` left beside it
    (``.<out>.build-*``: a site being built; ``.<out>.old-<pid>``: the site being swapped
    out), oldest first. Only meaningful under ``build_lock(out)``: then no build that made
    them is running."""
    found: dict[str, list[Path]] = {"build": [], "old": []}
    prefix = f".{out.name}"
    try:
        entries = list(out.parent.iterdir())
    except OSError:
        return found
    for path in entries:
        rest = path.name.removeprefix(prefix) if path.name.startswith(prefix) else ""
        match = _LEFTOVER.fullmatch(rest)
        if match and path.is_dir() and not path.is_symlink():
            found[match["kind"]].append(path)
    for paths in found.values():
        paths.sort(key=lambda p: p.lstat().st_ctime)
    return found


def recover_site(out: Path) -> None:
    """Under ``build_lock(out)``: put back a site that a build killed between the two
    renames of ``swap_in`` left hidden (the newest ``.<out>.old-*``), then remove every
    folder that earlier, dead builds of ``out`` left beside it."""
    found = leftover_folders(out)
    if not out.exists() and found["old"] and is_site_folder(found["old"][-1]):
        hidden = found["old"].pop()
        hidden.rename(out)
        log.warning("restored %s from %s, left by a build killed while swapping", out, hidden.name)
    for path in found["build"] + found["old"]:
        log.info("removing %s, left by an earlier build that did not finish", path.name)
        shutil.rmtree(path, ignore_errors=True)


def make_work_folder(out: Path) -> Path:
    """A new hidden folder beside ``out`` to build the site in, with the permissions the
    user's umask gives (``tempfile.mkdtemp`` would make it, and the published site, 0700)."""
    while True:
        work = out.parent / f".{out.name}.build-{os.getpid()}-{secrets.token_hex(4)}"
        try:
            work.mkdir(mode=0o777)
            return work
        except FileExistsError:
            continue


def check_writable(out_dir: Path) -> None:
    """Make sure the site can be written next to ``out_dir``; ``ReportError`` says why not."""
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out_dir.parent, prefix=".write-test-"):
            pass
        if out_dir.exists() and not out_dir.is_dir():
            raise NotADirectoryError(f"{out_dir} is a file")
    except OSError as exc:
        raise ReportError(
            f"The output folder {out_dir} cannot be written ({exc.strerror or exc}). "
            "Pick another folder with --out, or fix its permissions; nothing was built."
        ) from exc
