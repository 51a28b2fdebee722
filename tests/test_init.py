"""``import analysis`` is light: the public names are loaded at first use (PEP 562)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import analysis

ROOT = Path(__file__).resolve().parents[1]
HEAVY = (
    "pandas",
    "numpy",
    "sklearn",
    "matplotlib",
    "yaml",
    "fastjsonschema",
    "jsonschema",
    "analysis.ingest.corpus",
)


def _run(code: str, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *flags, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
    )


@pytest.mark.slow  # fresh interpreters
@pytest.mark.parametrize("module", ["analysis", "analysis.core.errors"])
def test_importing_the_package_imports_no_heavy_library(module: str):
    code = f"import json, sys, {module}; print(json.dumps(sorted(sys.modules)))"
    loaded = set(json.loads(_run(code).stdout))
    assert module in loaded
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


@pytest.mark.slow  # fresh interpreters
def test_import_analysis_takes_under_half_a_second():
    """Measured by the interpreter itself (``-X importtime``: cumulative microseconds)."""
    report = _run("import analysis", "-X", "importtime").stderr.splitlines()
    line = next(r for r in report if r.rstrip().endswith("| analysis"))
    cumulative_us = int(line.split("|")[1])
    assert cumulative_us < 500_000, line


@pytest.mark.slow  # fresh interpreters
def test_every_exported_name_imports_from_the_package():
    """``analysis.annotate`` is the function; its module is ``analysis.annotators.annotate``."""
    code = (
        "from analysis import " + ", ".join(analysis.__all__) + "\n"
        "import sys\n"
        "a, c = sys.modules['analysis.annotators.annotate'], sys.modules['analysis.ingest.corpus']\n"
        "assert (Annotations, annotate, Corpus, load_corpus) == "
        "(a.Annotations, a.annotate, c.Corpus, c.load_corpus)\n"
        "assert isinstance(__version__, str) and __version__\n"
        "print('ok')"
    )
    assert _run(code).stdout.strip() == "ok"
    # the module imported first
    assert _run("import analysis.annotators.annotate\n" + code).stdout.strip() == "ok"
    for name in analysis.__all__:
        assert getattr(analysis, name) is not None
        assert name in dir(analysis)


def test_submodules_are_reachable_as_attributes_and_unknown_names_fail():
    assert analysis.core.errors.DataFileError.__name__ == "DataFileError"
    with pytest.raises(AttributeError, match="no attribute 'no_such_name'"):
        _ = analysis.no_such_name
