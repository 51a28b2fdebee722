"""The ``dask`` engine: loading and annotation over partitions on a ``dask.distributed``
cluster, for corpora that outgrow one machine.

``load_corpus(..., engine="dask")`` parses the files and ``annotate(..., engine="dask")``
codes the documents partition by partition on the cluster's workers, through the same
``parallel.map_chunks`` as the serial engine (``dask=DaskRun(...)``), so the tables are the
serial engine's. Each partition's tables are also written by the worker that made them,
as Parquet, to ``<run folder>/<stage>/part-00000/<table>.parquet``: a record of the run
that survives a lost client (on a real cluster, give a run folder every worker can write,
such as a shared file system).

Which cluster (``dask_client``): the scheduler at ``scheduler`` (the ``--scheduler``
option), else the ``Client`` already open in this process (the analyst's, or the one a
report build opened for loading and annotation together), else the scheduler at
``$DASK_SCHEDULER_ADDRESS``, else a ``LocalCluster`` of worker processes on this machine,
closed afterwards. A scheduler that does not answer raises ``ParameterError`` naming the
option (exit code 2 from the command line).
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.core.errors import AnalysisError, ParameterError
from analysis.ingest.store import default_cache_dir, user_cache_dir, write_parquet_atomically

log = logging.getLogger(__name__)

SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
SCHEDULER_OPTION = "--scheduler"
CONNECT_SECONDS = 10
"""How long to wait for a scheduler to answer before the address is refused."""
RUNS_FOLDER = "dask-runs"


class EngineError(AnalysisError, ValueError):
    """An unknown ``engine``, or one whose package is not installed."""


@dataclass(frozen=True)
class DaskRun:
    """Where a Dask run goes: the scheduler's address (``None``: see ``dask_client``) and
    the folder each partition's Parquet tables are written to."""

    scheduler: str | None
    folder: Path


def run_folder(base: Path) -> Path:
    """A new folder for one run's partitions: ``<base>/dask-runs/<UTC time>-<pid>``."""
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    return base / RUNS_FOLDER / f"{stamp}-{os.getpid()}-{time.monotonic_ns() % 10**6:06d}"


def dask_run(
    engine: str, scheduler: str | None, run_dir: str | Path | None, seeds: str | Path | None
) -> DaskRun | None:
    """The ``DaskRun`` of ``engine`` (None for ``"serial"``): ``run_dir``, else a new
    ``run_folder`` in the cache directory of the corpus folder ``seeds`` (or the user's)."""
    if engine != "dask":
        if scheduler:
            raise ParameterError(SCHEDULER_OPTION, scheduler, "is used only with --engine dask")
        return None
    _require_distributed()
    if run_dir:
        return DaskRun(scheduler, Path(run_dir))
    base = default_cache_dir(Path(seeds)) if seeds else user_cache_dir()
    return DaskRun(scheduler, run_folder(base))


def engine_options(engine: str, scheduler: str | None, base: Path) -> dict[str, Any]:
    """``engine=``, ``scheduler=`` and ``run_dir=`` for ``load_corpus`` and ``annotate``
    that put both stages of a run in one run folder under ``base`` (on Dask)."""
    dask_run(engine, scheduler, base, None)  # checks: a scheduler only with dask, installed
    run_dir = run_folder(base) if engine == "dask" else None
    return {"engine": engine, "scheduler": scheduler, "run_dir": run_dir}


@contextlib.contextmanager
def engine_session(engine: str, scheduler: str | None) -> Iterator[None]:
    """While inside, on ``engine="dask"``, a ``dask_client(scheduler)`` is the current
    client, so that the stages run inside share one cluster (a ``LocalCluster`` started
    once); nothing on the other engines."""
    if engine != "dask":
        yield
        return
    with dask_client(scheduler):
        yield


def _require_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise EngineError(
            "engine='dask' needs dask.distributed: pip install 'vn-diplomacy-corpus[dask]'"
        ) from exc
    return distributed


def _current_client() -> Any:
    """The ``Client`` open in this process, or None."""
    from distributed import Client

    try:
        return Client.current()
    except ValueError:
        return None


def _reachable(address: str) -> None:
    """Raise ``OSError`` or ``ValueError`` unless something listens at ``address`` (a TCP
    probe first, so that a wrong address fails fast and leaves no half-made Client)."""
    from distributed.comm import get_address_host_port

    try:
        host, port = get_address_host_port(address)
    except NotImplementedError:  # a transport without host and port (inproc): let Dask try
        return
    socket.create_connection((host, port), timeout=CONNECT_SECONDS).close()


def _connect(address: str, option: str) -> Any:
    from distributed import Client

    try:
        _reachable(address)
        return Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        problem = (
            f"no Dask scheduler answers there ({exc}); give the address the scheduler "
            "prints when it starts, such as tcp://10.0.0.5:8786"
        )
        raise ParameterError(option, address, problem) from None


@contextlib.contextmanager
def dask_client(scheduler: str | None = None) -> Iterator[Any]:
    """A ``distributed.Client`` (see the module docstring for which); one this opened is
    closed on leaving (and its ``LocalCluster`` with it)."""
    _require_distributed()
    current = _current_client()
    if current is not None and (not scheduler or current.scheduler.address == scheduler):
        yield current
        return
    address = scheduler or os.environ.get(SCHEDULER_ENV, "").strip()
    if address:
        client = _connect(address, SCHEDULER_OPTION if scheduler else SCHEDULER_ENV)
        with client.as_current():
            try:
                yield client
            finally:
                client.close()
        return
    from distributed import Client, LocalCluster

    log.info("dask: starting a LocalCluster of worker processes on this machine")
    with (
        LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster, set_as_default=False) as client,
        client.as_current(),
    ):
        yield client


def map_partitions(
    func: Callable[[Any], Any], parts: Sequence[Any], run: DaskRun, *, what: str
) -> list[Any]:
    """``[func(part) for part in parts]`` on the cluster, in order; each worker writes its
    partition's tables to ``run.folder/<what>/part-<n>/`` as Parquet."""
    stage = run.folder / what.replace(" ", "_")
    with dask_client(run.scheduler) as client:
        started = time.perf_counter()
        scattered = client.scatter(list(parts))
        futures = client.map(
            _partition,
            [func] * len(parts),
            [str(stage / f"part-{n:05d}") for n in range(len(parts))],
            scattered,
            pure=False,
        )
        results = client.gather(futures)
    log.info(
        "dask: %s: %d partitions in %.1f s (tables in %s)",
        what,
        len(parts),
        time.perf_counter() - started,
        stage,
    )
    return list(results)


def _partition(func: Callable[[Any], Any], folder: str, part: Any) -> Any:
    """On a worker: ``func(part)``, its tables written to ``folder`` first."""
    result = func(part)
    write_tables(result, Path(folder))
    return result


def partition_tables(result: Any) -> dict[str, pd.DataFrame]:
    """The tables of one partition's result, by name: a dataclass's frame fields, a
    ``tables()`` method's pairs, or a tuple's frames as ``table_<n>``."""
    if hasattr(result, "tables") and callable(result.tables):
        return dict(result.tables())
    if hasattr(result, "_fields"):  # a NamedTuple
        return {name: getattr(result, name) for name in result._fields}
    if is_dataclass(result):
        found = {f.name: getattr(result, f.name) for f in fields(result)}
        return {name: value for name, value in found.items() if isinstance(value, pd.DataFrame)}
    if isinstance(result, tuple):
        frames = enumerate(result)
        return {f"table_{n}": v for n, v in frames if isinstance(v, pd.DataFrame)}
    return {}


def write_tables(result: Any, folder: Path) -> None:
    """Write each table of ``result`` (``partition_tables``) to ``folder/<name>.parquet``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, frame in partition_tables(result).items():
        write_parquet_atomically(frame, folder / f"{name}.parquet")
