"""Kernels started with ``kernel_manager_with_env`` see the build's variables; the
calling process's environment is unchanged."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest

from analysis.site.kernel_env import kernel_manager_with_env

NAME = "VN_CORPUS_TEST_KERNEL_ENV"


@pytest.mark.slow
def test_the_kernel_reads_the_variable_the_caller_never_has(tmp_path: Path):
    import papermill

    assert NAME not in os.environ
    before = dict(os.environ)
    notebook = nbformat.v4.new_notebook()
    notebook.cells.append(
        nbformat.v4.new_code_cell(f"import os\nprint(os.environ.get({NAME!r}, 'unset'))")
    )
    notebook.metadata["kernelspec"] = {"name": "python3", "language": "python",
                                       "display_name": "Python 3"}  # fmt: skip
    source, out = tmp_path / "in.ipynb", tmp_path / "out.ipynb"
    nbformat.write(notebook, source)
    papermill.execute_notebook(
        str(source),
        str(out),
        kernel_name="python3",
        progress_bar=False,
        kernel_manager_class=kernel_manager_with_env({NAME: "from-the-build"}),
    )
    printed = nbformat.read(out, as_version=4).cells[0].outputs[0]["text"]
    assert printed.strip() == "from-the-build"
    assert dict(os.environ) == before
