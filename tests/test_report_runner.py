"""Running the planned notebooks (``analysis/site/report_runner.py``): the declared document
page is read before anything runs, and the kernels this process started can be stopped."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from analysis.site import document_page
from analysis.site.report_runner import page_plans, stop_child_kernels
from analysis.site.report_types import NotebookSpec, Parameter, ReportError


def _spec(name: str, *, per_document: bool, rendered: bool) -> NotebookSpec:
    names = ["outlets", *(["doc_id"] if per_document else [])]
    parameters = {n: Parameter(n, "") for n in names}
    return NotebookSpec(
        name, Path(f"{name}.ipynb"), name.title(), "", 0, True, parameters, rendered
    )


SPECS = [
    _spec("overview", per_document=False, rendered=False),
    _spec("document", per_document=True, rendered=True),
    _spec("kernel_pages", per_document=True, rendered=False),
]


def test_only_rendered_per_document_notebooks_get_a_page_plan() -> None:
    plans = page_plans(SPECS)
    assert list(plans) == ["document"]
    plan = plans["document"]
    assert plan.title == "Document"
    assert len(plan.sections) == len(document_page.load_document_page().sections)


def test_a_broken_declaration_is_a_report_error_before_anything_runs(tmp_path, monkeypatch):
    broken = tmp_path / "document_page.yaml"
    text = "intro: x\nsections:\n  - heading: H\n    text: Prose.\n    table: nope\n"
    broken.write_text(text, encoding="utf-8")
    monkeypatch.setattr(document_page, "DECLARATION", broken)
    with pytest.raises(ReportError, match="table 'nope'"):
        page_plans(SPECS)
    assert page_plans(SPECS[:1]) == {}  # no rendered notebook: the declaration is not read


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_only_child_kernels_are_stopped() -> None:
    sleep = [sys.executable, "-c", "import time; time.sleep(60)"]
    other = subprocess.Popen(sleep)
    kernel = subprocess.Popen([*sleep, "ipykernel"])  # looks like a kernel on its command line
    try:
        assert stop_child_kernels() == 1
        assert kernel.wait(timeout=10) < 0  # killed by a signal
        assert other.poll() is None
    finally:
        for process in (other, kernel):
            process.kill()
            process.wait()


def test_the_stages_are_estimated_from_the_text_and_the_log_says_the_budget(
    samples, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    from analysis.site import report_runner
    from analysis.site.build_budget import PAGES, estimate_mb
    from analysis.site.report_types import Job

    text = report_runner.text_mb(samples)
    assert 0 < text < 1  # five short articles
    jobs = [Job(spec, {}, f"{spec.name}.html", spec.name) for spec in SPECS if not spec.rendered]
    kernels, pages = report_runner.stage_units(jobs, ["document"], samples)
    assert [(u.name, u.kernel) for u in kernels] == [("overview", True), ("kernel_pages", True)]
    assert kernels[0].estimate_mb == estimate_mb("overview", text)
    assert [(u.name, u.kernel) for u in pages] == [(f"document ({PAGES})", False)]
    monkeypatch.setattr(report_runner, "available_memory_mb", lambda: 4_000.0)
    with caplog.at_level(logging.INFO, logger="analysis.site.report_runner"):
        assert report_runner.build_budget_mb(None) == pytest.approx(3_200)  # 80 % of 4 GB
        assert report_runner.build_budget_mb((5_000.0, "--memory-budget")) == 5_000
    assert "memory budget: 3200 MB (default; 4,000 MB available" in caplog.text
    assert "memory budget: 5000 MB (--memory-budget" in caplog.text
