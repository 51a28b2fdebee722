"""The report build's vocabulary (``analysis/site/report_types.py``): errors in the package's
hierarchy, a parameter's kind, a per-document notebook."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.core.errors import AnalysisError
from analysis.site.report_types import (
    PER_DOCUMENT_PARAMETER,
    NotebookFailedError,
    NotebookSpec,
    Parameter,
    ReportError,
)


def _spec(*names: str) -> NotebookSpec:
    parameters = {n: Parameter(n, "") for n in names}
    return NotebookSpec("n", Path("n.ipynb"), "N", "", 0, True, parameters)


def test_a_failed_notebook_says_what_failed_and_where_it_is_kept(tmp_path: Path) -> None:
    error = NotebookFailedError("thematic", "cell 3 raised KeyError", tmp_path / "kept.ipynb")
    assert isinstance(error, ReportError) and isinstance(error, AnalysisError)
    text = str(error)
    assert "'thematic'" in text and "cell 3 raised KeyError" in text
    assert str(tmp_path / "kept.ipynb") in text and "previous reports" in text
    assert "kept in" not in str(NotebookFailedError("thematic", "timed out", None))


@pytest.mark.parametrize(("default", "kind"), [(5, int), ("", str), ([], list), (None, type(None))])
def test_a_parameter_has_the_kind_of_its_default(default, kind) -> None:
    assert Parameter("p", default).kind is kind


def test_a_notebook_is_per_document_when_it_declares_the_doc_id() -> None:
    assert _spec(PER_DOCUMENT_PARAMETER, "outlets").per_document
    assert not _spec("outlets", "doc_ids").per_document
