"""The memory of a whole report build, process by process.

Runs ``python -m analysis report --seeds SEEDS --out <temporary> --jobs 2`` and samples
every process of its tree every ``--every`` seconds (``psutil``; the proportional set
size, PSS, where it can be read, else the resident size: ``run.tree_memory_mb``'s
measure). Prints the wall time, the tree's peak (the sum over its processes at one
sample) and each process's own peak, labelled by what it is:

- ``build``: the process that runs the build (parsing, annotating, the end step);
- ``kernel <notebook>``: a notebook's kernel (named after the build's log line that
  started it: the build's log is copied to stderr on the way);
- ``fork @Ns of <parent>``: a worker or the document-pages process, by the second of the
  build it started at and the process that started it.

    .venv/bin/python benchmarks/build_memory.py /tmp/p19/g10k/seeds
    PYTHONPATH=/tmp/p19/base .venv/bin/python benchmarks/build_memory.py SEEDS --cache C

Ctrl-C (SIGINT) or SIGTERM stops the build and still prints every process's peak so far.
``PYTHONPATH`` picks the code that builds (the kernels inherit it). Each run uses a cache
folder of its own (``--cache``, default a new temporary folder: a cold build), removed at
the end unless given.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.run import tree_memory_mb  # noqa: E402

REPORT_SECONDS = 60
"""How often the tree's peak so far is printed (a long build stopped early says how far it got)."""
STARTED = re.compile(r"\] (\S+): started$")
"""The build's log line for a notebook whose kernel it starts (``report_runner``)."""


@dataclass
class Seen:
    """One process of the tree: its label, its peak (MB), the second it was first seen
    and the second of its peak (the build's log, copied with times, says what ran then)."""

    label: str
    peak: float = 0.0
    first: float = 0.0
    at: float = 0.0  # the second of its peak


@dataclass
class Tree:
    """What is known of the build's processes: each one seen (by pid) and the notebooks
    whose kernels the build has started (from its log, in order) not yet given a process."""

    root_pid: int
    started: float
    seen: dict[int, Seen] = field(default_factory=dict)
    notebooks: list[str] = field(default_factory=list)

    def label(self, proc: object, seconds: float) -> str:
        """``build``, ``kernel <notebook>`` (a kernel takes the name of the first notebook
        the log said started whose kernel has no process yet: two kernels started in the
        same instant may swap names) or ``fork @Ns of <parent's label>``."""
        if proc.pid == self.root_pid:  # type: ignore[attr-defined]
            return "build"
        if "ipykernel" in " ".join(proc.cmdline()):  # type: ignore[attr-defined]
            return f"kernel {self.notebooks.pop(0) if self.notebooks else '?'}"
        parent = self.seen.get(proc.ppid())  # type: ignore[attr-defined]
        return f"fork @{seconds:.0f}s of {parent.label if parent else '?'}"


def sample(root: object, tree: Tree) -> float:
    """Sample the tree of ``root`` once: every process's memory into ``tree``; the sum.
    A process first seen between its fork and its start as a kernel is named again."""
    import psutil

    total, seconds = 0.0, time.monotonic() - tree.started
    for proc in [root, *root.children(recursive=True)]:  # type: ignore[attr-defined]
        try:
            mb = tree_memory_mb(_Alone(proc))
            seen = tree.seen.get(proc.pid)
            if seen is None:
                seen = tree.seen[proc.pid] = Seen(tree.label(proc, seconds), first=seconds)
            elif seen.label.startswith("fork @") and "ipykernel" in " ".join(proc.cmdline()):
                seen.label = tree.label(proc, seconds)
        except psutil.Error:
            continue
        if mb > seen.peak:
            seen.peak, seen.at = mb, seconds
        total += mb
    return total


def follow_log(stream: IO[str], tree: Tree) -> None:
    """Copy the build's log to this process's stderr, noting each notebook started."""
    for line in stream:
        sys.stderr.write(line)
        found = STARTED.search(line.rstrip())
        if found:
            tree.notebooks.append(found.group(1))


class _Alone:
    """A process seen by ``tree_memory_mb`` without its children (each is sampled alone)."""

    def __init__(self, proc: object) -> None:
        self.proc = proc

    def memory_full_info(self) -> object:
        return self.proc.memory_full_info()  # type: ignore[attr-defined]

    def children(self, recursive: bool = False) -> list[object]:
        return []


def run(
    seeds: Path, cache: Path, every: float, jobs: int, site: Path | None = None
) -> tuple[float, float, list[Seen]]:
    """Build ``seeds`` with ``cache`` as its cache folder, into ``site`` (kept) or a
    temporary folder (removed); (seconds, tree peak MB, processes)."""
    import psutil

    out = site or Path(tempfile.mkdtemp(prefix="build-memory-")) / "site"
    env = {**os.environ, "VN_CORPUS_CACHE_DIR": str(cache), "PYTHONHASHSEED": "0"}
    command = [sys.executable, "-m", "analysis", "report", "--seeds", str(seeds)]
    started = time.monotonic()
    child = subprocess.Popen(
        [*command, "--out", str(out), "--jobs", str(jobs)],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
    )
    root, tree, peak = psutil.Process(child.pid), Tree(child.pid, started), 0.0
    threading.Thread(target=follow_log, args=(child.stderr, tree), daemon=True).start()
    reported = started
    try:
        while child.poll() is None:
            peak = max(peak, sample(root, tree))
            if time.monotonic() - reported >= REPORT_SECONDS:  # a build stopped early says
                reported = time.monotonic()  # how far it got
                print(f"{reported - started:.0f} s: tree peak so far {peak:,.0f} MB", flush=True)
            time.sleep(every)
    except KeyboardInterrupt:  # stop the build, still print the figures of its processes
        print("interrupted: the build was stopped")
        for proc in reversed([root, *root.children(recursive=True)]):
            with contextlib.suppress(psutil.Error):
                proc.terminate()
        child.wait()
    finally:
        if site is None:
            shutil.rmtree(out.parent, ignore_errors=True)
    if child.returncode:
        print(f"the build failed (exit status {child.returncode})")
    return time.monotonic() - started, peak, list(tree.seen.values())


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main() -> None:
    for name in ("SIGINT", "SIGTERM"):  # also when started in the background (SIGINT ignored)
        signal.signal(getattr(signal, name), _interrupt)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("seeds", type=Path, help="the folder of articles to build")
    parser.add_argument("--cache", type=Path, help="the cache folder (default: a new one)")
    parser.add_argument("--every", type=float, default=0.5, help="seconds between samples")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--site", type=Path, help="build the site here and keep it")
    args = parser.parse_args()
    cache = args.cache or Path(tempfile.mkdtemp(prefix="p19-cache-"))
    try:
        seconds, peak, seen = run(args.seeds, cache, args.every, args.jobs, args.site)
    finally:
        if args.cache is None:
            shutil.rmtree(cache, ignore_errors=True)
    print(f"wall {seconds:.0f} s, tree peak {peak:,.0f} MB (PSS)")
    for item in sorted(seen, key=lambda s: s.first):
        when = f"from {item.first:5.0f} s, peak at {item.at:5.0f} s"
        print(f"  {item.peak:8,.0f} MB  {when}  {item.label}")


if __name__ == "__main__":
    main()
