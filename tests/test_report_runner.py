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


def test_kernels_run_fewer_at_once_when_memory_is_short() -> None:
    from analysis.site.report_runner import kernel_slots

    assert kernel_slots(2, 1_000, 16_000) == 2  # two fit in 70 % of 16 GB
    assert kernel_slots(2, 6_000, 16_000) == 1  # two would take 12 GB of the 11.2 allowed
    assert kernel_slots(2, 30_000, 16_000) == 1  # never fewer than one
    assert kernel_slots(3, 3_000, 16_000) == 3
    assert kernel_slots(2, 6_000, None) == 2  # memory unknown: as asked


def test_the_kernel_estimate_grows_with_the_text_and_the_log_says_the_choice(
    samples, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    from analysis.site import report_runner

    text = report_runner.text_mb(samples)
    assert 0 < text < 1  # five short articles
    half = samples.select(samples.held_documents()["doc_id"].iloc[:2])
    assert report_runner.kernel_estimate_mb(half) < report_runner.kernel_estimate_mb(samples)
    estimate = report_runner.kernel_estimate_mb(samples)
    monkeypatch.setattr(report_runner, "available_memory_mb", lambda: estimate * 1.5)
    with caplog.at_level(logging.INFO, logger="analysis.site.report_runner"):
        assert report_runner._kernels_at_once(2, samples, notebooks=3) == 1
    assert "report kernels: 1 at once (--jobs 2" in caplog.text
    monkeypatch.setattr(report_runner, "available_memory_mb", lambda: estimate * 10)
    assert report_runner._kernels_at_once(2, samples, notebooks=3) == 2
    assert report_runner._kernels_at_once(2, samples, notebooks=1) == 1


@pytest.mark.parametrize(
    ("text_mb", "measured_mb"),
    [(107, 1_090), (214, 1_376), (1_068, 4_676)],  # results.md, session 21: thematic kernel
)
def test_the_kernel_estimate_covers_the_measured_kernels_without_doubling_them(
    text_mb: float, measured_mb: float
) -> None:
    """The estimate must not be below a measured kernel (two at once could exhaust memory)
    nor far above it (kernels would run one at a time for nothing, as at 100,000 before)."""
    from analysis.site import report_runner

    estimate = report_runner.KERNEL_BASE_MB + report_runner.KERNEL_MB_PER_TEXT_MB * text_mb
    assert measured_mb <= estimate <= 1.5 * measured_mb
