"""``load_corpus(engine=...)``: the Dask engine gives exactly the serial engine's tables."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import corpus, load_corpus
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
    monkeypatch.setattr(corpus, "DASK_PARTITION_FILES", 2)  # several partitions
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


# --- report pages: one kernel per worker for many per-document pages -------------------


def _page_jobs(n: int) -> list:
    from analysis.reports import Job, NotebookSpec, Parameter

    doc = NotebookSpec(
        "document",
        Path("document.ipynb"),
        "Document",
        "",
        90,
        True,
        {"doc_id": Parameter("doc_id", "")},
    )
    site = NotebookSpec("overview", Path("overview.ipynb"), "Overview", "", 10, True, {})
    pages = [Job(doc, {"doc_id": f"d{i}"}, f"docs/d{i}.html", f"document d{i}") for i in range(n)]
    return [Job(site, {}, "overview.html", "overview"), *pages]


def test_few_pages_keep_one_run_each(monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis import reports

    monkeypatch.setattr(reports, "SHARED_KERNEL_PAGES", 50)
    assert reports._shared_kernel_groups(_page_jobs(50), jobs=2) == []


def test_many_pages_are_split_into_one_group_per_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis import reports

    monkeypatch.setattr(reports, "SHARED_KERNEL_PAGES", 50)
    planned = _page_jobs(51)
    groups = reports._shared_kernel_groups(planned, jobs=2)
    assert [len(g) for g in groups] == [26, 25]
    assert [j for g in groups for j in g] == planned[1:]


@pytest.mark.slow
def test_document_pages_in_one_kernel(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from analysis import reports

    def no_single_runs(job, *args, **kwargs):
        raise AssertionError(f"{job.label} got a kernel of its own")

    monkeypatch.setattr(reports, "SHARED_KERNEL_PAGES", 0)
    monkeypatch.setattr(reports, "run_job", no_single_runs)
    result = reports.build_reports(SEEDS, tmp_path / "site", only=["document"], jobs=2)
    pages = sorted((tmp_path / "site" / "docs").glob("*.html"))
    assert [p.stem for p in pages] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert f"Document profile: {page.stem}" in html
        assert "Traceback" not in html
    assert [job.page for job, _ in result.pages] == [f"docs/{p.stem}.html" for p in pages]


@pytest.mark.slow
def test_a_failing_page_in_one_kernel_stops_the_build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import nbformat

    from analysis import reports

    folder = tmp_path / "notebooks"
    folder.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell('doc_id = ""', metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell('raise ValueError("no profile for " + doc_id)'),
    ]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, folder / "page.ipynb")
    monkeypatch.setattr(reports, "SHARED_KERNEL_PAGES", 0)
    out = tmp_path / "site"
    with pytest.raises(
        reports.NotebookFailedError, match="ValueError: no profile for 000_"
    ) as caught:
        reports.build_reports(SEEDS, out, notebooks_dir=folder)
    assert caught.value.kept is not None and caught.value.kept.exists()
    assert not (out / "index.html").exists()
