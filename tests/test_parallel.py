"""Chunks and worker processes give the same tables as one pass in this process."""

from __future__ import annotations

import gc
import importlib
import logging
import os
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis import load_corpus
from analysis.core.errors import ParameterError
from analysis.ingest import file_parsing, parallel
from analysis.ingest.parallel import check_jobs, corpus_chunks, default_jobs, map_chunks
from tests.conftest import SEEDS


def _pid_and_square(x: int) -> tuple[int, int]:
    return os.getpid(), x * x


def test_map_chunks_keeps_order_in_processes(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="analysis.ingest.parallel"):
        results = map_chunks(_pid_and_square, iter(range(7)), jobs=2, total=7, what="squares")
    assert [square for _, square in results] == [x * x for x in range(7)]
    assert os.getpid() not in {pid for pid, _ in results}
    assert "squares: 7 of 7 done" in caplog.text


def test_map_chunks_in_this_process() -> None:
    results = map_chunks(_pid_and_square, [1, 2, 3], jobs=1)
    assert results == [(os.getpid(), 1), (os.getpid(), 4), (os.getpid(), 9)]


def _collector_state(x: int) -> tuple[int, bool, int]:
    """The process, whether the cyclic collector runs, and how many objects are frozen."""
    return os.getpid(), gc.isenabled(), gc.get_freeze_count()


@pytest.mark.parametrize("jobs", [1, 2])
def test_map_chunks_runs_each_chunk_with_the_collector_paused(jobs: int) -> None:
    """Every chunk runs with the collector off, here and in the workers (which freeze what
    they inherited); afterwards it is on again in this process, nothing frozen here."""
    assert gc.isenabled()
    results = map_chunks(_collector_state, range(4), jobs=jobs, total=4)
    assert [on for _, on, _ in results] == [False] * 4
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    if jobs > 1:
        assert os.getpid() not in {pid for pid, _, _ in results}
        assert all(frozen > 0 for _, _, frozen in results)


def test_map_chunks_resumes_the_collector_after_a_failing_chunk() -> None:
    with pytest.raises(ValueError, match="three is bad"):
        map_chunks(_fail_on_three, range(6), jobs=1)
    assert gc.isenabled()


def test_map_chunks_leaves_a_paused_collector_paused() -> None:
    gc.disable()
    try:
        map_chunks(_collector_state, range(2), jobs=1)
        assert not gc.isenabled()
    finally:
        gc.enable()


def _fail_on_three(x: int) -> int:
    if x == 3:
        raise ValueError("three is bad")
    return x


def test_an_error_in_a_worker_reaches_the_caller() -> None:
    with pytest.raises(ValueError, match="three is bad"):
        map_chunks(_fail_on_three, range(6), jobs=2)


@pytest.mark.parametrize("jobs", [0, -1, 1.5, "2", True])
def test_bad_jobs_are_refused(jobs: object) -> None:
    with pytest.raises(ParameterError, match="jobs"):
        check_jobs(jobs)  # type: ignore[arg-type]


def test_jobs_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VN_CORPUS_JOBS", "2")
    assert default_jobs() == 2
    monkeypatch.setenv("VN_CORPUS_JOBS", "many")
    with pytest.raises(ParameterError, match="VN_CORPUS_JOBS"):
        default_jobs()


def test_corpus_chunks_partition_every_table(samples) -> None:
    chunks = list(corpus_chunks(samples, size=2))
    assert [len(c) for c in chunks] == [2, 2, 1]
    ids = sorted(samples.documents["doc_id"])
    assert [c.documents["doc_id"].tolist() for c in chunks] == [ids[:2], ids[2:4], ids[4:]]
    for name in ("paragraphs", "sentences"):
        whole = getattr(samples, name)
        joined = pd.concat([getattr(c, name) for c in chunks], ignore_index=True)
        order = ["doc_id", "para_id"] + (["sent_id"] if name == "sentences" else [])
        pd.testing.assert_frame_equal(
            joined.sort_values(order, ignore_index=True),
            whole.sort_values(order, ignore_index=True),
        )
        for chunk in chunks:
            assert set(getattr(chunk, name)["doc_id"]) == set(chunk.documents["doc_id"])


def test_one_chunk_is_the_corpus_itself(samples) -> None:
    (only,) = corpus_chunks(samples, size=10)
    assert only is samples


def test_load_in_worker_processes_gives_the_same_tables(
    samples, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_parsing, "PROGRESS_EVERY", 2)  # 5 files: 3 parts
    parallel = load_corpus(SEEDS, cache=False, jobs=2)
    for name in ("documents", "paragraphs", "sentences", "rejected"):
        pd.testing.assert_frame_equal(getattr(parallel, name), getattr(samples, name))


def test_annotate_in_chunks_and_processes_gives_the_same_tables(
    samples, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analysis import annotate

    module = importlib.import_module("analysis.annotators.annotate")
    whole = annotate(samples, jobs=1)
    monkeypatch.setattr(module, "CHUNK_DOCUMENTS", 2)  # 5 documents: 3 chunks
    for jobs in (1, 2):
        chunked_tables = dict(annotate(samples, jobs=jobs).tables())
        for name, table in whole.tables():
            assert len(table) > 0, name
            pd.testing.assert_frame_equal(chunked_tables[name], table)


def _scaled(shared, x: int) -> tuple[int, int]:
    return os.getpid(), shared(x)


def test_shared_state_reaches_the_workers_through_the_initializer() -> None:
    """``shared`` is given to each worker once, by the pool initializer, without pickling
    (a closure cannot be pickled), and is not left behind in this process."""
    factor = 3
    scale = lambda x: factor * x  # noqa: E731 - a closure: pickle refuses it
    seen: list[tuple[int, int]] = []
    results = map_chunks(_scaled, range(6), jobs=2, total=6, shared=scale, on_result=seen.append)
    assert [value for _, value in results] == [0, 3, 6, 9, 12, 15]
    assert sorted(seen) == sorted(results)  # every result, as it arrived
    assert os.getpid() not in {pid for pid, _ in results}
    assert map_chunks(_scaled, [2], jobs=1, shared=scale) == [(os.getpid(), 6)]
    assert parallel._WorkerState.shared is parallel.NOTHING  # the parent never holds it


def test_workers_of_a_second_pool_do_not_see_the_first_pools_state() -> None:
    map_chunks(_scaled, range(4), jobs=2, total=4, shared=lambda x: x)
    results = map_chunks(_pid_and_square, range(4), jobs=2, total=4)
    assert [square for _, square in results] == [0, 1, 4, 9]


def _double(x: int) -> int:
    return 2 * x


def test_a_background_call_returns_its_value_or_raises_its_error() -> None:
    run = parallel.Background(_double, 21)
    assert run.result() == 42
    run.stop()
    failing = parallel.Background(_fail_on_three, 3)
    with pytest.raises(ValueError, match="three is bad"):
        failing.result()
    failing.stop()


def test_a_background_process_that_dies_is_reported() -> None:
    run = parallel.Background(os._exit, 7)
    with pytest.raises(parallel.BackgroundDiedError, match="exit code 7"):
        run.result()
    run.stop()


def _note_pid_and_wait(folder: Path, chunk: int) -> int:
    (folder / f"{os.getpid()}.pid").write_text(str(chunk))
    time.sleep(120)
    return chunk


def _pool_in_background(folder: Path) -> list[int]:
    return map_chunks(_note_pid_and_wait, range(4), jobs=2, total=4, shared=folder)


def _running(pid: int) -> bool:
    """The process exists and is not a zombie (read from /proc)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in {"Z", "X"}


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_stopping_a_background_call_ends_the_workers_it_started(tmp_path: Path) -> None:
    """A build stops the document pages' background process when a report fails: the
    process's own pool workers (busy for two minutes here) end with it, none orphaned."""
    run = parallel.Background(_pool_in_background, tmp_path)
    deadline = time.monotonic() + 60
    while len(list(tmp_path.glob("*.pid"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = [int(f.stem) for f in tmp_path.glob("*.pid")]
    assert len(workers) == 2 and all(_running(pid) for pid in workers)
    started = time.monotonic()
    run.stop()
    while any(_running(pid) for pid in workers) and time.monotonic() - started < 30:
        time.sleep(0.05)
    assert not any(_running(pid) for pid in workers)
    assert time.monotonic() - started < parallel.END_GRACE_SECONDS + 5
