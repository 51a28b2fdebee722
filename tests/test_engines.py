"""``load_corpus(engine=...)``: the Dask engine gives exactly the serial engine's tables."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import corpus, file_parsing, load_corpus
from analysis.corpus import EngineError
from tests.conftest import SEEDS

dask = pytest.importorskip("dask")


def assert_same_corpus(a: corpus.Corpus, b: corpus.Corpus) -> None:
    for table in ("documents", "paragraphs", "sentences", "rejected"):
        pd.testing.assert_frame_equal(getattr(a, table), getattr(b, table))


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """The samples plus a duplicate and an unreadable file, in a private folder."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    shutil.copy(folder / "001_2f82076b8a4d9850.txt", folder / "zz_duplicate.txt")
    (folder / "broken.txt").write_bytes(b"%PDF-1.4\x00\x01\x02 binary")
    return folder


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_dask_engine_gives_the_serial_tables(
    seeds: Path, scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_parsing, "DASK_PARTITION_FILES", 2)  # several partitions
    serial = load_corpus(seeds, cache=False)
    with dask.config.set(scheduler=scheduler):
        distributed = load_corpus(seeds, cache=False, engine="dask")
    assert_same_corpus(serial, distributed)
    assert len(distributed.rejected) == 1


def test_dask_engine_on_the_samples_with_the_cache(tmp_path: Path) -> None:
    with dask.config.set(scheduler="synchronous"):
        first = load_corpus(SEEDS, cache=tmp_path / "cache", engine="dask")
        second = load_corpus(SEEDS, cache=tmp_path / "cache", engine="dask")
    assert_same_corpus(load_corpus(SEEDS, cache=False), first)
    assert_same_corpus(first, second)


def test_unknown_engine_names_the_choices() -> None:
    with pytest.raises(EngineError, match=r"engine = 'spark' is invalid; must be one of"):
        load_corpus(SEEDS, cache=False, engine="spark")


def test_cli_passes_the_engine(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from analysis import cli, reports

    seen = {}

    def fake_build(*args, **kwargs):
        seen.update(kwargs)
        return reports.BuildResult(tmp_path / "index.html")

    monkeypatch.setattr(reports, "build_reports", fake_build)
    assert cli.main(["report", "--engine", "dask", "--out", str(tmp_path)]) == 0
    assert seen["engine"] == "dask"
