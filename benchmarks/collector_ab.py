"""Before/after of the collector paused per chunk (``parallel.map_chunks``), same run.

Each repeat runs load + annotation + CountVectorizer in two fresh interpreters, one
"before" (the pauses of ``map_chunks``, ``load_corpus`` and ``merge_event_candidates`` and
the workers' ``gc.freeze`` turned off: main's code, where only ``theme_hits`` pauses the
collector) and one "after" (this code), alternating, and
prints per stage the wall and CPU seconds, (c+d)/b and the peak resident memory of load +
annotation (read before CountVectorizer runs, as ``benchmarks/run.py`` does).

    .venv/bin/python benchmarks/collector_ab.py /tmp/gc19/g1k --repeat 3 [--jobs 2]

``--in-process`` alternates before and after in this one process instead (load, then
annotation of the last loaded corpus), and also reads the collector's own CPU seconds
(``gc.callbacks``: from the start to the end of every collection).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _timed(func, *args, **kwargs) -> tuple[object, float, float]:
    """``func(*args, **kwargs)`` with its wall and CPU seconds (this process and its
    finished children)."""

    def cpu() -> float:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.process_time() + children.ru_utime + children.ru_stime

    wall, used = time.perf_counter(), cpu()
    value = func(*args, **kwargs)
    return value, time.perf_counter() - wall, cpu() - used


def set_before(before: bool) -> None:
    """Turn the new pauses off (``before``: main's code) or on (this code)."""
    from analysis.annotators import event_linking
    from analysis.core import memory
    from analysis.ingest import corpus as loading
    from analysis.ingest import parallel

    paused = contextlib.nullcontext if before else memory.collector_paused
    for module in (parallel, loading, event_linking):
        module.collector_paused = paused
    gc.freeze = (lambda: None) if before else FREEZE


FREEZE = gc.freeze


class CollectorClock:
    """CPU seconds spent inside the collector's collections, and their number."""

    def __init__(self) -> None:
        self.seconds, self.collections, self._start = 0.0, 0, 0.0
        gc.callbacks.append(self._tick)

    def _tick(self, phase: str, _info: dict) -> None:
        if phase == "start":
            self._start = time.process_time()
        else:
            self.seconds += time.process_time() - self._start
            self.collections += 1

    def reset(self) -> None:
        """Start counting again (after a full collection, so the stages start alike)."""
        gc.collect()
        self.seconds, self.collections = 0.0, 0


def in_process(folder: Path, repeat: int) -> None:
    """Before and after alternated in this process: CPU and collector seconds per stage."""
    from analysis import annotate, load_corpus
    from analysis.core.memory import use_system_allocator

    use_system_allocator()
    clock = CollectorClock()
    for i in range(repeat):
        for name in ("before", "after") if i % 2 == 0 else ("after", "before"):
            set_before(name == "before")
            clock.reset()
            corpus, _, load_cpu = _timed(load_corpus, folder, cache=False)
            load_gc = clock.seconds
            clock.reset()
            _, _, annotate_cpu = _timed(annotate, corpus)
            seconds = [load_cpu, load_gc, annotate_cpu, clock.seconds]
            figures = [round(x, 2) for x in seconds] + [clock.collections]
            print(name, "load / collector, annotate / collector, collections:", figures)
            sys.stdout.flush()


def child(folder: Path, jobs: int, before: bool) -> dict[str, float]:
    """One measurement in this process; ``before`` turns the pause per chunk off."""
    from sklearn.feature_extraction.text import CountVectorizer

    from analysis import annotate, load_corpus
    from analysis.core.memory import use_system_allocator

    set_before(before)
    use_system_allocator()
    out: dict[str, float] = {}
    corpus, out["load"], out["load_cpu"] = _timed(load_corpus, folder, cache=False, jobs=jobs)
    _, out["annotate"], out["annotate_cpu"] = _timed(annotate, corpus, jobs=jobs)
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["worker_peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    texts = corpus.documents["text"]
    _, out["cv"], out["cv_cpu"] = _timed(CountVectorizer(ngram_range=(1, 2)).fit_transform, texts)
    out["ratio"] = (out["load"] + out["annotate"]) / out["cv"]
    out["ratio_cpu"] = (out["load_cpu"] + out["annotate_cpu"]) / out["cv_cpu"]
    return out


def run_child(folder: Path, jobs: int, before: bool) -> dict[str, float]:
    """``child`` in a fresh interpreter."""
    flag = ["--before"] if before else []
    command = [sys.executable, __file__, str(folder), "--child", "--jobs", str(jobs), *flag]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, check=True, capture_output=True, text=True, env=env, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    """Command line: alternate before/after ``--repeat`` times, print every run and the
    medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--before", action="store_true")
    parser.add_argument("--after-first", action="store_true", help="each repeat: after, before")
    parser.add_argument("--in-process", action="store_true")
    args = parser.parse_args()
    if args.in_process:
        in_process(args.folder, args.repeat)
        return
    if args.child:
        print(json.dumps(child(args.folder, args.jobs, args.before)))
        return
    runs: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    for _ in range(args.repeat):
        for name in ("after", "before") if args.after_first else ("before", "after"):
            runs[name].append(run_child(args.folder, args.jobs, name == "before"))
            print(name, json.dumps({k: round(v, 2) for k, v in runs[name][-1].items()}))
            sys.stdout.flush()
    for name, done in runs.items():
        medians = {k: round(statistics.median(r[k] for r in done), 2) for k in done[0]}
        print("median", name, json.dumps(medians))


if __name__ == "__main__":
    main()
