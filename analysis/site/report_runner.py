"""Running a build's planned jobs: the notebooks (``jobs`` at a time, in threads) while the
per-document pages of rendered notebooks are written in a forked process; results in the
planned order, the first failure raised as ``NotebookFailedError``."""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.ingest.corpus import Corpus
from analysis.site.build_corpus import BuildCorpus, paragraph_text_mb
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
    from analysis.site.document_pages import BackgroundPages, PageFailedError, PagePlan

log = logging.getLogger(__name__)

#: A report kernel's peak memory in MB: ``KERNEL_BASE_MB`` plus ``KERNEL_MB_PER_TEXT_MB``
#: per MB of the corpus's paragraph text. Measured (the thematic kernel, the largest; PSS;
#: benchmarks/results.md, session 21): 1,090 MB at 10,000 generated articles (107 MB of
#: text), 1,376 at 20,000 (214), 4,676 at 100,000 (1,068); the line through 10,000 and
#: 100,000 (about 690 + 3.7 per MB) with a margin of a quarter. The earlier 300 + 21.5 per
#: MB, from kernels before sessions 18-20 made them smaller, said 23 GB at 100,000 and so
#: ran the kernels one at a time.
KERNEL_BASE_MB = 700
KERNEL_MB_PER_TEXT_MB = 5.0
#: Memory left to the build itself and the document pages while kernels run (share of
#: what is available when they start).
KERNEL_MEMORY_SHARE = 0.7


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


def kernel_estimate_mb(corpus: Corpus | BuildCorpus) -> float:
    """The expected peak memory of one report kernel on ``corpus``, in MB."""
    return KERNEL_BASE_MB + KERNEL_MB_PER_TEXT_MB * text_mb(corpus)


def kernel_slots(jobs: int, per_kernel_mb: float, available_mb: float | None) -> int:
    """How many report kernels to run at once: ``jobs``, fewer when ``jobs`` kernels of
    ``per_kernel_mb`` each would take more than ``KERNEL_MEMORY_SHARE`` of
    ``available_mb``; at least 1 (and ``jobs`` when the available memory is not known).

    >>> [kernel_slots(2, each, 16_000) for each in (1_000, 6_000, 30_000)]
    [2, 1, 1]
    """
    if available_mb is None or per_kernel_mb <= 0:
        return jobs
    fits = int(available_mb * KERNEL_MEMORY_SHARE // per_kernel_mb)
    return max(1, min(jobs, fits))


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
) -> BackgroundPages:
    """Start rendering ``pages`` (one rendered notebook's) in a forked process (which reads
    the corpus again when given what the build kept of it: ``BuildCorpus.open``)."""
    from analysis.site.document_pages import BackgroundPages

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
    return BackgroundPages(plan, corpus, filters, doc_ids, work, footer_of, workers=workers)


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


def _run_in_threads(
    tasks: Sequence[Callable[[], list[tuple[Job, float]]]], jobs: int, stopping: threading.Event
) -> list[tuple[Job, float]]:
    """Run ``tasks`` in ``jobs`` threads; results in task order, the first failure raised.

    Interrupted (Ctrl-C, SIGTERM), it cancels the tasks not started, kills the running
    kernels and returns as soon as their threads end, instead of waiting for every running
    notebook to finish."""
    pool = ThreadPoolExecutor(max_workers=jobs)
    futures = [pool.submit(task) for task in tasks]
    try:
        return [item for future in futures for item in future.result()]
    except KeyboardInterrupt:
        stopping.set()
        pool.shutdown(wait=False, cancel_futures=True)
        started = [f for f in futures if not f.cancelled()]  # wait() never sees these done
        logging.disable(logging.ERROR)  # each killed kernel would log "Kernel died ..."
        try:
            while True:  # a thread may be starting a kernel: kill until every thread is done
                stop_child_kernels()
                if not wait(started, timeout=0.5).not_done:
                    break
        finally:
            logging.disable(logging.NOTSET)
        raise
    finally:
        pool.shutdown(wait=True)


def _rendered_results(
    name: str, run: BackgroundPages, pages: Sequence[Job], out: Path
) -> list[tuple[Job, float]]:
    """Wait for the rendered pages of notebook ``name``; each job with its seconds. A page
    that failed raises ``NotebookFailedError`` (its traceback kept in ``<out>/_failed/``)."""
    from analysis.site.document_pages import PageFailedError

    by_doc = {str(job.parameters[PER_DOCUMENT_PARAMETER]): job for job in pages}
    try:
        done = run.result()
    except PageFailedError as exc:
        label = by_doc[exc.doc_id].label if exc.doc_id in by_doc else f"{name} pages"
        kept = _keep_page_failure(out, pages[0].spec, exc)
        raise NotebookFailedError(label, exc.problem, kept) from exc
    log.info("%s: %d pages rendered", name, len(done))
    return [(by_doc[doc_id], seconds) for doc_id, seconds in done]


def _kernels_at_once(jobs: int, corpus: Corpus | BuildCorpus, notebooks: int) -> int:
    """``kernel_slots`` for this build, said in the log when memory makes it fewer than
    ``jobs``."""
    if jobs == 1 or notebooks < 2:
        return 1
    per_kernel, available = kernel_estimate_mb(corpus), available_memory_mb()
    slots = kernel_slots(jobs, per_kernel, available)
    log.log(
        logging.WARNING if slots < jobs else logging.INFO,
        "report kernels: %d at once (--jobs %d; about %.0f MB each for %.0f MB of text, "
        "%s MB available)",
        slots,
        jobs,
        per_kernel,
        text_mb(corpus),
        "unknown" if available is None else f"{available:,.0f}",
    )
    return slots


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
) -> list[tuple[Job, float]]:
    """Run every planned job with ``run`` (``reports.run_job``; ``jobs`` at a time; ``env``
    is added to each kernel's environment, not to this process's) and render the pages of
    rendered notebooks meanwhile; results in the planned order."""
    total = len(planned)
    number = {id(job): n for n, job in enumerate(planned, start=1)}
    stopping = threading.Event()  # set when the build is interrupted: keep no failures
    rendered: dict[str, list[Job]] = {}
    for job in planned:
        if job.spec.per_document and job.spec.name in plans:
            rendered.setdefault(job.spec.name, []).append(job)

    def footer_of(job: Job) -> dict[str, str]:
        depth = job.page.count("/")
        return footer_info(job.parameters, corpus, seeds, "../" * depth + "index.html")

    def done(job: Job, seconds: float) -> None:
        log.info("[%d/%d] %s: done in %.1f s", number[id(job)], total, job.label, seconds)

    def one(job: Job) -> list[tuple[Job, float]]:
        log.info("[%d/%d] %s: started", number[id(job)], total, job.label)
        try:
            seconds = run(job, work, timeout=timeout, footer=footer_of(job), env=env)
        except Exception as exc:
            raise _failure(work, out, job, exc, keep=not stopping.is_set()) from exc
        _report_kernel_log(work, out, job)
        done(job, seconds)
        return [(job, seconds)]

    # forked before any thread of this build starts
    background = {
        name: _start_rendered_pages(pages, plans[name], work, corpus, seeds, jobs)
        for name, pages in rendered.items()
    }
    try:
        tasks: list[Callable[[], list[tuple[Job, float]]]] = [
            (lambda job=job: one(job)) for job in planned if job.spec.name not in rendered
        ]
        if (kernels := _kernels_at_once(jobs, corpus, len(tasks))) == 1:
            finished = [item for task in tasks for item in task()]
        else:
            finished = _run_in_threads(tasks, kernels, stopping)
        for name, run in background.items():
            finished += _rendered_results(name, run, rendered[name], out)
    finally:
        for run in background.values():
            run.stop()
    return sorted(finished, key=lambda item: number[id(item[0])])
