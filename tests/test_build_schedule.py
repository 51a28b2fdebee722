"""Running stages within the budget (``analysis/site/build_schedule.py``): what waits,
what runs together, failures and the gated document pages' process."""

from __future__ import annotations

import logging
import signal
import threading
import time
from pathlib import Path

import pytest

from analysis.site import build_schedule
from analysis.site.build_budget import Unit
from analysis.site.build_schedule import Stage, own_memory_mb, run_scheduled


def _stages(spec: list[tuple[str, float, bool]], log: list[str], pause: float = 0.05):
    lock = threading.Lock()
    running: set[str] = set()
    seen: list[set[str]] = []

    def make(name: str):
        def run() -> list[str]:
            with lock:
                running.add(name)
                seen.append(set(running))
                log.append(f"start {name}")
            time.sleep(pause)
            with lock:
                running.discard(name)
                log.append(f"end {name}")
            return [name]

        return run

    return [Stage(Unit(n, mb, kernel), make(n)) for n, mb, kernel in spec], seen


def test_stages_that_do_not_fit_together_wait_and_results_keep_their_order(caplog):
    log: list[str] = []
    stages, seen = _stages(
        [("pages", 4_000, False), ("big", 4_000, True), ("small", 500, True)], log
    )
    with caplog.at_level(logging.INFO, logger=build_schedule.__name__):
        results = run_scheduled(
            stages, budget_mb=5_000, kernel_slots=2, held_mb=lambda: 400, stopping=threading.Event()
        )
    assert results == [["pages"], ["big"], ["small"]]
    assert all(not {"pages", "big"} <= together for together in seen)
    assert {"pages", "small"} in seen  # the small kernel ran beside the pages
    assert "memory budget: big waits (about 4000 MB" in caplog.text


def test_with_an_ample_budget_they_run_together_up_to_the_kernel_slots():
    log: list[str] = []
    stages, seen = _stages(
        [("pages", 900, False), ("a", 900, True), ("b", 900, True), ("c", 9, True)], log, 0.2
    )
    run_scheduled(
        stages, budget_mb=6_000, kernel_slots=2, held_mb=lambda: 600, stopping=threading.Event()
    )
    assert {"pages", "a", "b"} in seen
    assert max(len(together - {"pages"}) for together in seen) == 2


def test_a_stage_larger_than_the_budget_runs_alone_and_says_so(caplog):
    log: list[str] = []
    stages, _ = _stages([("huge", 9_000, True), ("b", 100, True)], log)
    with caplog.at_level(logging.WARNING, logger=build_schedule.__name__):
        run_scheduled(
            stages, budget_mb=1_000, kernel_slots=2, held_mb=lambda: 500, stopping=threading.Event()
        )
    assert log == ["start huge", "end huge", "start b", "end b"]
    assert "huge runs alone" in caplog.text


def test_the_first_failure_stops_what_has_not_started_and_is_raised():
    stopped: list[bool] = []
    ran: list[str] = []

    def fail() -> list[str]:
        raise RuntimeError("boom")

    def later() -> list[str]:
        ran.append("later")
        return ["later"]

    stages = [Stage(Unit("a", 900), fail), Stage(Unit("b", 900), later)]
    with pytest.raises(RuntimeError, match="boom"):
        run_scheduled(
            stages,
            budget_mb=1_000,  # b waits for a
            kernel_slots=2,
            held_mb=lambda: 0,
            stopping=threading.Event(),
            on_stop=lambda: stopped.append(True),
        )
    assert ran == [] and stopped == [True]


def test_own_memory_is_read_where_linux_says_it(tmp_path: Path):
    smaps = tmp_path / "smaps_rollup"
    smaps.write_text("Rss:  4096 kB\nPss:  2048 kB\n", encoding="ascii")
    assert own_memory_mb(smaps) == 2.0
    assert own_memory_mb(tmp_path / "missing") is None
    if Path("/proc/self/smaps_rollup").exists():
        assert (own_memory_mb() or 0) > 10


def test_gated_pages_wait_for_open_and_stop_without_running(monkeypatch, tmp_path: Path):
    """The gate's process forks now and builds the pages only when opened; stopped
    unopened, it builds nothing."""
    from analysis.site import document_pages

    marker = tmp_path / "built"

    class FakePages:
        def __init__(self, *arguments, workers=1):
            marker.write_text(repr(arguments), encoding="utf-8")

        def result(self):
            return [("d1", 0.5)]

        def stop(self):
            pass

    monkeypatch.setattr(document_pages, "BackgroundPages", FakePages)
    unopened = build_schedule.GatedPages("x", workers=1)
    time.sleep(0.3)
    unopened.stop()
    assert not marker.exists()
    gated = build_schedule.GatedPages("plan", workers=2)
    gated.open()
    assert gated.result() == [("d1", 0.5)]
    gated.stop()
    assert marker.read_text(encoding="utf-8") == "('plan',)"


def test_gated_pages_that_die_are_a_page_failure(monkeypatch):
    import os

    from analysis.site import document_pages

    class DyingPages:
        def __init__(self, *arguments, workers=1):
            os._exit(3)  # out of memory, say

    monkeypatch.setattr(document_pages, "BackgroundPages", DyingPages)
    gated = build_schedule.GatedPages("plan")
    gated.open()
    with pytest.raises(document_pages.PageFailedError, match="exit code 3"):
        gated.result()
    gated.stop()
    gated.open()  # after the end: nothing to let go, no error


def test_an_interrupt_ends_what_runs_and_starts_nothing_more():
    """Ctrl-C (or SIGTERM, which the command line turns into it) while a stage runs: the
    background is stopped, ``kill`` is called until the running thread ends, and the
    stages still waiting never start."""
    import _thread

    released = threading.Event()
    stopped: list[bool] = []

    def blocking() -> list[str]:
        released.wait(30)
        return ["a"]

    def never() -> list[str]:
        raise AssertionError("started after the interrupt")

    def kill() -> int:
        released.set()  # what killing the kernel does to the thread waiting for it
        return 1

    stopping = threading.Event()
    stages = [Stage(Unit("a", 1), blocking), Stage(Unit("b", 1), never)]
    # Ctrl-C reaches Python only through its handler: a suite started in the background of
    # a non-interactive shell inherits SIGINT ignored, and ``interrupt_main`` then does
    # nothing (the stage ran its 30 s and b started).
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    timer = threading.Timer(0.5, _thread.interrupt_main)
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            run_scheduled(
                stages,
                budget_mb=10,
                kernel_slots=1,  # b waits for a's slot
                held_mb=lambda: 0,
                stopping=stopping,
                on_stop=lambda: stopped.append(True),
                kill=kill,
            )
    finally:
        signal.signal(signal.SIGINT, previous)
    assert stopping.is_set() and stopped == [True] and released.is_set()


def test_the_gate_process_ends_when_the_build_closes_the_gate_unopened(monkeypatch):
    """A build that ends without opening the gate (killed, say: its end of the pipe is
    closed) leaves no process waiting for ever."""
    from analysis.site import document_pages

    monkeypatch.setattr(document_pages, "BackgroundPages", None)  # never reached
    gated = build_schedule.GatedPages("plan")
    gated._send.close()  # what the build's death does to its end
    assert gated.result() == []  # the waiting process saw the end and returned
    gated.stop()
