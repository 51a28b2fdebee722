"""Running a build's stages within its memory budget (``analysis.site.build_budget``): the
report kernels (each in a thread of this process) and the document pages' stage (a forked
process that waits for its turn, ``GatedPages``), each started when the budget allows.

The document pages' process must be forked before this process starts any thread (a
fork copies only the calling thread), but may have to wait until the kernels before it
have ended: ``GatedPages`` forks at once a process that waits, holding nothing of its
own (its pages are the build process's, shared), and forks the pages' own process
(``document_pages.BackgroundPages``) when it is let go (``open``). That process starts
no thread, so its fork is safe whenever it happens.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from analysis.ingest.parallel import Background, one_way_pipe
from analysis.site.build_budget import Unit, next_to_start, tree_mb

log = logging.getLogger(__name__)

Item = TypeVar("Item")
#: Seconds between checks of the running stages (Ctrl-C is seen at the next one).
POLL_SECONDS = 0.5


def own_memory_mb(smaps: Path = Path("/proc/self/smaps_rollup")) -> float | None:
    """This process's proportional set size (PSS) in MB, from ``smaps`` (Linux); None
    where it cannot be read."""
    try:
        for line in smaps.read_text(encoding="ascii").splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _pages_when_opened(
    gate: Any, sender: Any, arguments: tuple, workers: int
) -> list[tuple[str, float]]:
    """In the waiting process: wait for the gate, then build the pages in a process of
    their own (``BackgroundPages``) and return what it returns; nothing when the gate is
    closed without being opened (the build ended, even killed: this process closes its
    copy of the sending end, ``sender``, so that only the build holds it)."""
    from analysis.site.document_pages import BackgroundPages

    sender.close()
    try:
        if not gate.recv():
            return []
    except EOFError:  # the build ended without opening it
        return []
    run = BackgroundPages(*arguments, workers=workers)
    try:
        return run.result()
    finally:
        run.stop()


class GatedPages:
    """``document_pages.BackgroundPages(*arguments, workers=workers)``, started only when
    ``open`` is called; the waiting process is forked now (before any thread starts).
    ``result`` and ``stop`` as ``BackgroundPages``'s."""

    def __init__(self, *arguments: object, workers: int = 1) -> None:
        self._receive, self._send = one_way_pipe()
        self._run: Background[list[tuple[str, float]]] = Background(
            _pages_when_opened,
            self._receive,
            self._send,
            arguments,
            workers,
            name="document-pages-gate",
        )
        self._receive.close()  # the child holds its own end

    def open(self) -> None:
        """Let the pages start (a waiting process that has died already is reported by
        ``result``)."""
        with contextlib.suppress(OSError):  # BrokenPipeError: it is gone
            self._send.send(True)

    def result(self) -> list[tuple[str, float]]:
        """Wait for the pages (after ``open``); each document with its seconds. Raises
        ``document_pages.PageFailedError``."""
        from analysis.site.document_pages import pages_result

        return pages_result(self._run)

    def stop(self) -> None:
        """End the waiting process and the pages' process if they still run."""
        self._run.stop()
        self._send.close()


@dataclass
class Stage(Generic[Item]):
    """A unit of the schedule (``build_budget.Unit``) and what runs it (in a thread)."""

    unit: Unit
    run: Callable[[], list[Item]]


@dataclass
class _Running(Generic[Item]):
    """The state of one scheduled run: the stages waiting, running and done."""

    waiting: list[Stage[Item]]
    running: dict[Future[list[Item]], Stage[Item]]
    done: dict[int, list[Item]]
    told: set[str]


def _log_wait(stage: Stage[Any], held: float, running: Sequence[Unit], budget: float) -> None:
    """Say in the log what ``stage`` waits for (once per stage)."""
    log.info(
        "memory budget: %s waits (about %.0f MB; in use about %.0f MB of %.0f: the build "
        "process %.0f, %s)",
        stage.unit.name,
        stage.unit.estimate_mb,
        tree_mb(held, running),
        budget,
        held,
        ", ".join(f"{u.name} {u.estimate_mb:.0f}" for u in running) or "nothing else",
    )


def _start_what_fits(
    state: _Running[Item],
    pool: ThreadPoolExecutor,
    *,
    budget_mb: float,
    kernel_slots: int,
    held_mb: Callable[[], float],
) -> None:
    """Start every waiting stage that fits now (``next_to_start``), in order; log, once,
    each stage left waiting for memory."""
    held = held_mb()
    while state.waiting:
        running = [stage.unit for stage in state.running.values()]
        units = [stage.unit for stage in state.waiting]
        position = next_to_start(
            units, running, held_mb=held, budget_mb=budget_mb, kernel_slots=kernel_slots
        )
        if position is None:
            kernels = sum(unit.kernel for unit in running)
            for stage in state.waiting:
                full = stage.unit.kernel and kernels >= kernel_slots
                if not full and stage.unit.name not in state.told:
                    state.told.add(stage.unit.name)
                    _log_wait(stage, held, running, budget_mb)
            return
        stage = state.waiting.pop(position)
        if not running and tree_mb(held, [stage.unit]) > budget_mb:
            log.warning(
                "memory budget: %s runs alone (about %.0f MB, with the build process's "
                "%.0f over the budget of %.0f MB)",
                stage.unit.name,
                stage.unit.estimate_mb,
                held,
                budget_mb,
            )
        state.running[pool.submit(stage.run)] = stage


def _end_running(running: Sequence[Future[Any]], kill: Callable[[], int]) -> None:
    """Call ``kill`` until every ``running`` thread has ended (a thread may be starting a
    kernel when the first call comes); the log quiet meanwhile (each killed kernel would
    log "Kernel died ...")."""
    logging.disable(logging.ERROR)
    try:
        while True:
            kill()
            if not wait(running, timeout=POLL_SECONDS).not_done:
                break
    finally:
        logging.disable(logging.NOTSET)


def run_scheduled(
    stages: Sequence[Stage[Item]],
    *,
    budget_mb: float,
    kernel_slots: int,
    held_mb: Callable[[], float],
    stopping: threading.Event,
    on_stop: Callable[[], None] = lambda: None,
    kill: Callable[[], int] = lambda: 0,
) -> list[list[Item]]:
    """Run ``stages`` (each in a thread, in the order given when they fit: ``next_to_start``)
    and return their results in that order. The first failure stops the stages not
    started (``on_stop`` ends what runs in the background) and is raised once the running
    ones end. Interrupted (Ctrl-C, SIGTERM), ``stopping`` is set, ``on_stop`` called and
    the interrupt raised as soon as the running threads end (``kill`` ends what they
    wait for: the kernels), instead of waiting for every running notebook to finish."""
    pool = ThreadPoolExecutor(max_workers=max(1, len(stages)))
    order = {id(stage): n for n, stage in enumerate(stages)}
    state: _Running[Item] = _Running(list(stages), {}, {}, set())
    failure: BaseException | None = None
    try:
        while state.running or (state.waiting and failure is None):
            if failure is None:
                _start_what_fits(
                    state, pool, budget_mb=budget_mb, kernel_slots=kernel_slots, held_mb=held_mb
                )
            finished, _ = wait(state.running, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            for future in finished:
                stage = state.running.pop(future)
                try:
                    state.done[order[id(stage)]] = future.result()
                except Exception as exc:
                    if failure is None:
                        failure = exc
                        on_stop()
        if failure is not None:
            raise failure
        return [state.done[n] for n in range(len(stages))]
    except KeyboardInterrupt:
        stopping.set()
        on_stop()
        pool.shutdown(wait=False, cancel_futures=True)
        _end_running(list(state.running), kill)
        raise
    finally:
        pool.shutdown(wait=not stopping.is_set())
