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
from analysis.core.errors import ParameterError
from analysis.site.reports import (
    NOTEBOOKS_DIR,
    NotebookFailedError,
    Parameter,
    ReportError,
    build_reports,
    coerce_value,
    discover_notebooks,
    read_parameters,
    validate_parameters,
)
from tests.conftest import ROOT, SEEDS, doc_id_of

REQUIRED_NOTEBOOKS = {"overview", "thematic", "chronological", "document", "explore"}


# --- parameters ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def specs():
    return discover_notebooks(NOTEBOOKS_DIR)


def test_every_required_notebook_exists_with_documented_parameters(specs):
    by_name = {s.name: s for s in specs}
    assert set(by_name) >= REQUIRED_NOTEBOOKS
    for spec in specs:
        for name in ("seeds_dir", "outlets", "date_from", "date_to", "doc_ids"):
            assert name in spec.parameters, (spec.name, name)
        assert all(p.help for p in spec.parameters.values()), spec.name
        assert spec.title and spec.summary
    assert by_name["document"].per_document and not by_name["overview"].per_document
    assert not by_name["explore"].in_site


@pytest.mark.parametrize(
    ("default", "raw", "expected"),
    [
        ("", "2021-01-01", "2021-01-01"),
        ("", "__import__('os').system('echo hi')", "__import__('os').system('echo hi')"),
        ([], "Communist Review,Nhan Dan", ["Communist Review", "Nhan Dan"]),
        ([], '["a, b", "c"]', ["a, b", "c"]),
        (10, "25", 25),
        (0.5, "0.25", 0.25),
        (True, "no", False),
    ],
)
def test_values_are_typed_by_the_declared_default(default, raw, expected):
    assert coerce_value(Parameter("p", default), raw) == expected


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"colour": "red"}, r"'colour'.*accepted names: .*date_from"),
        ({"top_n": "many"}, r"'top_n' = 'many' is invalid; expected int"),
        ({"doc_ids": "nope"}, r"'doc_ids' = 'nope' is invalid; accepted values: '000_"),
        ({"outlets": "Daily Planet"}, r"'outlets'.*accepted values: .*'Communist Review'"),
        ({"date_from": "2023-01-01", "date_to": "2022-01-01"}, r"must not be after date_to"),
        ({"date_from": "last year"}, r"expected a date as YYYY-MM-DD"),
        ({"granularity": "week"}, r"accepted values: 'month', 'quarter', 'year'"),
    ],
)
def test_bad_parameters_are_refused_with_the_accepted_values(specs, samples, params, message):
    with pytest.raises(ParameterError, match=message):
        validate_parameters(specs, params, samples)


def test_a_bad_parameter_stops_the_cli_before_any_work(tmp_path, capsys):
    code = cli.main(
        [
            "report",
            "--seeds",
            str(SEEDS),
            "--out",
            str(tmp_path / "site"),
            "--param",
            "date_from=2024-01-01",
            "--param",
            "date_to=2020-01-01",
        ]
    )
    assert code == 2
    assert "date_from" in capsys.readouterr().err
    assert not (tmp_path / "site").exists()


def test_a_missing_seeds_folder_exits_2_naming_it(tmp_path, capsys):
    code = cli.main(["report", "--seeds", str(tmp_path / "nowhere"), "--out", str(tmp_path)])
    assert code == 2
    assert "nowhere" in capsys.readouterr().err


def test_unknown_notebook_in_only_is_refused(tmp_path, capsys):
    assert cli.main(["report", "--only", "nope", "--out", str(tmp_path)]) == 2
    assert "overview" in capsys.readouterr().err


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


def _notebook_with_parameters(tmp_path: Path, source: str) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source, metadata={"tags": ["parameters"]})]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    path = tmp_path / "report.ipynb"
    nbformat.write(nb, path)
    return path


def test_parameters_are_read_with_their_help(tmp_path):
    source = (
        "# How many rows\n# a table shows.\ntop_n = 10\n"
        'outlets = ["Nhan Dan",\n           "VNA"]  # keep these outlets\n\n'
        "ratio: float = 0.5  # a share\nflag = True\n"
    )
    params = read_parameters(_notebook_with_parameters(tmp_path, source))
    assert {n: (p.default, p.help) for n, p in params.items()} == {
        "top_n": (10, "How many rows a table shows."),
        "outlets": (["Nhan Dan", "VNA"], "keep these outlets"),
        "ratio": (0.5, "a share"),
        "flag": (True, ""),
    }


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ('label = "a=b"  # two "="', r"line 1 is not .*papermill skips it"),
        ("top_n = 10\nstart = compute_start()", r"line 2 .*reads start = compute_start\(\)"),
        ("top_n = 10\nimport os\npath = '.'", r"line 1 .*reads top_n = 10import os"),
    ],
)
def test_a_parameter_papermill_cannot_read_is_refused(tmp_path, source, message):
    path = _notebook_with_parameters(tmp_path, source)
    with pytest.raises(ReportError, match=f"report.ipynb: parameters cell {message}"):
        read_parameters(path)


def test_a_notebook_without_a_parameters_cell_is_refused(tmp_path):
    path = _notebook_with_parameters(tmp_path, "top_n = 10")
    nb = nbformat.read(path, as_version=4)
    nb.cells[0].metadata["tags"] = []
    nbformat.write(nb, path)
    with pytest.raises(ReportError, match="no cell tagged 'parameters'"):
        read_parameters(path)


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


def test_theme_and_theme_file_parameters_are_checked(specs, samples, tmp_path):
    with pytest.raises(ParameterError, match=r"'themes'.*must be among .*party_to_party"):
        validate_parameters(specs, {"themes": "no_such_theme"}, samples)
    with pytest.raises(ParameterError, match=r"'theme_file'.*no such file"):
        validate_parameters(specs, {"theme_file": str(tmp_path / "none.yaml")}, samples)
    broken = tmp_path / "broken.yaml"
    broken.write_text("themes:\n  - label: No id here\n    terms: [x]\n", encoding="utf-8")
    with pytest.raises(ParameterError, match=r"'theme_file'.*id"):
        validate_parameters(specs, {"theme_file": str(broken)}, samples)
    typed = validate_parameters(specs, {"themes": "pandemic,party_to_party"}, samples)
    assert typed["themes"] == ["pandemic", "party_to_party"]


@pytest.mark.slow
def test_a_build_leaves_the_callers_environment_alone(tmp_path):
    import os

    import sklearn  # noqa: F401  (scikit-learn sets two KMP_* variables when imported)

    before = dict(os.environ)
    build_reports(SEEDS, tmp_path / "reports", only=["overview"])
    assert dict(os.environ) == before  # the kernels got the snapshot and hash seed alone
