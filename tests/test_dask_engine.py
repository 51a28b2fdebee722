"""Tests of ``analysis.ingest.dask_engine`` that need no cluster: run folders, the
``DaskRun`` of an engine, the tables of a partition's result written as Parquet, and
the errors for a missing package or a scheduler that does not answer. (Loading and
annotating on a real ``LocalCluster`` is tested in ``tests/test_engines.py``.)"""

from __future__ import annotations

import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pytest

from analysis.core.errors import ParameterError
from analysis.ingest.dask_engine import (
    RUNS_FOLDER,
    SCHEDULER_OPTION,
    DaskRun,
    EngineError,
    _connect,
    _partition,
    _require_distributed,
    dask_run,
    engine_options,
    engine_session,
    partition_tables,
    run_folder,
    write_tables,
)

DOCS = pd.DataFrame({"doc_id": ["a", "b"], "n_words": [3, 4]})
PARAS = pd.DataFrame({"doc_id": ["a"], "text": ["Hà Nội"]})


class Pair(NamedTuple):
    documents: pd.DataFrame
    paragraphs: pd.DataFrame


@dataclass(frozen=True)
class Batch:
    documents: pd.DataFrame
    rejected: list[tuple[str, str]]


class WithTables:
    def tables(self):
        return [("documents", DOCS)]


def test_partition_tables_of_every_result_shape() -> None:
    assert list(partition_tables(Pair(DOCS, PARAS))) == ["documents", "paragraphs"]
    assert list(partition_tables(Batch(DOCS, []))) == ["documents"]  # frames only
    assert list(partition_tables(WithTables())) == ["documents"]
    assert list(partition_tables((DOCS, "not a frame", PARAS))) == ["table_0", "table_2"]
    assert partition_tables(42) == {}


def test_partition_runs_the_function_and_writes_its_tables(tmp_path: Path) -> None:
    folder = tmp_path / "loading" / "part-00000"
    result = _partition(
        lambda part: Pair(DOCS[DOCS["doc_id"].isin(part)], PARAS), str(folder), ["a"]
    )
    assert list(result.documents["doc_id"]) == ["a"]
    written = pd.read_parquet(folder / "documents.parquet")
    pd.testing.assert_frame_equal(written, result.documents, check_dtype=False)
    assert pd.read_parquet(folder / "paragraphs.parquet")["text"].tolist() == ["Hà Nội"]


def test_write_tables_writes_nothing_for_a_result_without_tables(tmp_path: Path) -> None:
    write_tables(None, tmp_path / "empty")
    assert list((tmp_path / "empty").iterdir()) == []


def test_run_folders_are_new_and_under_the_runs_folder(tmp_path: Path) -> None:
    first, second = run_folder(tmp_path), run_folder(tmp_path)
    assert first.parent == tmp_path / RUNS_FOLDER
    assert first != second
    assert first.name[:8].isdigit() and "T" in first.name


def test_dask_run_of_each_engine(tmp_path: Path) -> None:
    assert dask_run("serial", None, None, None) is None
    with pytest.raises(ParameterError, match="is used only with --engine dask"):
        dask_run("serial", "tcp://10.0.0.5:8786", None, None)
    assert dask_run("dask", None, tmp_path, None) == DaskRun(None, tmp_path)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    run = dask_run("dask", "tcp://h:1", None, seeds)
    assert run.scheduler == "tcp://h:1"
    assert run.folder.parent.name == RUNS_FOLDER


def test_engine_options_share_one_run_folder(tmp_path: Path) -> None:
    assert engine_options("serial", None, tmp_path) == {
        "engine": "serial",
        "scheduler": None,
        "run_dir": None,
    }
    options = engine_options("dask", None, tmp_path)
    assert options["run_dir"].parent == tmp_path / RUNS_FOLDER
    with engine_session("serial", None):  # nothing started on the serial engine
        pass


def test_missing_distributed_names_the_install(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(EngineError, match=r"pip install 'vn-diplomacy-corpus\[dask\]'"):
        _require_distributed()
    with pytest.raises(EngineError):
        dask_run("dask", None, None, None)


def test_scheduler_that_does_not_answer_names_the_option() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    with pytest.raises(ParameterError) as raised:
        _connect(address, SCHEDULER_OPTION)
    message = str(raised.value)
    assert f"'--scheduler' = '{address}' is invalid" in message
    assert "no Dask scheduler answers there" in message
