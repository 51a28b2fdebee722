"""Build the report site: run the notebooks with papermill, render them with nbconvert.

The build reads as a list of steps (``build_reports``):

1. find the notebooks and the parameters each declares (``discover_notebooks``, read with
   ``papermill.inspect_notebook``);
2. load the corpus once and check every parameter against it (``validate_parameters``),
   before any notebook runs;
3. run each notebook into a private temporary folder (``run_job``), in parallel if asked,
   while the per-document pages are rendered without a kernel (``analysis.site.document_pages``:
   the page declared in ``data/document_page.yaml``, its whole-corpus tables computed once,
   then one small page per document);
4. write ``index.html`` and the search page (Jinja2 templates, ``analysis.site.site_templates``)
   and swap the new site in for the old one (``swap_in``).

A failing notebook stops the build with ``NotebookFailedError`` and leaves the previous
site untouched; the executed notebook is kept in ``<out>/_failed/``. Two builds of the
same folder never mix: the second waits for the first (``build_lock``).

This module holds the build itself (``build_reports``, ``run_job``) and the paths it starts
from; the rest lives in smaller modules, whose public names it still offers (but those of
``analysis.site.output_folder``, the seeds, notebooks and output folders resolved and the
output folder checked):

- ``analysis.site.report_types``: the errors, ``Parameter``, ``NotebookSpec``, ``Job``,
  ``BuildResult``;
- ``analysis.site.report_parameters``: the parameters a notebook declares, the values given on
  the command line read and checked against the corpus, and the plan of runs;
- ``analysis.site.report_runner``: running the planned notebooks in threads beside the rendered
  document pages;
- ``analysis.site.report_pages``: the HTML (a notebook's page, the footer, ``index.html``);
- ``analysis.site.site_safety``: the output folder (lock, work folder, swap, recovery, what a
  failed run keeps).
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import nbformat

from analysis.annotators.annotate import corpus_annotations, dated_corpus
from analysis.annotators.cached import release_kept_tables
from analysis.annotators.corpus_snapshot import shared_corpus, snapshot_env
from analysis.core.errors import ParameterError
from analysis.ingest.dask_engine import engine_options, engine_session
from analysis.ingest.store import default_cache_dir
from analysis.site.build_budget import given_budget
from analysis.site.build_corpus import BuildCorpus, build_corpus
from analysis.site.notebook import apply_filters
from analysis.site.output_folder import PACKAGE_DIR, checked_folders
from analysis.site.report_pages import (
    TEMPLATES_DIR,
    document_pages_of,
    footer_info,
    footer_parameters,
    render_html,
    render_index,
    strip_for_readers,
    write_shared_pages,
)
from analysis.site.report_parameters import (
    VALUE_CHECKS,
    check_k_topics,
    coerce_value,
    parse_date_bound,
    plan_jobs,
    read_parameters,
    select_notebooks,
    validate_parameters,
)
from analysis.site.report_runner import page_plans, run_planned, stop_child_kernels
from analysis.site.report_types import (
    FILTER_PARAMETERS,
    PER_DOCUMENT_PARAMETER,
    BuildResult,
    Job,
    NotebookFailedError,
    NotebookSpec,
    Parameter,
    ReportError,
)
from analysis.site.site_safety import (
    DISK_FULL_ERRNOS,
    KERNEL_LOGS,
    LEGACY_SITE_ENTRIES,
    SITE_MARKER,
    build_lock,
    check_writable,
    executed_path,
    is_empty_folder,
    is_site_folder,
    keep_failed,
    kernel_log_path,
    leftover_folders,
    make_work_folder,
    recover_site,
    resolve_folder,
    swap_in,
    write_site_marker,
)

if TYPE_CHECKING:
    from analysis.site.document_pages import PagePlan

#: The names this module has always offered (several now live in the modules above).
__all__ = [
    "DEFAULT_TIMEOUT",
    "DISK_FULL_ERRNOS",
    "FILTER_PARAMETERS",
    "KERNEL_ARGUMENTS",
    "KERNEL_ENV",
    "LEGACY_SITE_ENTRIES",
    "NOTEBOOKS_DIR",
    "PACKAGE_DIR",
    "PER_DOCUMENT_PARAMETER",
    "SITE_MARKER",
    "TEMPLATES_DIR",
    "VALUE_CHECKS",
    "BuildResult",
    "Job",
    "NotebookFailedError",
    "NotebookSpec",
    "Parameter",
    "ReportError",
    "build_lock",
    "build_reports",
    "check_k_topics",
    "check_writable",
    "coerce_value",
    "discover_notebooks",
    "document_pages_of",
    "footer_info",
    "footer_parameters",
    "is_empty_folder",
    "is_site_folder",
    "keep_failed",
    "leftover_folders",
    "make_work_folder",
    "parse_date_bound",
    "plan_jobs",
    "read_parameters",
    "recover_site",
    "render_html",
    "render_index",
    "resolve_folder",
    "run_job",
    "select_notebooks",
    "stop_child_kernels",
    "strip_for_readers",
    "swap_in",
    "validate_parameters",
    "write_shared_pages",
    "write_site_marker",
]

log = logging.getLogger(__name__)

NOTEBOOKS_DIR = PACKAGE_DIR / "notebooks"  # shipped in the wheel; --notebooks DIR for your own
#: A cell's time limit guards against a kernel that hangs, not against a large corpus: unless
#: ``--timeout`` is given it is ``DEFAULT_TIMEOUT`` seconds per ``TIMEOUT_DOCUMENTS`` articles
#: of the build's corpus, never less than ``DEFAULT_TIMEOUT`` (a fixed 600 s failed the
#: thematic report of a 100,000-article build: benchmarks/results.md, session 21).
DEFAULT_TIMEOUT = 600
TIMEOUT_DOCUMENTS = 10_000
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=ERROR"]  # no TCP-transport notice in cron logs
KERNEL_ENV = {"PYTHONHASHSEED": "0", "MPLBACKEND": "module://matplotlib_inline.backend_inline"}


def discover_notebooks(notebooks_dir: Path = NOTEBOOKS_DIR) -> list[NotebookSpec]:
    """Every ``*.ipynb`` in ``notebooks_dir`` with its report metadata, in site order.

    A per-document notebook whose metadata says ``"render": "document_pages"`` is never
    executed by the build: its pages are the declared document page
    (``analysis/data/document_page.yaml``), rendered by ``analysis.site.document_pages``."""
    from analysis.site.document_pages import RENDERER

    specs = []
    for path in sorted(notebooks_dir.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        meta = nb.metadata.get("report", {})
        specs.append(
            NotebookSpec(
                name=path.stem,
                path=path,
                title=meta.get("title", path.stem.replace("_", " ").capitalize()),
                summary=meta.get("summary", ""),
                order=int(meta.get("order", 50)),
                in_site=bool(meta.get("site", True)),
                parameters=read_parameters(path, nb),
                rendered=meta.get("render") == RENDERER,
            )
        )
    return sorted(specs, key=lambda s: (s.order, s.name))


def run_job(
    job: Job,
    work: Path,
    *,
    timeout: int,
    footer: Mapping[str, str],
    env: Mapping[str, str] = KERNEL_ENV,
) -> float:
    """Execute one notebook into ``work`` (its kernel's environment: this process's plus
    ``env``; what the kernel writes outside the notebook goes to ``kernel_log_path``) and
    write its HTML page; return the seconds taken."""
    import papermill

    from analysis.site.kernel_env import kernel_manager_with_env

    started = time.perf_counter()
    executed = executed_path(work, job)
    executed.parent.mkdir(parents=True, exist_ok=True)
    papermill.execute_notebook(
        str(job.spec.path),
        str(executed),
        parameters=dict(job.parameters),
        kernel_name="python3",
        progress_bar=False,
        log_output=False,
        cwd=os.getcwd(),  # the caller's folder: relative parameters mean what they were checked as
        request_save_on_cell_execute=False,
        execution_timeout=timeout,
        shutdown_kernel="immediate",
        extra_arguments=KERNEL_ARGUMENTS,
        kernel_manager_class=kernel_manager_with_env(env, output_log=kernel_log_path(work, job)),
    )
    title = job.spec.title
    if job.spec.per_document:
        title = f"{title}: {job.parameters[PER_DOCUMENT_PARAMETER]}"
    page = work / job.page
    page.parent.mkdir(parents=True, exist_ok=True)
    nb = nbformat.read(executed, as_version=4)
    page.write_text(render_html(nb, title, footer), encoding="utf-8")
    return time.perf_counter() - started


def build_reports(
    seeds_dir: str | Path = "seeds",
    out_dir: str | Path = "reports",
    *,
    only: Sequence[str] = (),
    params: Mapping[str, str] | None = None,
    jobs: int = 1,
    timeout: int | None = None,
    notebooks_dir: Path = NOTEBOOKS_DIR,
    engine: str = "serial",
    scheduler: str | None = None,
    memory_budget: object = None,
) -> BuildResult:
    """Build the report site into ``out_dir`` and return where its index is.

    The corpus is parsed once, here, with ``engine`` (``"serial"`` or ``"dask"``, see
    ``load_corpus``) and ``jobs`` processes, dated, and annotated (also in ``jobs`` processes,
    or on the same Dask cluster: ``scheduler``, see ``analysis.ingest.dask_engine``); the cache
    keeps the tables every notebook, the document pages and the end step read (``BuildCorpus``).

    ``out_dir`` must be new, empty, or a site an earlier build made (``check_output_folder``);
    a site left hidden by a build killed while swapping is put back first, and what dead
    builds left beside it is removed (``recover_site``). ``timeout`` (seconds a notebook cell
    may run) None scales with the corpus (``cell_timeout``); ``memory_budget``: ``_check_counts``.

    Raises ``ParameterError`` (before anything runs) for a bad parameter or output folder,
    ``SeedsNotFoundError`` for a missing seeds folder, and ``NotebookFailedError`` when
    a notebook fails (the previous site is left as it was).
    """
    started, budget = time.perf_counter(), _check_counts(jobs, timeout, memory_budget)
    seeds, out = checked_folders(seeds_dir, out_dir, notebooks_dir)
    specs = select_notebooks(discover_notebooks(notebooks_dir), only)
    options = engine_options(engine, scheduler, default_cache_dir(seeds))
    with engine_session(engine, scheduler):  # one Dask client for loading and annotating
        loaded = shared_corpus(seeds, jobs=jobs, **options)  # the build's one snapshot
        corpus = dated_corpus(loaded)
        typed = validate_parameters(specs, params or {}, corpus)
        planned = plan_jobs(specs, typed, corpus, seeds)
        plans = page_plans(specs)
        check_writable(out)
        filters = {k: typed[k] for k in FILTER_PARAMETERS if k in typed}
        if any(not spec.per_document for spec in specs) or plans:  # every table once, for all
            corpus_annotations.ensure_stored(apply_filters(corpus, **filters), jobs=jobs, **options)
    kernel_env = {**KERNEL_ENV, **snapshot_env(seeds, loaded)}  # the kernels read `loaded`
    kept = build_corpus(loaded, corpus, seeds, filters)  # stored: read again where needed
    del loaded, corpus
    results = _build_and_swap(
        planned,
        out,
        kept,
        seeds,
        plans,
        typed,
        partial=bool(only),
        jobs=jobs,
        timeout=timeout or cell_timeout(len(kept)),  # seconds a cell may run
        env=kernel_env,
        budget=budget,
    )
    return BuildResult(out / "index.html", results, time.perf_counter() - started)


def cell_timeout(n_documents: int) -> int:
    """The seconds one notebook cell may run on a corpus of ``n_documents`` articles when
    ``--timeout`` is not given: ``DEFAULT_TIMEOUT`` per ``TIMEOUT_DOCUMENTS`` articles, at
    least ``DEFAULT_TIMEOUT`` (said in the log when it is more)."""
    seconds = max(DEFAULT_TIMEOUT, -(-DEFAULT_TIMEOUT * n_documents // TIMEOUT_DOCUMENTS))
    if seconds > DEFAULT_TIMEOUT:
        log.info(
            "a notebook cell may run %d s (%d articles; --timeout to change)", seconds, n_documents
        )
    return seconds


def _check_counts(
    jobs: object, timeout: object, memory_budget: object = None
) -> tuple[float, str] | None:
    """``ParameterError`` unless ``jobs`` is a whole number >= 1, ``timeout`` is None
    (scaled with the corpus) or one, and the memory budget (``memory_budget``, else
    ``$VN_BUILD_MEMORY_MB``) a number of MB or not given; returns the budget
    (``build_budget.given_budget``)."""
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ParameterError("--jobs", jobs, "expected a whole number >= 1")
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, int) or timeout < 1
    ):
        raise ParameterError("--timeout", timeout, "expected a whole number of seconds >= 1")
    return given_budget(memory_budget, os.environ)


def _build_and_swap(
    planned: Sequence[Job],
    out: Path,
    corpus: BuildCorpus,
    seeds: Path,
    plans: Mapping[str, PagePlan],
    typed: Mapping[str, object],
    *,
    partial: bool,
    jobs: int,
    timeout: int,
    env: Mapping[str, str],
    budget: tuple[float, str] | None = None,
) -> list[tuple[Job, float]]:
    """Under ``build_lock(out)``: build the site in a work folder beside ``out`` (a copy of
    the current site when ``partial``), then swap it in; results in the planned order.
    ``corpus`` is what the build keeps of its corpus (``build_corpus.BuildCorpus``); the
    tables kept in memory that the cache holds are dropped first, and the memory freed
    given back (``cached.release_kept_tables``: ``gc.collect``, ``malloc_trim``), before
    the kernels and the document pages' process (forked: it would keep a copy of what
    this process frees later) start."""
    release_kept_tables()
    with build_lock(out):
        recover_site(out)
        work = make_work_folder(out)
        try:
            if partial and out.is_dir() and is_site_folder(out):  # a partial build updates it
                mode = work.stat().st_mode  # copytree would give work the old site's mode
                earlier = shutil.ignore_patterns("_failed", KERNEL_LOGS)  # of earlier builds
                shutil.copytree(out, work, dirs_exist_ok=True, ignore=earlier)
                work.chmod(mode)
            results = run_planned(
                planned,
                work,
                out,
                corpus,
                seeds,
                plans,
                jobs=jobs,
                timeout=timeout,
                env=env,
                run=run_job,
                budget=budget,
            )
            footer = footer_info(typed, corpus, seeds, "index.html")
            write_shared_pages(work, results, corpus, None, seeds, footer)
            swap_in(work, out)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return results
