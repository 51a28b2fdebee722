"""The engines: the ``dask`` engine (loading and annotation over partitions on a
``dask.distributed`` cluster of worker processes) gives exactly the serial engine's tables,
and writes each partition's tables as Parquet; a bad scheduler is a clear parameter error."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import cli, load_corpus
from analysis.core.errors import ParameterError
from analysis.ingest import file_parsing
from analysis.ingest.corpus import EngineError
from benchmarks.generate import write_corpus
from tests.conftest import SEEDS

distributed = pytest.importorskip("distributed")
annotate_module = importlib.import_module("analysis.annotators.annotate")
dask_engine = importlib.import_module("analysis.ingest.dask_engine")

CORE_TABLES = ("documents", "paragraphs", "sentences", "rejected")


@pytest.fixture(scope="module")
def scheduler():
    """The address of one LocalCluster of two worker processes, for the whole module."""
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples, 20 generated articles, a duplicate and an unreadable file."""
    folder = tmp_path_factory.mktemp("engines") / "seeds"
    shutil.copytree(SEEDS, folder)
    write_corpus(folder, 20, seed=16)
    shutil.copy(folder / "001_2f82076b8a4d9850.txt", folder / "zz_duplicate.txt")
    (folder / "broken.txt").write_bytes(b"%PDF-1.4\x00\x01\x02 binary")
    return folder


@pytest.fixture(scope="module")
def serial(seeds: Path):
    """The serial engine's corpus and annotations."""
    loaded = load_corpus(seeds, cache=False)
    return loaded, annotate_module.annotate(loaded, jobs=1)


@pytest.fixture(scope="module")
def on_dask(seeds: Path, scheduler: str, tmp_path_factory: pytest.TempPathFactory):
    """The dask engine's corpus and annotations (several partitions each), and its run
    folder."""
    run_dir = tmp_path_factory.mktemp("run")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(file_parsing, "DASK_PARTITION_FILES", 7)  # 27 files: 4 partitions
        patch.setattr(annotate_module, "CHUNK_DOCUMENTS", 10)  # 26 documents: 3 partitions
        options = {"engine": "dask", "scheduler": scheduler, "run_dir": run_dir}
        loaded = load_corpus(seeds, cache=False, **options)
        return loaded, annotate_module.annotate(loaded, **options), run_dir


def test_the_dask_engine_loads_the_serial_tables(serial, on_dask) -> None:
    for table in CORE_TABLES:
        pd.testing.assert_frame_equal(getattr(on_dask[0], table), getattr(serial[0], table))
    assert len(on_dask[0]) == 26 and len(on_dask[0].rejected) == 1
    assert (on_dask[0].documents["duplicate_of"] != "").sum() == 1


def test_the_dask_engine_annotates_the_serial_tables(serial, on_dask) -> None:
    mine = dict(on_dask[1].tables())
    for name, table in serial[1].tables():
        assert len(table) > 0, name
        pd.testing.assert_frame_equal(mine[name], table, obj=name)


def test_each_partition_is_written_as_parquet(serial, on_dask) -> None:
    run_dir = on_dask[2]
    parsed = sorted((run_dir / "reading_files").glob("part-*"))
    annotated = sorted((run_dir / "annotating_chunks_of_documents").glob("part-*"))
    assert len(parsed) == 4 and len(annotated) == 3
    documents = pd.concat([pd.read_parquet(p / "documents.parquet") for p in parsed])
    # a content is parsed once per partition it is in (zz_duplicate.txt: in a second one)
    assert set(documents["sha256"]) == set(serial[0].documents["sha256"])
    for name in ("theme_hits", "dates"):
        parts = [pd.read_parquet(p / f"{name}.parquet") for p in annotated]
        joined = pd.concat(parts, ignore_index=True)
        pd.testing.assert_frame_equal(joined, getattr(serial[1], name), check_dtype=False)


def test_an_open_client_is_reused(seeds: Path, scheduler: str, serial, tmp_path: Path) -> None:
    with distributed.Client(scheduler) as client:
        loaded = load_corpus(seeds, cache=False, engine="dask", run_dir=tmp_path)
        assert client.status == "running"
    pd.testing.assert_frame_equal(loaded.documents, serial[0].documents)


def test_a_scheduler_that_does_not_answer_names_the_option(monkeypatch) -> None:
    monkeypatch.setattr(dask_engine, "CONNECT_SECONDS", 1)
    with pytest.raises(ParameterError, match=r"--scheduler.*tcp://127\.0\.0\.1:9.*no Dask"):
        load_corpus(SEEDS, cache=False, engine="dask", scheduler="tcp://127.0.0.1:9")
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "tcp://127.0.0.1:9")
    with pytest.raises(ParameterError, match=r"DASK_SCHEDULER_ADDRESS"):
        load_corpus(SEEDS, cache=False, engine="dask")


def test_the_cli_exits_2_on_a_bad_scheduler(monkeypatch, tmp_path: Path, capsys) -> None:
    monkeypatch.setattr(dask_engine, "CONNECT_SECONDS", 1)
    argv = ["report", "--seeds", str(SEEDS), "--out", str(tmp_path / "site"), "--engine", "dask"]
    assert cli.main([*argv, "--scheduler", "tcp://127.0.0.1:9"]) == cli.EXIT_USAGE
    assert "--scheduler" in capsys.readouterr().err
    assert not (tmp_path / "site").exists()


def test_a_scheduler_needs_the_dask_engine() -> None:
    with pytest.raises(ParameterError, match=r"--scheduler.*only with --engine dask"):
        load_corpus(SEEDS, cache=False, scheduler="tcp://127.0.0.1:9")


def test_unknown_engine_names_the_choices(samples) -> None:
    with pytest.raises(EngineError, match=r"engine = 'spark' is invalid; must be one of"):
        load_corpus(SEEDS, cache=False, engine="spark")
    with pytest.raises(EngineError, match=r"engine = 'spark' is invalid"):
        annotate_module.annotate(samples, engine="spark")
