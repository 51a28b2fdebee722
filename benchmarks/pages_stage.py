"""The memory and CPU of the document pages' stage alone, process by process.

    VN_CORPUS_CACHE_DIR=C .venv/bin/python benchmarks/pages_stage.py SEEDS OUT
    PYTHONPATH=/tmp/main VN_CORPUS_CACHE_DIR=C .venv/bin/python benchmarks/pages_stage.py ...

Runs the stage as a build does, on a cache where the build's tables are stored (a build,
or ``shared_corpus`` + ``dated_corpus`` + ``corpus_annotations.ensure_stored`` +
``snapshot_env``, run once): this process reads the stored snapshot, keeps what the build
keeps (``build_corpus.BuildCorpus``, the corpus dropped), then runs
``document_pages.BackgroundPages(..., workers=2)`` and samples every process below it
(the pages' process, its input workers, its page writers) every ``--every`` seconds from
its own thread (outside the measured tree). Prints the stage's tree peak (PSS summed at
one sample) and each process's peak PSS and USS, CPU (user + sys at its last sample), and
when it was first and last seen. ``--fingerprint`` reads the cache of another version of
the code (``store.package_fingerprint`` fixed), so two versions read the same files.
"""

from __future__ import annotations

import argparse
import gc
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # PYTHONPATH, when set, picks the code measured


#: The page footer's fields (the same in every run, so that two runs' pages can be diffed).
FOOTER = {
    "built": "-",
    "version": "0",
    "corpus_hash": "-",
    "seeds_dir": "seeds",
    "parameters": "-",
    "index_href": "../index.html",
}


@dataclass
class Seen:
    """One process of the stage: its parent, peaks (MB), CPU (s), first and last second."""

    ppid: int
    first: float
    pss: float = 0.0
    uss: float = 0.0
    cpu: float = 0.0
    last: float = 0.0


@dataclass
class Sampler:
    """The stage's processes, sampled (``sample``) from this process."""

    started: float = field(default_factory=time.perf_counter)
    seen: dict[int, Seen] = field(default_factory=dict)
    peak: tuple[float, float] = (0.0, 0.0)  # MB, second

    def sample(self) -> None:
        """Read every process below this one once; keep each one's peaks and the tree's."""
        now, total = time.perf_counter() - self.started, 0.0
        for process in psutil.Process().children(recursive=True):
            try:
                info, cpu, ppid = process.memory_full_info(), process.cpu_times(), process.ppid()
            except psutil.Error:
                continue
            seen = self.seen.setdefault(process.pid, Seen(ppid, now))
            seen.pss = max(seen.pss, info.pss / 2**20)
            seen.uss = max(seen.uss, info.uss / 2**20)
            seen.cpu, seen.last = cpu.user + cpu.system, now
            total += info.pss / 2**20
        if total > self.peak[0]:
            self.peak = (total, now)

    def report(self) -> list[str]:
        """The tree's peak and each process's line, in the order they started."""
        lines = [f"stage tree peak PSS {self.peak[0]:.0f} MB at {self.peak[1]:.1f} s"]
        for pid, s in sorted(self.seen.items(), key=lambda item: item[1].first):
            lines.append(
                f"pid {pid} ppid {s.ppid} first {s.first:.1f} last {s.last:.1f} "
                f"peak PSS {s.pss:.0f} USS {s.uss:.0f} MB cpu {s.cpu:.1f} s"
            )
        return lines


def kept_corpus(seeds: Path) -> tuple[object, list[str]]:
    """What a build keeps of the stored corpus of ``seeds`` and its doc_ids, sorted."""
    from analysis.annotators.annotate import dated_corpus
    from analysis.annotators.corpus_snapshot import shared_corpus
    from analysis.site.build_corpus import build_corpus

    loaded = shared_corpus(seeds)
    corpus = dated_corpus(loaded)
    kept = build_corpus(loaded, corpus, seeds, {})
    if not kept.snapshot:
        raise SystemExit("no stored snapshot: warm the cache first")
    return kept, sorted(corpus.held_documents()["doc_id"].tolist())


def main() -> None:
    """Run the stage once and print what each process held and spent."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--every", type=float, default=0.25, help="seconds between samples")
    parser.add_argument("--fingerprint", default="", help="the cache's package fingerprint")
    args = parser.parse_args()
    if args.fingerprint:
        import analysis.ingest.store as store

        store.package_fingerprint = lambda inputs=None: args.fingerprint
    from analysis.site.document_pages import BackgroundPages, page_plan

    kept, doc_ids = kept_corpus(args.seeds)
    gc.collect()
    footer = dict(FOOTER, n_documents=str(len(doc_ids)))
    sampler, stop = Sampler(), threading.Event()
    plan = page_plan("Document")
    run = BackgroundPages(plan, kept, {}, doc_ids, args.out, lambda _: footer, workers=2)

    def loop() -> None:
        while not stop.is_set():
            sampler.sample()
            time.sleep(args.every)

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    done = run.result()
    stop.set()
    thread.join()
    wall = time.perf_counter() - sampler.started
    print(f"pages {len(done)} wall {wall:.1f} s")
    print("\n".join(sampler.report()))


if __name__ == "__main__":
    main()
