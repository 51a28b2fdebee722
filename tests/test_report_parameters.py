"""Notebook parameters (``analysis/site/report_parameters.py``): read with their help from the
parameters cell, typed by the declared default, bad values refused with the accepted ones."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from analysis.core.errors import ParameterError
from analysis.site.reports import (
    NOTEBOOKS_DIR,
    Parameter,
    ReportError,
    coerce_value,
    discover_notebooks,
    read_parameters,
    validate_parameters,
)

REQUIRED_NOTEBOOKS = {"overview", "thematic", "chronological", "document", "explore"}


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


def test_checking_k_topics_makes_no_text_of_the_corpus(specs):
    """The build checks its parameters on the corpus it then forks the annotation's workers
    from: counting the paragraphs for ``k_topics`` must not make (and keep) the corpus's
    full tables (the paragraphs' ``raw`` was made there, ~100 MB per 10,000 articles)."""
    import pandas as pd

    from analysis.ingest.corpus import load_corpus
    from tests.conftest import SEEDS

    corpus = load_corpus(SEEDS, cache=False)
    held = {name: corpus.__dict__[name] for name in ("documents", "paragraphs", "sentences")}
    assert not any(isinstance(table, pd.DataFrame) for table in held.values())
    assert validate_parameters(specs, {"k_topics": "3"}, corpus) == {"k_topics": 3}
    assert all(corpus.__dict__[name] is table for name, table in held.items())
    with pytest.raises(ParameterError, match=r"'k_topics' = 100000.*between 2 and \d+"):
        validate_parameters(specs, {"k_topics": "100000"}, corpus)
    assert all(corpus.__dict__[name] is table for name, table in held.items())
