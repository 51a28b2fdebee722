"""Run a per-document stage over chunks of a corpus, here or in worker processes.

Every stage that reads one document at a time (parsing a file, coding its sentences,
finding its dates) gives the same rows whether it sees the whole corpus or a chunk of
it. ``map_chunks`` exploits that: it cuts the corpus (or a list of files) into chunks,
runs the stage on each, in this process or in ``jobs`` worker processes, and returns the
results in chunk order. Chunks bound the memory a stage holds in Python objects at once;
processes use the machine's cores.

Workers are forked where the platform can (Linux): they start at once, inherit the
imported modules, and need no ``if __name__ == "__main__"`` guard in a user's script.
Elsewhere they are spawned. Processes are used only when there are several chunks.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import replace
from typing import TypeVar

import numpy as np
import pandas as pd

from analysis.corpus_type import Corpus
from analysis.errors import ParameterError

log = logging.getLogger(__name__)

CHUNK_DOCUMENTS = 500
JOBS_ENV = "VN_CORPUS_JOBS"

Item = TypeVar("Item")
Result = TypeVar("Result")


def default_jobs() -> int:
    """Worker processes to use: ``$VN_CORPUS_JOBS`` if set, else 1 (this process)."""
    raw = os.environ.get(JOBS_ENV, "1")
    try:
        return check_jobs(int(raw))
    except (ValueError, ParameterError):
        message = "must be a whole number of processes, 1 or more"
        raise ParameterError(JOBS_ENV, raw, message) from None


def check_jobs(jobs: int) -> int:
    """``jobs`` if it is a usable number of processes; ``ParameterError`` otherwise."""
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ParameterError("jobs", jobs, "must be a whole number of processes, 1 or more")
    return jobs


def _rows_by_chunk(doc_ids: pd.Series, chunk_of: dict[str, int], n: int) -> list[np.ndarray]:
    """Row positions of each chunk's documents in a table, in table order."""
    keys = doc_ids.map(chunk_of).to_numpy(dtype="int64", na_value=-1)
    order = np.argsort(keys, kind="stable")
    bounds = np.searchsorted(keys[order], np.arange(n + 1))
    return [order[bounds[k] : bounds[k + 1]] for k in range(n)]


def corpus_chunks(corpus: Corpus, size: int = CHUNK_DOCUMENTS) -> Iterator[Corpus]:
    """The corpus cut into corpora of at most ``size`` documents, made one at a time.

    Chunks follow the sorted doc_ids, so tables sorted by ``doc_id`` first concatenate in
    order; within a chunk, rows keep their order in the corpus.
    """
    ids = sorted(corpus.documents["doc_id"])
    if len(ids) <= size:
        yield corpus
        return
    n = -(-len(ids) // size)
    chunk_of = {doc_id: i // size for i, doc_id in enumerate(ids)}
    tables = {name: getattr(corpus, name) for name in ("documents", "paragraphs", "sentences")}
    rows = {name: _rows_by_chunk(t["doc_id"], chunk_of, n) for name, t in tables.items()}
    for k in range(n):
        parts = {
            name: table.take(rows[name][k]).reset_index(drop=True) for name, table in tables.items()
        }
        yield replace(corpus, **parts)


def map_chunks(
    func: Callable[[Item], Result],
    chunks: Iterable[Item],
    *,
    jobs: int = 1,
    total: int | None = None,
    what: str = "chunks",
) -> list[Result]:
    """``[func(chunk) for chunk in chunks]``, in ``jobs`` worker processes when above 1.

    ``func`` must be a module-level function (workers import it). At most two chunks
    per worker are in flight, so a lazy ``chunks`` is never all in memory at once.
    Progress is logged after each chunk (``total``: the number of chunks, if known).
    """
    check_jobs(jobs)
    results: dict[int, Result] = {}

    def progress() -> None:
        of = f" of {total}" if total else ""
        log.info("%s: %d%s done", what, len(results), of)

    iterator = enumerate(chunks)
    if jobs == 1 or (total is not None and total <= 1):
        for i, chunk in iterator:
            results[i] = func(chunk)
            progress()
        return [results[i] for i in sorted(results)]
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        running: dict[Future[Result], int] = {}
        for i, chunk in iterator:
            running[pool.submit(func, chunk)] = i
            while len(running) >= 2 * jobs:
                _collect(running, results, progress)
        while running:
            _collect(running, results, progress)
    return [results[i] for i in sorted(results)]


def _collect(
    running: dict[Future[Result], int], results: dict[int, Result], progress: Callable[[], None]
) -> None:
    """Wait for at least one running chunk and store what finished (re-raising its error)."""
    done, _ = wait(running, return_when=FIRST_COMPLETED)
    for future in done:
        results[running.pop(future)] = future.result()
        progress()
