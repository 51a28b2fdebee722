"""Running a build's planned jobs: the notebooks (``jobs`` at a time, in threads) and the
per-document pages of rendered notebooks (in a forked process), each started when the
build's memory budget allows (``build_budget``, ``build_schedule``); results in the
planned order, the first failure raised as ``NotebookFailedError``."""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.ingest.corpus import Corpus
from analysis.site.build_budget import (
    BUDGET_ENV,
    PAGES,
    Unit,
    build_process_mb,
    default_budget_mb,
    estimate_mb,
    schedule_order,
)
from analysis.site.build_corpus import BuildCorpus, paragraph_text_mb
from analysis.site.build_schedule import GatedPages, Stage, own_memory_mb, run_scheduled
from analysis.site.report_pages import footer_info, footer_parameters
from analysis.site.report_types import (
    FILTER_PARAMETERS,
    PER_DOCUMENT_PARAMETER,
    Job,
    NotebookFailedError,
    NotebookSpec,
    ReportError,
)
from analysis.site.site_safety import disk_full, keep_failed, keep_file, keep_kernel_log

if TYPE_CHECKING:
    from analysis.site.document_pages import PageFailedError, PagePlan

log = logging.getLogger(__name__)


def available_memory_mb() -> float | None:
    """The memory the system can give without swapping (``MemAvailable`` of
    ``/proc/meminfo``, Linux), in MB; None where it cannot be read."""
    try:
        for line in Path("/proc/meminfo").read_text(encoding="ascii").splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def text_mb(corpus: Corpus | BuildCorpus) -> float:
    """The size in MB of the corpus's paragraph text (what a kernel's tables grow with);
    measured once when the build kept it (``BuildCorpus.text_mb``)."""
    return corpus.text_mb if isinstance(corpus, BuildCorpus) else paragraph_text_mb(corpus)


def _describe_failure(exc: BaseException) -> str:
    """One line about why a notebook failed (no traceback)."""
    from papermill.exceptions import PapermillExecutionError

    from analysis.site.kernel_env import KernelStartError

    if isinstance(exc, KernelStartError):
        return str(exc)[:500]
    if isinstance(exc, PapermillExecutionError):
        evalue = exc.evalue.strip().splitlines()[0] if exc.evalue.strip() else ""
        return f"cell {exc.exec_count} raised {exc.ename}: {evalue}"[:500]
    name = type(exc).__name__
    if "Timeout" in name or isinstance(exc, TimeoutError):
        return f"a cell ran longer than the timeout ({name}); raise --timeout if it is just slow"
    if "DeadKernel" in name:
        return "its kernel died (out of memory or a crash in native code)"
    if disk_full(exc):
        return f"the disk is full ({exc}); free some space and build again"[:500]
    return f"{name}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"[:500]


def page_plans(specs: Sequence[NotebookSpec]) -> dict[str, PagePlan]:
    """The page plan of every rendered per-document notebook: the declared document page
    (``analysis/data/document_page.yaml``), read and checked before anything runs."""
    from analysis.site.document_page import PageDeclarationError
    from analysis.site.document_pages import page_plan

    try:
        return {s.name: page_plan(s.title) for s in specs if s.per_document and s.rendered}
    except PageDeclarationError as exc:
        raise ReportError(str(exc)) from exc


def _start_rendered_pages(
    pages: Sequence[Job],
    plan: PagePlan,
    work: Path,
    corpus: Corpus | BuildCorpus,
    seeds: Path,
    workers: int,
) -> GatedPages:
    """Fork the process that renders ``pages`` (one rendered notebook's) when let go
    (``GatedPages.open``; it reads the corpus again when given what the build kept of it:
    ``BuildCorpus.open``)."""
    shared = {k: v for k, v in pages[0].parameters.items() if k != PER_DOCUMENT_PARAMETER}
    base = footer_info(shared, corpus, seeds, "../index.html")

    def footer_of(doc_id: str) -> dict[str, str]:
        return {
            **base,
            "parameters": footer_parameters({**shared, PER_DOCUMENT_PARAMETER: doc_id}),
        }

    filters = {k: v for k, v in shared.items() if k in FILTER_PARAMETERS}
    doc_ids = [str(job.parameters[PER_DOCUMENT_PARAMETER]) for job in pages]
    log.info("%s: %d pages, rendered without a kernel", pages[0].spec.name, len(pages))
    return GatedPages(plan, corpus, filters, doc_ids, work, footer_of, workers=workers)


def _keep_page_failure(out: Path, spec: NotebookSpec, failure: PageFailedError) -> Path | None:
    """Write the traceback of a failed page to ``<out>/_failed/``; return its path."""
    from analysis.site.document_pages import page_name

    if not failure.detail:
        return None
    name = (
        f"docs__{page_name(failure.doc_id).removesuffix('.html')}.txt"
        if failure.doc_id
        else f"{spec.name}__pages.txt"
    )
    detail = failure.detail
    return keep_file(
        out / "_failed" / name, lambda partial: partial.write_text(detail, encoding="utf-8")
    )


def stop_child_kernels() -> int:
    """Kill the kernels this process started (its child processes running ipykernel), so
    that notebooks running in other threads fail at once; returns how many. Reads
    ``/proc`` (Linux); elsewhere it does nothing and returns 0."""
    me, killed = str(os.getpid()), 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = stat.read_text(encoding="ascii", errors="replace").rsplit(")", 1)[1].split()[1]
            if ppid != me or b"ipykernel" not in (stat.parent / "cmdline").read_bytes():
                continue
            os.kill(int(stat.parent.name), signal.SIGKILL)
            killed += 1
        except (OSError, IndexError, ValueError):
            continue
    return killed


def _rendered_results(
    name: str, run: GatedPages, pages: Sequence[Job], out: Path
) -> list[tuple[Job, float]]:
    """Let the rendered pages of notebook ``name`` start and wait for them; each job with
    its seconds. A page that failed raises ``NotebookFailedError`` (its traceback kept in
    ``<out>/_failed/``)."""
    from analysis.site.document_pages import PageFailedError

    by_doc = {str(job.parameters[PER_DOCUMENT_PARAMETER]): job for job in pages}
    run.open()
    try:
        done = run.result()
    except PageFailedError as exc:
        label = by_doc[exc.doc_id].label if exc.doc_id in by_doc else f"{name} pages"
        kept = _keep_page_failure(out, pages[0].spec, exc)
        raise NotebookFailedError(label, exc.problem, kept) from exc
    log.info("%s: %d pages rendered", name, len(done))
    return [(by_doc[doc_id], seconds) for doc_id, seconds in done]


def build_budget_mb(given: tuple[float, str] | None) -> float:
    """The build's memory budget: the one the user ``given`` (``build_budget.given_budget``)
    or ``build_budget.default_budget_mb`` of the memory available now; said in the log."""
    available = available_memory_mb()
    budget, source = given if given is not None else (default_budget_mb(available), "default")
    log.info(
        "memory budget: %.0f MB (%s; %s MB available; --memory-budget or $%s to change)",
        budget,
        source,
        "unknown" if available is None else f"{available:,.0f}",
        BUDGET_ENV,
    )
    return budget


def stage_units(
    kernels: Sequence[Job], pages: Sequence[str], corpus: Corpus | BuildCorpus
) -> tuple[list[Unit], list[Unit]]:
    """The schedule's units of the ``kernels`` (one per job, by its notebook's estimate)
    and of the rendered notebooks ``pages`` (one document pages' stage each)."""
    size = text_mb(corpus)
    return (
        [Unit(job.label, estimate_mb(job.spec.name, size)) for job in kernels],
        [Unit(f"{name} ({PAGES})", estimate_mb(PAGES, size), kernel=False) for name in pages],
    )


def _held_mb(corpus: Corpus | BuildCorpus) -> Callable[[], float]:
    """What the build process holds now (its PSS), or its estimate where that cannot be
    read."""
    fallback = build_process_mb(text_mb(corpus))
    return lambda: own_memory_mb() or fallback


def _failure(work: Path, out: Path, job: Job, exc: Exception, *, keep: bool) -> Exception:
    """The error to raise for a job whose run failed with ``exc``: its notebook and its
    kernel's log kept in ``_failed/`` (unless the build is stopping, ``keep`` False)."""
    kept = kernel_log = None
    if keep:
        kept = keep_failed(work, out, job, exc)
        if not disk_full(exc):
            kernel_log = keep_kernel_log(work, out, job, failed=True)
    return NotebookFailedError(job.label, _describe_failure(exc), kept, kernel_log)


def _report_kernel_log(work: Path, out: Path, job: Job) -> None:
    """Keep, and name in the build log, what a succeeded job's kernel wrote outside it."""
    kernel_log = keep_kernel_log(work, out, job, failed=False)
    if kernel_log is not None:
        log.warning(
            "%s: its kernel wrote outside the notebook (a launch that failed and was "
            "started again, or a crash report); kept in %s",
            job.label,
            kernel_log,
        )


def _rendered_jobs(planned: Sequence[Job], plans: Mapping[str, PagePlan]) -> dict[str, list[Job]]:
    """The planned jobs of each rendered notebook (one with a page plan), by its name."""
    rendered: dict[str, list[Job]] = {}
    for job in planned:
        if job.spec.per_document and job.spec.name in plans:
            rendered.setdefault(job.spec.name, []).append(job)
    return rendered


def _stop_all(background: Mapping[str, GatedPages]) -> None:
    """End every document pages' process of ``background`` still running."""
    for pages in background.values():
        pages.stop()


def _ordered_stages(
    kernels: Sequence[Job],
    one: Callable[[Job], list[tuple[Job, float]]],
    pages: Mapping[str, Callable[[], list[tuple[Job, float]]]],
    corpus: Corpus | BuildCorpus,
) -> list[Stage[tuple[Job, float]]]:
    """The build's stages in the order they are offered to start
    (``build_budget.schedule_order``): each rendered notebook's pages (``pages``: what
    lets them start and waits for them) and each kernel job (run by ``one``)."""
    kernel_units, page_units = stage_units(kernels, list(pages), corpus)
    stages: list[Stage[tuple[Job, float]]] = [
        *(Stage(unit, run) for unit, run in zip(page_units, pages.values(), strict=True)),
        *(
            Stage(unit, lambda job=job: one(job))
            for unit, job in zip(kernel_units, kernels, strict=True)
        ),
    ]
    by_unit = {id(stage.unit): stage for stage in stages}
    return [by_unit[id(unit)] for unit in schedule_order([stage.unit for stage in stages])]


def run_planned(
    planned: Sequence[Job],
    work: Path,
    out: Path,
    corpus: Corpus | BuildCorpus,
    seeds: Path,
    plans: Mapping[str, PagePlan],
    *,
    jobs: int,
    timeout: int,
    env: Mapping[str, str],
    run: Callable[..., float],
    budget: tuple[float, str] | None = None,
) -> list[tuple[Job, float]]:
    """Run every planned job with ``run`` (``reports.run_job``; ``jobs`` kernels at a time;
    ``env`` is added to each kernel's environment, not to this process's) and render the
    pages of rendered notebooks, each started when the memory ``budget`` (the user's,
    ``build_budget.given_budget``, else the default) allows; results in the planned order."""
    total = len(planned)
    number = {id(job): n for n, job in enumerate(planned, start=1)}
    stopping = threading.Event()  # set when the build is interrupted: keep no failures
    rendered = _rendered_jobs(planned, plans)

    def one(job: Job) -> list[tuple[Job, float]]:
        log.info("[%d/%d] %s: started", number[id(job)], total, job.label)
        home = "../" * job.page.count("/") + "index.html"
        footer = footer_info(job.parameters, corpus, seeds, home)
        try:
            seconds = run(job, work, timeout=timeout, footer=footer, env=env)
        except Exception as exc:
            raise _failure(work, out, job, exc, keep=not stopping.is_set()) from exc
        _report_kernel_log(work, out, job)
        log.info("[%d/%d] %s: done in %.1f s", number[id(job)], total, job.label, seconds)
        return [(job, seconds)]

    # forked before any thread of this build starts; they wait for their turn
    background = {
        name: _start_rendered_pages(pages, plans[name], work, corpus, seeds, jobs)
        for name, pages in rendered.items()
    }
    stop_background = partial(_stop_all, background)
    kernels = [job for job in planned if job.spec.name not in rendered]
    pages = {
        name: partial(_rendered_results, name, background[name], rendered[name], out)
        for name in rendered
    }
    try:
        results = run_scheduled(
            _ordered_stages(kernels, one, pages, corpus),
            budget_mb=build_budget_mb(budget),
            kernel_slots=jobs,
            held_mb=_held_mb(corpus),
            stopping=stopping,
            on_stop=stop_background,
            kill=stop_child_kernels,
        )
    finally:
        stop_background()
    finished = [item for result in results for item in result]
    return sorted(finished, key=lambda item: number[id(item[0])])
