"""Run a per-document stage over chunks of a corpus: here, in worker processes, or on a
Dask cluster. The one parallel helper of the package (loading, annotating, page writing).

Every stage that reads one document at a time (parsing a file, coding its sentences,
finding its dates) gives the same rows whether it sees the whole corpus or a chunk of
it. ``map_chunks`` exploits that: it cuts the corpus (or a list of files) into chunks,
runs the stage on each, in this process, in ``jobs`` worker processes, or over the
partitions of a ``dask.distributed`` cluster (``dask=DaskRun(...)``, see
``analysis.ingest.dask_engine``), and returns the results in chunk order. Chunks bound the memory
a stage holds in Python objects at once; processes use the machine's cores.

State every chunk needs (a plan, a corpus, a callback) is given as ``shared=``: the stage
is called as ``func(shared, chunk)``. Worker processes receive it once, through the
pool's initializer (``ProcessPoolExecutor(initializer=...)``), not with every chunk and
not through a module global set by the parent before the workers start.

Workers are forked where the platform can (Linux): they start at once, inherit the
imported modules (and ``shared`` without pickling it), and need no
``if __name__ == "__main__"`` guard in a user's script. Elsewhere they are spawned.
Processes are used only when there are several chunks. ``Background`` runs one call in a
forked process while this one goes on (the document pages during a report build).

Every chunk runs with Python's cyclic garbage collector paused
(``core.memory.collector_paused``), here and in the workers: a stage builds tables of
hundreds of thousands of small objects that hold no cycle, and the collector's full walks
grow with them. Worker processes also move what they inherit or import before their first
chunk out of the collector's sight (``gc.freeze``). Measured in ``benchmarks/results.md``,
"The collector paused per chunk".

The report build's notebooks stay on threads (``report_runner._run_in_threads``), not on
this helper: each thread only waits on a papermill kernel, which is already a process of
its own, and on Ctrl-C the build must kill those kernels while their threads end, which a
pool of worker processes would hide behind one more process.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import numpy as np
import pandas as pd

from analysis.core.corpus_type import Corpus
from analysis.core.errors import AnalysisError, ParameterError
from analysis.core.memory import collector_paused

if TYPE_CHECKING:
    from analysis.ingest.dask_engine import DaskRun

log = logging.getLogger(__name__)

CHUNK_DOCUMENTS = 500
JOBS_ENV = "VN_CORPUS_JOBS"

Item = TypeVar("Item")
Result = TypeVar("Result")


class _Nothing:
    """No shared state: the stage is called as ``func(chunk)``."""


NOTHING: Any = _Nothing()


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
    order; within a chunk, rows keep their order in the corpus. A chunk's rows are a slice
    of the corpus's tables where they are consecutive, else taken without copying whole
    text columns (``Corpus.take``); tables held without their text stay so (each chunk makes
    its own).
    """
    ids = sorted(corpus.held_documents()["doc_id"])
    if len(ids) <= size:
        yield corpus
        return
    n = -(-len(ids) // size)
    chunk_of = {doc_id: i // size for i, doc_id in enumerate(ids)}
    tables = (corpus.held_documents(), corpus.held_paragraphs(), corpus.held_sentences())
    rows = [_rows_by_chunk(t["doc_id"], chunk_of, n) for t in tables]
    for k in range(n):
        yield corpus.take(*(table_rows[k] for table_rows in rows))


def map_chunks(
    func: Callable[..., Result],
    chunks: Iterable[Item],
    *,
    jobs: int = 1,
    total: int | None = None,
    what: str = "chunks",
    shared: object = NOTHING,
    on_result: Callable[[Result], None] | None = None,
    dask: DaskRun | None = None,
) -> list[Result]:
    """``[func(chunk) for chunk in chunks]`` (``func(shared, chunk)`` when ``shared`` is
    given), in ``jobs`` worker processes when above 1, or on a Dask cluster with ``dask``.

    ``func`` must be a module-level function (workers import it). At most two chunks
    per worker are in flight, so a lazy ``chunks`` is never all in memory at once.
    ``on_result`` is called with each result as it arrives (in the order they finish);
    progress is logged after each chunk (``total``: the number of chunks, if known), at
    DEBUG level when ``on_result`` is given (the caller reports its own progress).
    """
    check_jobs(jobs)
    if dask is not None:
        if shared is not NOTHING:
            raise ValueError("map_chunks: shared state is not sent to a Dask cluster")
        from analysis.ingest.dask_engine import map_partitions

        done = map_partitions(func, list(chunks), dask, what=what)
        for result in done if on_result is not None else ():
            on_result(result)
        return done
    results: dict[int, Result] = {}

    def store(i: int, result: Result) -> None:
        results[i] = result
        if on_result is not None:
            on_result(result)
        of = f" of {total}" if total else ""
        level = logging.INFO if on_result is None else logging.DEBUG  # the caller logs it
        log.log(level, "%s: %d%s done", what, len(results), of)

    if jobs == 1 or (total is not None and total <= 1):
        task = func if shared is NOTHING else _bound(func, shared)
        for i, chunk in enumerate(chunks):
            store(i, _paused(task, chunk))
    else:
        _in_processes(func, chunks, jobs, shared, store)
    return [results[i] for i in sorted(results)]


def _paused(task: Callable[[Item], Result], chunk: Item) -> Result:
    """``task(chunk)`` with the cyclic garbage collector paused (``collector_paused``)."""
    with collector_paused():
        return task(chunk)


def _bound(func: Callable[..., Result], shared: object) -> Callable[[Item], Result]:
    return lambda chunk: func(shared, chunk)


def _context() -> Any:
    """Fork where the platform can, else spawn."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def one_way_pipe() -> tuple[Any, Any]:
    """A one-way pipe (receiving end, sending end) of the context ``Background`` starts its
    process with: to send a ``Background``'s function a word after it has started."""
    return _context().Pipe(duplex=False)


def _in_processes(
    func: Callable[..., Result],
    chunks: Iterable[Item],
    jobs: int,
    shared: object,
    store: Callable[[int, Result], None],
) -> None:
    """Run ``func`` on every chunk in ``jobs`` processes given ``shared`` by the initializer."""
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=_context(),
        initializer=_WorkerState.install,
        initargs=(shared,),
    ) as pool:
        running: dict[Future[Result], int] = {}
        for i, chunk in enumerate(chunks):
            running[pool.submit(_WorkerState.call, func, chunk)] = i
            while len(running) >= 2 * jobs:
                _collect(running, store)
        while running:
            _collect(running, store)


class _WorkerState:
    """What the initializer of a worker process received, kept in that worker (the parent
    never sets it: its stages get ``shared`` as an argument)."""

    shared: object = NOTHING

    @classmethod
    def install(cls, shared: object) -> None:
        """The pool's initializer: keep ``shared`` for every chunk this worker runs, and
        freeze what the worker holds now (imports, ``shared``, a forked parent's objects)
        so the collector never walks it again (``gc.freeze``)."""
        cls.shared = shared
        gc.freeze()

    @classmethod
    def call(cls, func: Callable[..., Result], chunk: object) -> Result:
        """``func(chunk)``, or ``func(shared, chunk)`` when the initializer was given state,
        with the cyclic garbage collector paused."""
        with collector_paused():
            return func(chunk) if cls.shared is NOTHING else func(cls.shared, chunk)


def _collect(running: dict[Future[Result], int], store: Callable[[int, Result], None]) -> None:
    """Wait for at least one running chunk and store what finished (re-raising its error)."""
    done, _ = wait(running, return_when=FIRST_COMPLETED)
    for future in done:
        store(running.pop(future), future.result())


# --- one call in the background -----------------------------------------------------------


class BackgroundDiedError(AnalysisError):
    """The background process ended without sending its result (killed, out of memory)."""

    def __init__(self, exitcode: int | None) -> None:
        super().__init__(exitcode)
        self.exitcode = exitcode

    def __str__(self) -> str:
        return f"the background process died (exit code {self.exitcode}; out of memory?)"


#: Seconds a background process's own worker gets to end after SIGTERM before SIGKILL.
END_GRACE_SECONDS = 5.0


def _end_with_children(signum: int, _frame: object) -> None:
    """SIGTERM in a background process (``Background.stop``): end the processes it started
    (a pool's workers, which inherit this handler and end theirs), reap them, then exit.
    Without it the workers of a pool would outlive a stopped background process."""
    children = multiprocessing.active_children()
    for child in children:
        child.terminate()
    for child in children:
        child.join(END_GRACE_SECONDS)
        if child.is_alive():
            child.kill()
            child.join()
    os._exit(128 + signum)


def _run_and_send(connection: Any, func: Callable[..., object], args: tuple) -> None:
    """In the child: send ``(True, func(*args))``, or ``(False, the exception)``. On
    SIGTERM the child ends the processes it started (``_end_with_children``)."""
    if hasattr(signal, "SIGTERM") and os.name == "posix":
        signal.signal(signal.SIGTERM, _end_with_children)
    try:
        outcome: tuple[bool, object] = (True, func(*args))
    except BaseException as exc:  # reported to the parent
        outcome = (False, exc)
    try:
        connection.send(outcome)
    except Exception:  # an exception that cannot be pickled: its traceback as text
        connection.send((False, RuntimeError(traceback.format_exc())))
    connection.close()


class Background(Generic[Result]):
    """``func(*args)`` in a child process (forked where possible: ``args`` need not pickle)
    while this process goes on; ``result()`` waits for it, ``stop()`` ends it.

    Start it before this process starts any thread (a fork copies only the calling one).
    """

    def __init__(self, func: Callable[..., Result], *args: object, name: str = "background"):
        context = _context()
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_run_and_send, args=(send, func, args), name=name)
        self._process.start()
        send.close()

    def result(self) -> Result:
        """The call's value; its exception re-raised; ``BackgroundDiedError`` if it died."""
        try:
            ok, outcome = self._receive.recv()
        except EOFError:
            self._process.join()
            raise BackgroundDiedError(self._process.exitcode) from None
        self._process.join()
        if not ok:
            raise outcome  # type: ignore[misc]
        return outcome  # type: ignore[return-value]

    def stop(self) -> None:
        """End the process if it is still running, and the processes it started."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._receive.close()
