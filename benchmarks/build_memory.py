"""The memory of a whole report build, process by process.

Runs ``python -m analysis report --seeds SEEDS --out <temporary> --jobs 2`` and samples
every process of its tree every ``--every`` seconds (``psutil``; the proportional set
size, PSS, where it can be read, else the resident size: ``run.tree_memory_mb``'s
measure). Prints the wall time, the tree's peak (the sum over its processes at one
sample) and each process's own peak, labelled by what it is:

- ``build``: the process that runs the build (parsing, annotating, the end step);
- ``kernel <notebook>``: a notebook's kernel (named by its log file, where the kernel's
  own output goes: ``report_runner.kernel_log_path``);
- ``fork @Ns of <parent>``: a worker or the document-pages process, by the second of the
  build it started at and the process that started it.

    .venv/bin/python benchmarks/build_memory.py /tmp/p19/g10k/seeds
    PYTHONPATH=/tmp/p19/base .venv/bin/python benchmarks/build_memory.py SEEDS --cache C

``PYTHONPATH`` picks the code that builds (the kernels inherit it). Each run uses a cache
folder of its own (``--cache``, default a new temporary folder: a cold build), removed at
the end unless given.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.run import tree_memory_mb  # noqa: E402


@dataclass
class Seen:
    """One process of the tree: its label, its peak (MB) and the second it was first seen."""

    label: str
    peak: float = 0.0
    first: float = 0.0


def label_of(proc: object, root_pid: int, labels: dict[int, Seen], started: float) -> str:
    """What ``proc`` (a ``psutil.Process`` of the tree) is: ``build``, ``kernel <notebook>``
    (its stdout's log file names the notebook) or ``fork @Ns of <parent's label>``."""
    if proc.pid == root_pid:  # type: ignore[attr-defined]
        return "build"
    try:
        out = os.readlink(f"/proc/{proc.pid}/fd/1")  # type: ignore[attr-defined]
    except OSError:
        out = ""
    if out.endswith(".log") and "ipykernel" in " ".join(proc.cmdline()):  # type: ignore[attr-defined]
        return f"kernel {Path(out).stem}"
    parent = labels.get(proc.ppid())  # type: ignore[attr-defined]
    return f"fork @{time.monotonic() - started:.0f}s of {parent.label if parent else '?'}"


def sample(root: object, labels: dict[int, Seen], started: float) -> float:
    """Sample the tree of ``root`` once: every process's memory into ``labels``; the sum."""
    import psutil

    total = 0.0
    for proc in [root, *root.children(recursive=True)]:  # type: ignore[attr-defined]
        try:
            mb = tree_memory_mb(_Alone(proc))
            if proc.pid not in labels:
                label = label_of(proc, root.pid, labels, started)  # type: ignore[attr-defined]
                labels[proc.pid] = Seen(label, first=time.monotonic() - started)
        except psutil.Error:
            continue
        labels[proc.pid].peak = max(labels[proc.pid].peak, mb)
        total += mb
    return total


class _Alone:
    """A process seen by ``tree_memory_mb`` without its children (each is sampled alone)."""

    def __init__(self, proc: object) -> None:
        self.proc = proc

    def memory_full_info(self) -> object:
        return self.proc.memory_full_info()  # type: ignore[attr-defined]

    def children(self, recursive: bool = False) -> list[object]:
        return []


def run(seeds: Path, cache: Path, every: float, jobs: int) -> tuple[float, float, list[Seen]]:
    """Build ``seeds`` with ``cache`` as its cache folder; (seconds, tree peak MB, processes)."""
    import psutil

    out = Path(tempfile.mkdtemp(prefix="p19-site-")) / "site"
    env = {**os.environ, "VN_CORPUS_CACHE_DIR": str(cache), "PYTHONHASHSEED": "0"}
    command = [sys.executable, "-m", "analysis", "report", "--seeds", str(seeds)]
    started = time.monotonic()
    child = subprocess.Popen([*command, "--out", str(out), "--jobs", str(jobs)], env=env)
    root, labels, peak = psutil.Process(child.pid), {}, 0.0
    try:
        while child.poll() is None:
            peak = max(peak, sample(root, labels, started))
            time.sleep(every)
    finally:
        shutil.rmtree(out.parent, ignore_errors=True)
    if child.returncode:
        print(f"the build failed (exit status {child.returncode})")
    return time.monotonic() - started, peak, list(labels.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("seeds", type=Path, help="the folder of articles to build")
    parser.add_argument("--cache", type=Path, help="the cache folder (default: a new one)")
    parser.add_argument("--every", type=float, default=0.5, help="seconds between samples")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    cache = args.cache or Path(tempfile.mkdtemp(prefix="p19-cache-"))
    try:
        seconds, peak, seen = run(args.seeds, cache, args.every, args.jobs)
    finally:
        if args.cache is None:
            shutil.rmtree(cache, ignore_errors=True)
    print(f"wall {seconds:.0f} s, tree peak {peak:,.0f} MB (PSS)")
    for item in sorted(seen, key=lambda s: s.first):
        print(f"  {item.peak:8,.0f} MB  from {item.first:6.0f} s  {item.label}")


if __name__ == "__main__":
    main()
