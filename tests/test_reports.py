"""The report pipeline: parameters, the site built from the samples, failures, concurrency."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

from analysis import __version__, cli
from analysis.site.reports import (
    NOTEBOOKS_DIR,
    NotebookFailedError,
    build_reports,
)
from tests.conftest import ROOT, SEEDS, doc_id_of

# --- parameters ----------------------------------------------------------------------


def test_notebooks_are_thin_and_stored_without_outputs():
    for path in NOTEBOOKS_DIR.glob("*.ipynb"):
        nb = nbformat.read(path, as_version=4)
        assert "parameters" in nb.cells[0].metadata.get("tags", []) or "parameters" in nb.cells[
            1
        ].metadata.get("tags", []), path
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert not cell.outputs and cell.execution_count is None, path
                assert not re.search(r"^\s*(def|class|for|while|with open)\b", cell.source, re.M), (
                    path,
                    cell.source,
                )


# --- the site built from the samples -----------------------------------------------------


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.urls.append(value)


def links_of(html: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    return parser.urls


@pytest.fixture(scope="module")
def site(tmp_path_factory, samples):
    out = tmp_path_factory.mktemp("site") / "reports"
    result = build_reports(SEEDS, out, jobs=2)
    return out, result


@pytest.mark.slow
def test_the_site_has_every_page_and_the_index_links_them(site, samples):
    out, result = site
    assert result.index == out / "index.html"
    pages = {p.relative_to(out).as_posix() for p in out.rglob("*.html")}
    expected = {"index.html", "overview.html", "thematic.html", "chronological.html"} | {
        f"docs/{d}.html" for d in samples.documents["doc_id"]
    }
    expected |= {"search.html"}
    assert pages == expected
    assert (out / "assets" / "site.js").is_file() and (out / "search" / "docs.js").is_file()
    index = (out / "index.html").read_text(encoding="utf-8")
    linked = {u for u in links_of(index) if not u.startswith(("#", "assets/"))}
    assert linked == expected - {"index.html"}
    for page in expected - {"index.html"}:
        back = [
            u
            for u in links_of((out / page).read_text(encoding="utf-8"))
            if u.endswith("index.html")
        ]
        assert back and (out / page).parent.joinpath(back[0]).resolve() == out / "index.html"
    assert "Corpus overview" in index and "s</td>" in index  # titles and build times


@pytest.mark.slow
def test_every_page_is_for_readers(site, samples):
    out, _ = site
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert samples.corpus_hash in html, page
        assert __version__ in html, page
        assert "Parameters:" in html and "Built 20" in html, page
        code_cells = re.findall(r'<div class="jp-Cell jp-CodeCell[^"]*"', html)
        assert all("jp-mod-noInput" in c for c in code_cells), page  # no code shown
        assert 'class="highlight' not in html, page
        assert "Traceback" not in html and "Warning:" not in html, page
        assert "injected-parameters" not in html and "start_report(" not in html, page
        external = [u for u in links_of(html) if re.match(r"(?i)(https?:)?//", u)]
        assert not external, (page, external)
        scripts = re.findall(r'<script[^>]+src="([^"]+)"', html)  # the site's shared assets only
        assert all(u.startswith(("assets/", "../assets/")) for u in scripts), (page, scripts)
        assert all((out / page).parent.joinpath(u).resolve().is_file() for u in scripts), page


@pytest.mark.slow
def test_figures_are_embedded_once_with_alternative_text(site):
    out, _ = site
    html = (out / "overview.html").read_text(encoding="utf-8")
    images = re.findall(r"<img[^>]*>", html)
    assert len(images) == 2
    assert all('src="data:image/png;base64,' in i and 'alt="Articles per' in i for i in images)


@pytest.mark.slow
def test_document_pages_profile_their_document(site, samples):
    out, _ = site
    doc = doc_id_of(samples, "004")
    html = (out / "docs" / f"{doc}.html").read_text(encoding="utf-8")
    assert "Five overarching goals" in html
    assert "13/12/2021| 16:40" in html  # the date evidence
    assert "Nguyen Hong" in html
    assert f"<title>Document profile: {doc}</title>" in html
    assert f'"doc_id": "{doc}"' in unescape(html)  # the footer's parameters
    for page in (out / "docs").glob("*.html"):  # rendered without a kernel: small pages
        assert page.stat().st_size < 60_000, page


@pytest.mark.slow
def test_the_overview_lists_documents_and_dates_with_evidence(site):
    out, _ = site
    html = (out / "overview.html").read_text(encoding="utf-8")
    assert "Political Theory Journal" in html and "Ho Thi Thanh Truc" in html
    assert "2023-02" in html and "footer" in html


# --- failures and concurrency ----------------------------------------------------------


def _failing_notebooks(tmp_path: Path) -> Path:
    folder = tmp_path / "notebooks"
    folder.mkdir()
    shutil.copy(NOTEBOOKS_DIR / "overview.ipynb", folder / "overview.ipynb")
    nb = nbformat.read(NOTEBOOKS_DIR / "overview.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell('raise ValueError("the analysis broke here")'))
    nb.metadata["report"] = {**nb.metadata["report"], "title": "Broken", "order": 2}
    nbformat.write(nb, folder / "broken.ipynb")
    return folder


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "_failed" not in p.parts
    }


@pytest.mark.slow
def test_a_failing_notebook_keeps_the_old_site_and_says_what_failed(tmp_path, capsys):
    out = tmp_path / "reports"
    build_reports(SEEDS, out, only=["overview"])
    before = _digest(out)
    notebooks = _failing_notebooks(tmp_path)
    with pytest.raises(NotebookFailedError) as failure:
        build_reports(SEEDS, out, notebooks_dir=notebooks)
    message = str(failure.value)
    assert "'broken'" in message and "ValueError: the analysis broke here" in message
    assert "Traceback" not in message and len(message) < 600
    assert _digest(out) == before
    kept = out / "_failed" / "broken.ipynb"
    assert kept.exists() and "the analysis broke here" in kept.read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".reports.build-*"))  # no temporary folder left behind
    code = cli.main(
        [
            "report",
            "--seeds",
            str(SEEDS),
            "--out",
            str(out),
            "--notebooks",
            str(notebooks),
            "--quiet",
        ]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "broken" in err and "ValueError" in err and "Traceback" not in err
    assert _digest(out) == before


@pytest.mark.slow
def test_a_failing_page_of_an_executed_per_document_notebook_stops_the_build(tmp_path):
    """A per-document notebook of your own (no ``report.render``) runs once per document."""
    folder = tmp_path / "notebooks"
    folder.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell('doc_id = ""  # the document', metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell('raise ValueError("no profile for " + doc_id)'),
    ]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, folder / "page.ipynb")
    out = tmp_path / "site"
    with pytest.raises(NotebookFailedError, match="ValueError: no profile for 000_") as caught:
        build_reports(SEEDS, out, notebooks_dir=folder)
    assert caught.value.kept is not None and caught.value.kept.exists()
    assert not (out / "index.html").exists()


@pytest.mark.slow
def test_two_builds_at_once_both_finish_and_never_mix(tmp_path):
    out = tmp_path / "reports"
    command = [
        sys.executable,
        "-m",
        "analysis",
        "report",
        "--seeds",
        str(SEEDS),
        "--out",
        str(out),
        "--only",
        "overview",
    ]
    runs = [
        subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    results = [(r.wait(timeout=300), *r.communicate()) for r in runs]
    assert [code for code, _, _ in results] == [0, 0], results
    assert all(stdout.strip().endswith("index.html") for _, stdout, _ in results)
    assert any("waiting" in stderr for _, _, stderr in results)
    assert sorted(p.name for p in out.iterdir()) == [
        ".gitkeep",
        ".vn-corpus-site",
        "assets",
        "index.html",
        "overview.html",
    ]
    assert "</html>" in (out / "overview.html").read_text(encoding="utf-8")
    assert not [
        p
        for p in tmp_path.iterdir()
        if p.name.startswith(".reports.") and not p.name.endswith(".lock")
    ]


@pytest.mark.slow
def test_export_writes_every_core_table(tmp_path, capsys):
    assert cli.main(["export", "--list"]) == 0
    listed = capsys.readouterr().out.split()
    assert {"documents", "paragraphs", "sentences", "rejected"} <= set(listed)
    target = tmp_path / "docs.csv"
    assert cli.main(["export", "documents", "--seeds", str(SEEDS), "--out", str(target)]) == 0
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith("doc_id,path,sha256") and "Ho Thi Thanh Truc" in text
    parquet = tmp_path / "paragraphs.parquet"
    assert (
        cli.main(
            [
                "export",
                "paragraphs",
                "--seeds",
                str(SEEDS),
                "--format",
                "parquet",
                "--out",
                str(parquet),
            ]
        )
        == 0
    )
    import pandas as pd

    assert len(pd.read_parquet(parquet)) > 150
    assert cli.main(["export", "nonsense", "--seeds", str(SEEDS)]) == 2


@pytest.mark.slow
def test_explore_notebook_runs_top_to_bottom(tmp_path):
    import papermill

    out = tmp_path / "explore.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOKS_DIR / "explore.ipynb"),
        str(out),
        parameters={"seeds_dir": str(SEEDS)},
        kernel_name="python3",
        progress_bar=False,
        cwd=str(tmp_path),
    )
    nb = json.loads(out.read_text(encoding="utf-8"))
    assert not [o for c in nb["cells"] for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert (tmp_path / "theme_hits.csv").exists()


@pytest.mark.slow
def test_a_build_leaves_the_callers_environment_alone(tmp_path):
    import os

    import sklearn  # noqa: F401  (scikit-learn sets two KMP_* variables when imported)

    before = dict(os.environ)
    build_reports(SEEDS, tmp_path / "reports", only=["overview"])
    assert dict(os.environ) == before  # the kernels got the snapshot and hash seed alone


def test_the_cell_timeout_scales_with_the_corpus_and_never_falls_below_the_default() -> None:
    from analysis.site.reports import DEFAULT_TIMEOUT, cell_timeout

    assert cell_timeout(5) == DEFAULT_TIMEOUT
    assert cell_timeout(10_000) == DEFAULT_TIMEOUT
    assert cell_timeout(10_001) == DEFAULT_TIMEOUT + 1  # rounded up, never below the rate
    assert cell_timeout(100_000) == 10 * DEFAULT_TIMEOUT
