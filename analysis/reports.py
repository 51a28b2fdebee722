"""Build the report site: run the notebooks with papermill, render them with nbconvert.

The build reads as a list of steps (``build_reports``):

1. find the notebooks and the parameters each declares (``discover_notebooks``, read with
   ``papermill.inspect_notebook``);
2. load the corpus once and check every parameter against it (``validate_parameters``),
   before any notebook runs;
3. run each notebook into a private temporary folder (``run_job``), in parallel if asked,
   while the per-document pages are rendered without a kernel (``analysis.document_pages``:
   the page declared in ``data/document_page.yaml``, its whole-corpus tables computed once,
   then one small page per document);
4. write ``index.html`` and the search page (Jinja2 templates, ``analysis.site_templates``)
   and swap the new site in for the old one (``swap_in``).

A failing notebook stops the build with ``NotebookFailedError`` and leaves the previous
site untouched; the executed notebook is kept in ``<out>/_failed/``. Two builds of the
same folder never mix: the second waits for the first (``build_lock``).
"""

from __future__ import annotations

import ast
import datetime as dt
import errno
import fcntl
import json
import logging
import os
import re
import secrets
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import nbformat
import pandas as pd

from analysis import __version__
from analysis.corpus import Corpus
from analysis.errors import AnalysisError, ParameterError, SeedsNotFoundError
from analysis.notebook import apply_filters
from analysis.shared_cache import (
    dated_corpus,
    prepare_annotations,
    shared_corpus,
    snapshot_env,
)
from analysis.site_assets import asset_tags, copy_site_assets, prefix_of
from analysis.site_pages import (
    SEARCH_PAGE,
    document_rows,
    documents_table,
    main_themes,
    page_href,
    write_search_page,
)
from analysis.site_templates import render_page

if TYPE_CHECKING:
    from analysis.document_pages import BackgroundPages, PageFailedError, PagePlan

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
NOTEBOOKS_DIR = PACKAGE_DIR / "notebooks"  # shipped in the wheel; --notebooks DIR for your own
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
DEFAULT_TIMEOUT = 600
PER_DOCUMENT_PARAMETER = "doc_id"
FILTER_PARAMETERS = ("outlets", "date_from", "date_to", "doc_ids")
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=ERROR"]  # no TCP-transport notice in cron logs
KERNEL_ENV = {"PYTHONHASHSEED": "0", "MPLBACKEND": "module://matplotlib_inline.backend_inline"}
#: The file every site this builder makes holds; ``--out`` may only name a folder that holds
#: it, an empty folder, or one that does not exist yet.
SITE_MARKER = ".vn-corpus-site"
#: What a site of a version before the marker holds at its top (besides ``*.html`` pages).
LEGACY_SITE_ENTRIES = frozenset({"index.html", ".gitkeep", "docs", "_failed"})
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})


class ReportError(AnalysisError):
    """The report build could not finish."""


class NotebookFailedError(ReportError):
    """A notebook raised, timed out or lost its kernel while running."""

    def __init__(self, notebook: str, problem: str, kept: Path | None) -> None:
        self.notebook, self.problem, self.kept = notebook, problem, kept
        where = f" What it ran is kept in {kept} for debugging." if kept else ""
        super().__init__(
            f"Notebook {notebook!r} failed: {problem}.{where} "
            "The previous reports were left as they were."
        )


@dataclass(frozen=True)
class Parameter:
    """A parameter a notebook declares in its ``parameters`` cell."""

    name: str
    default: object
    help: str = ""

    @property
    def kind(self) -> type:
        """The Python type of the default, which every given value must have."""
        return type(self.default)


@dataclass(frozen=True)
class NotebookSpec:
    """A report notebook: where it is, what it declares, how it appears in the site."""

    name: str
    path: Path
    title: str
    summary: str
    order: int
    in_site: bool
    parameters: Mapping[str, Parameter]
    rendered: bool = False  # its pages are the declared document page, not a kernel

    @property
    def per_document(self) -> bool:
        """Whether the notebook is run once per document (it declares ``doc_id``)."""
        return PER_DOCUMENT_PARAMETER in self.parameters


@dataclass(frozen=True)
class Job:
    """One notebook run: the notebook, its parameters and the page it produces."""

    spec: NotebookSpec
    parameters: Mapping[str, object]
    page: str  # path of the HTML page relative to the site root
    label: str


@dataclass
class BuildResult:
    """What a build produced."""

    index: Path
    pages: list[tuple[Job, float]] = field(default_factory=list)
    seconds: float = 0.0


# --- 1. notebooks and their parameters ----------------------------------------------


_ASSIGNED = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*(?::[^=]*)?=(?!=)")


def _comments_above(lines: Sequence[str], number: int) -> str:
    """The comment lines just above line ``number`` (0-based) of a cell, joined."""
    above: list[str] = []
    while number > 0 and lines[number - 1].lstrip().startswith("#"):
        number -= 1
        above.insert(0, lines[number].lstrip().lstrip("#").strip())
    return " ".join(above)


def read_parameters(
    path: Path, notebook: nbformat.NotebookNode | None = None
) -> dict[str, Parameter]:
    """The parameters a notebook declares, as ``papermill.inspect_notebook`` reads its cell
    tagged ``parameters``, each with its help text (the comment at the end of its line, or
    the comment lines just above it).

    Checked here, because papermill skips what it cannot read: the cell exists, every
    assignment in it is one papermill read, and every default is a literal (string, number,
    boolean, list). Raises ``ReportError`` naming the notebook and the line."""
    import papermill

    notebook = notebook or nbformat.read(path, as_version=4)
    cells = [c for c in notebook.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    if not cells:
        raise ReportError(f"{path}: no cell tagged 'parameters'; tag the first code cell")
    declared = papermill.inspect_notebook(str(path))
    lines = cells[0].source.splitlines()
    params: dict[str, Parameter] = {}
    for number, line in enumerate(lines):
        match = _ASSIGNED.match(line)
        if not match:
            continue
        name = match["name"]
        found = declared.get(name)
        read = f"papermill reads {name} = {found['default']}" if found else "papermill skips it"
        try:
            if found is None:
                raise ValueError(line)
            value = ast.literal_eval(found["default"])
        except (ValueError, SyntaxError) as exc:
            raise ReportError(
                f"{path}: parameters cell line {number + 1} is not 'name = literal' "
                f"(a string, number, boolean or list; {read})"
            ) from exc
        help_text = found["help"] or _comments_above(lines, number)
        params[name] = Parameter(name, value, help_text)
    return params


def discover_notebooks(notebooks_dir: Path = NOTEBOOKS_DIR) -> list[NotebookSpec]:
    """Every ``*.ipynb`` in ``notebooks_dir`` with its report metadata, in site order.

    A per-document notebook whose metadata says ``"render": "document_pages"`` is never
    executed by the build: its pages are the declared document page
    (``analysis/data/document_page.yaml``), rendered by ``analysis.document_pages``."""
    from analysis.document_pages import RENDERER

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


def select_notebooks(specs: Sequence[NotebookSpec], only: Sequence[str]) -> list[NotebookSpec]:
    """The site notebooks, or the ones named in ``only`` (which must exist)."""
    if not only:
        return [s for s in specs if s.in_site]
    names = {s.name: s for s in specs}
    unknown = [n for n in only if n not in names]
    if unknown:
        raise ParameterError("--only", unknown[0], f"must be one of {sorted(names)}")
    return [names[n] for n in dict.fromkeys(only)]


# --- 2. parameter values -------------------------------------------------------------


def coerce_value(param: Parameter, raw: str) -> object:
    """Read a command-line string as a value of the parameter's declared type.

    Lists take a JSON list or comma-separated items; booleans take true/false/yes/no/1/0.
    Strings are taken as they are: a value is data, never code.
    """
    kind = param.kind
    if kind is str:
        return raw
    try:
        if kind is bool:
            lowered = raw.strip().lower()
            if lowered not in {"true", "false", "yes", "no", "1", "0"}:
                raise ValueError(raw)
            return lowered in {"true", "yes", "1"}
        if kind is int:
            return int(raw)
        if kind is float:
            return float(raw)
        if kind is list:
            if raw.strip().startswith("["):
                value = json.loads(raw)
                if not isinstance(value, list):
                    raise ValueError(raw)
                return value
            return [item.strip() for item in raw.split(",") if item.strip()]
    except (ValueError, json.JSONDecodeError) as exc:
        raise ParameterError(
            param.name,
            raw,
            f"expected {kind.__name__} (the notebook's default is {param.default!r})",
        ) from exc
    raise ParameterError(
        param.name, raw, f"type {kind.__name__} cannot be set from the command line"
    )


def parse_date_bound(name: str, value: str) -> pd.Timestamp | None:
    """A ``date_from``/``date_to`` value ("YYYY", "YYYY-MM" or "YYYY-MM-DD") as a Timestamp."""
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            return pd.Timestamp(dt.datetime.strptime(value, fmt))
        except ValueError:
            continue
    raise ParameterError(name, value, "expected a date as YYYY-MM-DD, YYYY-MM or YYYY")


def _check_members(name: str, values: Sequence[object], accepted: Sequence[str]) -> None:
    for value in values:
        if value not in accepted:
            shown = ", ".join(repr(a) for a in list(accepted)[:12])
            more = f" (and {len(accepted) - 12} more)" if len(accepted) > 12 else ""
            raise ParameterError(name, value, f"accepted values: {shown}{more}")


def _check_positive(name: str, value: object, minimum: int = 1) -> None:
    if not isinstance(value, int) or value < minimum:
        raise ParameterError(name, value, f"expected a whole number >= {minimum}")


def _check_themes(value: object, typed: Mapping[str, object]) -> None:
    from analysis.theme_dictionary import ThemeDictionaryError, resolve_themes

    try:
        resolve_themes(str(typed.get("theme_file") or "") or None, list(value or []))
    except ThemeDictionaryError as exc:
        raise ParameterError("theme_file", typed.get("theme_file"), str(exc)) from exc


def _check_theme_file(value: object, typed: Mapping[str, object]) -> None:
    if value and not Path(str(value)).is_file():
        raise ParameterError(
            "theme_file",
            value,
            "no such file; give the path of a YAML theme "
            "dictionary (see analysis/data/themes.yaml for the format)",
        )
    _check_themes(typed.get("themes", []), typed)


def _check_event_types(value: object, typed: Mapping[str, object]) -> None:
    from analysis.timeline import load_event_types

    _check_members("event_types", list(value or []), [t.id for t in load_event_types()])


#: Checks for parameters that notebooks declare: name -> check(value, corpus, all typed values).
VALUE_CHECKS: dict[str, Callable[[object, Corpus, Mapping[str, object]], None]] = {
    "outlets": lambda v, c, _: _check_members(
        "outlets", v, sorted(set(c.documents["outlet"]) - {""})
    ),
    "doc_ids": lambda v, c, _: _check_members("doc_ids", v, c.documents["doc_id"].tolist()),
    "doc_id": lambda v, c, _: _check_members(
        "doc_id", [v] if v else [], c.documents["doc_id"].tolist()
    ),
    "granularity": lambda v, c, _: _check_members("granularity", [v], ["month", "quarter", "year"]),
    "top_n": lambda v, c, _: _check_positive("top_n", v),
    "k_topics": lambda v, c, _: _check_positive("k_topics", v, minimum=2),
    "themes": lambda v, c, typed: _check_themes(v, typed),
    "theme_file": lambda v, c, typed: _check_theme_file(v, typed),
    "event_types": lambda v, c, typed: _check_event_types(v, typed),
}


def validate_parameters(
    specs: Sequence[NotebookSpec], raw: Mapping[str, str], corpus: Corpus
) -> dict[str, object]:
    """Type every ``--param`` by the notebooks' declared defaults and check it against the
    corpus. Raises ``ParameterError`` naming the parameter and the accepted values."""
    declared: dict[str, Parameter] = {}
    for spec in specs:
        for name, param in spec.parameters.items():
            declared.setdefault(name, param)
    typed: dict[str, object] = {}
    for name, value in raw.items():
        if name not in declared:
            accepted = ", ".join(sorted(declared))
            raise ParameterError(
                name, value, f"no selected notebook declares it; accepted names: {accepted}"
            )
        typed[name] = coerce_value(declared[name], value)
    for name, value in typed.items():
        if name in VALUE_CHECKS:
            VALUE_CHECKS[name](value, corpus, typed)
    bounds = {n: parse_date_bound(n, str(typed.get(n, ""))) for n in ("date_from", "date_to")}
    if bounds["date_from"] and bounds["date_to"] and bounds["date_from"] > bounds["date_to"]:
        raise ParameterError(
            "date_from", typed["date_from"], f"must not be after date_to = {typed['date_to']!r}"
        )
    if "k_topics" in declared:  # the default too: a small selection cannot hold 6 topics
        check_k_topics(typed.get("k_topics", declared["k_topics"].default), corpus, typed)
    return typed


def check_k_topics(k: object, corpus: Corpus, typed: Mapping[str, object]) -> None:
    """``k_topics`` must be below the number of lede and body paragraphs of the filtered
    corpus (the topic model's bound); a selection without any has no topics to find and
    passes (its report shows an empty table)."""
    from analysis.themes import content_paragraphs
    from analysis.topics import TOPIC_KINDS

    _check_positive("k_topics", k, minimum=2)
    filters = {n: typed[n] for n in FILTER_PARAMETERS if n in typed}
    n = len(content_paragraphs(apply_filters(corpus, **filters), kinds=TOPIC_KINDS))
    if n and k >= n:  # type: ignore[operator]
        fix = (
            f"pass --param k_topics=N with N between 2 and {n - 1}"
            if n > 2
            else "select more documents (or fewer filters)"
        )
        raise ParameterError(
            "k_topics", k, f"the selected documents have only {n} lede and body paragraphs; {fix}"
        )


def plan_jobs(
    specs: Sequence[NotebookSpec], typed: Mapping[str, object], corpus: Corpus, seeds_dir: Path
) -> list[Job]:
    """One job per site notebook, and one per document for per-document notebooks (its page
    ``docs/<page_name(doc_id)>``)."""
    from analysis.document_pages import page_name

    jobs = []
    filters = {k: typed[k] for k in FILTER_PARAMETERS if k in typed}
    for spec in specs:
        params = {n: v for n, v in typed.items() if n in spec.parameters}
        if "seeds_dir" in spec.parameters:
            params["seeds_dir"] = str(seeds_dir)
        if not spec.per_document:
            jobs.append(Job(spec, params, f"{spec.name}.html", spec.name))
            continue
        kept = apply_filters(corpus, **filters).documents["doc_id"].tolist()
        chosen = kept
        if typed.get(PER_DOCUMENT_PARAMETER):
            chosen = [typed[PER_DOCUMENT_PARAMETER]]
            if chosen[0] not in kept:
                raise ParameterError(
                    PER_DOCUMENT_PARAMETER,
                    chosen[0],
                    f"the filters {sorted(filters)} leave it out; {len(kept)} documents remain",
                )
        for doc_id in chosen:
            jobs.append(
                Job(
                    spec,
                    {**params, PER_DOCUMENT_PARAMETER: doc_id},
                    f"docs/{page_name(doc_id)}",
                    f"{spec.name} {doc_id}",
                )
            )
    return jobs


# --- 3. running and rendering --------------------------------------------------------


def footer_info(
    parameters: Mapping[str, object], corpus: Corpus, seeds_dir: Path, index_href: str
) -> dict[str, str]:
    """What the page footer says produced the page."""
    return {
        "built": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "version": __version__,
        "corpus_hash": corpus.corpus_hash,
        "n_documents": str(len(corpus)),
        "seeds_dir": seeds_dir.name,
        "parameters": footer_parameters(parameters),
        "index_href": index_href,
        "assets": asset_tags(prefix_of(index_href)),
    }


def footer_parameters(parameters: Mapping[str, object]) -> str:
    """The parameters as the footer shows them (``seeds_dir`` is named apart)."""
    shown = {k: v for k, v in sorted(parameters.items()) if k != "seeds_dir"}
    return json.dumps(shown, ensure_ascii=False) if shown else "defaults"


def strip_for_readers(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy without parameter cells, stderr output (warnings, logs) or error output."""
    nb = nbformat.from_dict(json.loads(json.dumps(nb)))
    hidden = {"parameters", "injected-parameters"}
    nb.cells = [c for c in nb.cells if not hidden & set(c.get("metadata", {}).get("tags", []))]
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [
                o
                for o in cell.outputs
                if not (o.output_type == "stream" and o.get("name") == "stderr")
                and o.output_type != "error"
            ]
    return nb


def render_html(nb: nbformat.NotebookNode, title: str, footer: Mapping[str, str]) -> str:
    """The reader's page: no code, no prompts, no external requests, with a footer."""
    from nbconvert import HTMLExporter

    nb = strip_for_readers(nb)
    nb.metadata["title"] = title
    nb.metadata["report_footer"] = dict(footer)
    exporter = HTMLExporter(
        template_name="offline",
        extra_template_basedirs=[str(TEMPLATES_DIR)],
        extra_template_paths=[str(TEMPLATES_DIR)],  # site/footer.html.j2, shared
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    body, _ = exporter.from_notebook_node(nb)
    return body


def _describe_failure(exc: BaseException) -> str:
    """One line about why a notebook failed (no traceback)."""
    from papermill.exceptions import PapermillExecutionError

    if isinstance(exc, PapermillExecutionError):
        evalue = exc.evalue.strip().splitlines()[0] if exc.evalue.strip() else ""
        return f"cell {exc.exec_count} raised {exc.ename}: {evalue}"[:500]
    name = type(exc).__name__
    if "Timeout" in name or isinstance(exc, TimeoutError):
        return f"a cell ran longer than the timeout ({name}); raise --timeout if it is just slow"
    if "DeadKernel" in name:
        return "its kernel died (out of memory or a crash in native code)"
    if _disk_full(exc):
        return f"the disk is full ({exc}); free some space and build again"[:500]
    return f"{name}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"[:500]


def run_job(
    job: Job,
    work: Path,
    *,
    timeout: int,
    footer: Mapping[str, str],
    env: Mapping[str, str] = KERNEL_ENV,
) -> float:
    """Execute one notebook into ``work`` (its kernel's environment: this process's plus
    ``env``) and write its HTML page; return the seconds taken."""
    import papermill

    from analysis.kernel_env import kernel_manager_with_env

    started = time.perf_counter()
    executed = _executed_path(work, job)
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
        kernel_manager_class=kernel_manager_with_env(env),
    )
    title = job.spec.title
    if job.spec.per_document:
        title = f"{title}: {job.parameters[PER_DOCUMENT_PARAMETER]}"
    page = work / job.page
    page.parent.mkdir(parents=True, exist_ok=True)
    nb = nbformat.read(executed, as_version=4)
    page.write_text(render_html(nb, title, footer), encoding="utf-8")
    return time.perf_counter() - started


def _executed_path(work: Path, job: Job) -> Path:
    """Where ``run_job`` writes the executed notebook of ``job`` (``keep_failed`` reads it)."""
    return work / "_executed" / (job.page.removesuffix(".html").replace("/", "__") + ".ipynb")


# --- 4. the site ---------------------------------------------------------------------


def render_index(
    results: Sequence[tuple[Job, float]],
    corpus: Corpus,
    footer: Mapping[str, str],
    *,
    themes: Mapping[str, str] | None = None,
    search: bool = False,
) -> str:
    """``index.html`` (``templates/site/index.html.j2``): every report with its summary and
    build time, a link to the search page (``search``), and every document page in a table
    readers can sort and filter by outlet, year, theme (``themes``: doc_id -> its main
    themes) and text."""
    pages = document_pages_of(results)
    reports = [
        {
            "href": page_href(job.page),
            "title": job.spec.title,
            "summary": job.spec.summary,
            "seconds": seconds,
        }
        for job, seconds in results
        if not job.spec.per_document
    ]
    documents = documents_table(document_rows(corpus, pages, themes or {})) if pages else None
    return render_page(
        "index.html.j2",
        "Corpus reports",
        footer,
        n_documents=len(corpus),
        n_rejected=len(corpus.rejected),
        search_href=SEARCH_PAGE if search else "",
        reports=reports,
        documents=documents,
    )


def document_pages_of(results: Sequence[tuple[Job, float]]) -> dict[str, str]:
    """doc_id -> the link to its page, for the per-document pages of a build."""
    return {
        str(job.parameters[PER_DOCUMENT_PARAMETER]): page_href(job.page)
        for job, _ in results
        if job.spec.per_document
    }


def write_shared_pages(
    work: Path,
    results: Sequence[tuple[Job, float]],
    corpus: Corpus,
    selection: Corpus,
    seeds: Path,
    footer: Mapping[str, str],
) -> None:
    """Write what the whole site shares: the assets, the search page (when the build has
    document pages) and ``index.html`` with each document's main themes (read from the
    annotation tables prepared for ``selection``, the filtered corpus)."""
    from analysis.notebook import rows_of
    from analysis.shared_cache import annotation
    from analysis.themes import theme_prevalence

    copy_site_assets(work)
    pages = document_pages_of(results)
    themes: dict[str, str] = {}
    if pages:
        shown = corpus.select(list(pages))
        hits = rows_of(annotation(selection, "theme_hits", seeds_dir=seeds), shown)
        themes = main_themes(theme_prevalence(shown, hits, by="doc_id"))
        write_search_page(work, shown, pages, footer)
    index = render_index(results, corpus, footer, themes=themes, search=bool(pages))
    (work / "index.html").write_text(index, encoding="utf-8")


@contextmanager
def build_lock(out_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock for building ``out_dir``; a second build waits for the first."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    lock_path = out_dir.parent / f".{out_dir.name}.lock"
    with lock_path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.warning("another build of %s is running; waiting for it to finish", out_dir)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def swap_in(work: Path, out_dir: Path) -> None:
    """Replace ``out_dir`` by ``work`` with two renames (the old site is removed after).

    ``work`` gets the site marker first. A build killed between the two renames leaves the
    old site as ``.<out>.old-<pid>``; the next build puts it back (``recover_site``)."""
    shutil.rmtree(work / "_executed", ignore_errors=True)
    (work / ".gitkeep").touch()
    write_site_marker(work)
    old = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}"
    if out_dir.exists():
        out_dir.rename(old)
    work.rename(out_dir)
    shutil.rmtree(old, ignore_errors=True)


def _disk_full(exc: BaseException | None) -> bool:
    return isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS


def _keep_file(target: Path, write: Callable[[Path], None]) -> Path | None:
    """Write ``target`` in ``<out>/_failed/`` through a hidden partial file, so that a
    failed write (a full disk) leaves nothing behind; None when it could not be kept."""
    partial = target.with_name(f".{target.name[:200]}.part")
    made_folder = not target.parent.exists()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write(partial)
        os.replace(partial, target)
    except OSError as exc:
        log.warning("could not keep %s for debugging (%s)", target.name, exc.strerror or exc)
        partial.unlink(missing_ok=True)
        if made_folder:
            shutil.rmtree(target.parent, ignore_errors=True)
        return None
    return target


def keep_failed(
    work: Path, out_dir: Path, job: Job, cause: BaseException | None = None
) -> Path | None:
    """Copy the failed run's executed notebook to ``<out>/_failed/``; return its path.

    Nothing is written when ``cause`` (the failure) is a full disk, and a copy that fails
    leaves nothing behind: the first error is the one reported, never this one."""
    executed = _executed_path(work, job)
    if not executed.exists() or _disk_full(cause):
        return None
    return _keep_file(
        out_dir / "_failed" / executed.name, lambda partial: shutil.copyfile(executed, partial)
    )


# --- the output folder: only ever replace a site this builder made ------------------------


def resolve_folder(name: str, value: str | Path) -> Path:
    """``value`` as an absolute path with its links followed; ``ParameterError`` naming the
    parameter when it is a symbolic link loop."""
    try:
        return Path(value).resolve()
    except (RuntimeError, OSError) as exc:  # Python 3.11: RuntimeError("Symlink loop ...")
        raise ParameterError(
            name, str(value), "is a symbolic link loop; give the path of a real folder"
        ) from exc


def project_checkout() -> Path | None:
    """The folder of this package's checkout (holding ``pyproject.toml`` or ``.git``), or
    None when the package is installed elsewhere."""
    if (PROJECT_ROOT / "pyproject.toml").is_file() or (PROJECT_ROOT / ".git").exists():
        return PROJECT_ROOT
    return None


def _relation(out: Path, folder: Path) -> str:
    """How ``out`` overlaps ``folder``: "is", "contains", "lies inside" or ""."""
    if out == folder:
        return "is"
    if folder.is_relative_to(out):
        return "contains"
    if out.is_relative_to(folder):
        return "lies inside"
    return ""


def write_site_marker(site: Path) -> None:
    """Mark ``site`` as made by this builder (``SITE_MARKER``), so a later build may
    replace it."""
    (site / SITE_MARKER).write_text(
        f"Made by vn-diplomacy-corpus {__version__} (python -m analysis report). "
        "The next build replaces this whole folder; keep your own files elsewhere.\n",
        encoding="utf-8",
    )


def is_site_folder(folder: Path) -> bool:
    """Whether ``folder`` is a site this builder made: it holds ``SITE_MARKER``, or (a site
    of a version before the marker) only ``index.html`` from this package, other ``.html``
    pages, ``docs/`` of pages, ``_failed/`` and ``.gitkeep``."""
    if (folder / SITE_MARKER).is_file():
        return True
    try:
        names = [p.name for p in folder.iterdir()]
        if "index.html" not in names or any(
            n not in LEGACY_SITE_ENTRIES and not n.endswith(".html") for n in names
        ):
            return False
        docs = folder / "docs"
        if docs.is_dir() and any(not p.name.endswith(".html") for p in docs.iterdir()):
            return False
        return b"by vn-diplomacy-corpus" in (folder / "index.html").read_bytes()
    except OSError:
        return False


def is_empty_folder(folder: Path) -> bool:
    """Whether ``folder`` holds nothing (or only the ``.gitkeep`` of a fresh checkout)."""
    try:
        return all(p.name == ".gitkeep" for p in folder.iterdir())
    except OSError:
        return False


def check_output_folder(out: Path, *, seeds: Path, notebooks_dir: Path) -> None:
    """Refuse (``ParameterError`` on ``--out``, before any work) an output folder whose
    replacement could lose files: the file system root, the home folder or a folder holding
    it; one that is, contains or lies inside the seeds or notebooks folder, the package or
    the project's ``.git``; one that is or contains the project checkout; a mount point;
    and an existing folder that is neither empty nor a site this builder made.

    ``out``, ``seeds`` and ``notebooks_dir`` are resolved paths. A new folder inside the
    project checkout (the default ``reports/``) is fine."""
    fix = "pass --out a new or empty folder, or the folder of a site an earlier build made"
    try:
        home = Path.home().resolve()
    except (RuntimeError, KeyError, OSError):
        home = None
    if out == Path(out.anchor):
        raise ParameterError("--out", str(out), f"is the file system root; {fix}")
    if home is not None and home.is_relative_to(out):
        relation = "is" if home == out else "holds"
        raise ParameterError("--out", str(out), f"{relation} your home folder ({home}); {fix}")
    protected = []
    checkout = project_checkout()
    if checkout is not None:
        protected += [
            ("the project checkout", checkout, False),  # reports/ inside it is the default
            ("the analysis package", PACKAGE_DIR, True),
            ("the project's .git folder", checkout / ".git", True),
        ]
    protected += [("the seeds folder", seeds, True), ("the notebooks folder", notebooks_dir, True)]
    for what, folder, inside_too in protected:
        relation = _relation(out, folder)
        if relation and (inside_too or relation != "lies inside"):
            raise ParameterError("--out", str(out), f"{relation} {what} ({folder}); {fix}")
    if not out.is_dir():
        return  # missing (made by the build) or a file (check_writable says so)
    if os.path.ismount(out):
        raise ParameterError(
            "--out", str(out), "is a mount point, which cannot be replaced; pass a folder in it"
        )
    if not (is_site_folder(out) or is_empty_folder(out)):
        raise ParameterError(
            "--out",
            str(out),
            f"holds files and no {SITE_MARKER} (it is not a site this builder made), and a "
            f"build replaces the whole folder; {fix}, or move its files away",
        )


_LEFTOVER = re.compile(r"\.(?P<kind>build|old)-(?:\d+-[0-9a-f]{8}|[a-z0-9_]{8}|\d+)")


def leftover_folders(out: Path) -> dict[str, list[Path]]:
    """The ``build`` and ``old`` folders that builds of ``out`` left beside it
    (``.<out>.build-*``: a site being built; ``.<out>.old-<pid>``: the site being swapped
    out), oldest first. Only meaningful under ``build_lock(out)``: then no build that made
    them is running."""
    found: dict[str, list[Path]] = {"build": [], "old": []}
    prefix = f".{out.name}"
    try:
        entries = list(out.parent.iterdir())
    except OSError:
        return found
    for path in entries:
        rest = path.name.removeprefix(prefix) if path.name.startswith(prefix) else ""
        match = _LEFTOVER.fullmatch(rest)
        if match and path.is_dir() and not path.is_symlink():
            found[match["kind"]].append(path)
    for paths in found.values():
        paths.sort(key=lambda p: p.lstat().st_ctime)
    return found


def recover_site(out: Path) -> None:
    """Under ``build_lock(out)``: put back a site that a build killed between the two
    renames of ``swap_in`` left hidden (the newest ``.<out>.old-*``), then remove every
    folder that earlier, dead builds of ``out`` left beside it."""
    found = leftover_folders(out)
    if not out.exists() and found["old"] and is_site_folder(found["old"][-1]):
        hidden = found["old"].pop()
        hidden.rename(out)
        log.warning("restored %s from %s, left by a build killed while swapping", out, hidden.name)
    for path in found["build"] + found["old"]:
        log.info("removing %s, left by an earlier build that did not finish", path.name)
        shutil.rmtree(path, ignore_errors=True)


def make_work_folder(out: Path) -> Path:
    """A new hidden folder beside ``out`` to build the site in, with the permissions the
    user's umask gives (``tempfile.mkdtemp`` would make it, and the published site, 0700)."""
    while True:
        work = out.parent / f".{out.name}.build-{os.getpid()}-{secrets.token_hex(4)}"
        try:
            work.mkdir(mode=0o777)
            return work
        except FileExistsError:
            continue


def check_writable(out_dir: Path) -> None:
    """Make sure the site can be written next to ``out_dir``; ``ReportError`` says why not."""
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out_dir.parent, prefix=".write-test-"):
            pass
        if out_dir.exists() and not out_dir.is_dir():
            raise NotADirectoryError(f"{out_dir} is a file")
    except OSError as exc:
        raise ReportError(
            f"The output folder {out_dir} cannot be written ({exc.strerror or exc}). "
            "Pick another folder with --out, or fix its permissions; nothing was built."
        ) from exc


def build_reports(
    seeds_dir: str | Path = "seeds",
    out_dir: str | Path = "reports",
    *,
    only: Sequence[str] = (),
    params: Mapping[str, str] | None = None,
    jobs: int = 1,
    timeout: int = DEFAULT_TIMEOUT,
    notebooks_dir: Path = NOTEBOOKS_DIR,
    engine: str = "serial",
) -> BuildResult:
    """Build the report site into ``out_dir`` and return where its index is.

    The corpus is parsed once, here, with ``engine`` (``"serial"`` or ``"dask"``, see
    ``load_corpus``) and ``jobs`` processes, dated, and annotated (also in ``jobs``
    processes); ``analysis.shared_cache`` keeps the tables, which every notebook and the
    document pages then read instead of computing them again.

    ``out_dir`` must be new, empty, or a site an earlier build made (``check_output_folder``);
    a site left hidden by a build killed while swapping is put back first, and what dead
    builds left beside it is removed (``recover_site``).

    Raises ``ParameterError`` (before anything runs) for a bad parameter or output folder,
    ``SeedsNotFoundError`` for a missing seeds folder, and ``NotebookFailedError`` when
    a notebook fails (the previous site is left as it was).
    """
    started = time.perf_counter()
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ParameterError("--jobs", jobs, "expected a whole number >= 1")
    if isinstance(timeout, bool) or not isinstance(timeout, int) or timeout < 1:
        raise ParameterError("--timeout", timeout, "expected a whole number of seconds >= 1")
    seeds, out = resolve_folder("--seeds", seeds_dir), resolve_folder("--out", out_dir)
    notebooks = resolve_folder("--notebooks", notebooks_dir)
    if not seeds.is_dir():
        raise SeedsNotFoundError(seeds_dir)
    check_output_folder(out, seeds=seeds, notebooks_dir=notebooks)
    specs = select_notebooks(discover_notebooks(notebooks_dir), only)
    loaded = shared_corpus(seeds, engine=engine, jobs=jobs)  # the build's one snapshot
    corpus = dated_corpus(loaded, seeds)
    typed = validate_parameters(specs, params or {}, corpus)
    planned = plan_jobs(specs, typed, corpus, seeds)
    plans = _page_plans(specs)
    check_writable(out)
    selection = apply_filters(corpus, **{k: typed[k] for k in FILTER_PARAMETERS if k in typed})
    if any(not spec.per_document for spec in specs) or plans:
        # every annotation table once, in ``jobs`` processes; the kernels and pages read them
        prepare_annotations(selection, seeds, jobs=jobs)
    kernel_env = {**KERNEL_ENV, **snapshot_env(seeds, loaded)}  # the kernels read `loaded`
    with build_lock(out):
        recover_site(out)
        work = make_work_folder(out)
        try:
            if only and out.is_dir() and is_site_folder(out):  # a partial build updates it
                mode = work.stat().st_mode  # copytree would give work the old site's mode
                shutil.copytree(
                    out, work, dirs_exist_ok=True, ignore=shutil.ignore_patterns("_failed")
                )
                work.chmod(mode)
            results = _run_all(
                planned, work, out, corpus, seeds, plans, jobs=jobs, timeout=timeout, env=kernel_env
            )
            footer = footer_info(typed, corpus, seeds, "index.html")
            write_shared_pages(work, results, corpus, selection, seeds, footer)
            swap_in(work, out)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return BuildResult(out / "index.html", results, time.perf_counter() - started)


def _page_plans(specs: Sequence[NotebookSpec]) -> dict[str, PagePlan]:
    """The page plan of every rendered per-document notebook: the declared document page
    (``analysis/data/document_page.yaml``), read and checked before anything runs."""
    from analysis.document_page import PageDeclarationError
    from analysis.document_pages import page_plan

    try:
        return {s.name: page_plan(s.title) for s in specs if s.per_document and s.rendered}
    except PageDeclarationError as exc:
        raise ReportError(str(exc)) from exc


def _start_rendered_pages(
    pages: Sequence[Job],
    plan: PagePlan,
    work: Path,
    corpus: Corpus,
    seeds: Path,
    workers: int,
) -> BackgroundPages:
    """Start rendering ``pages`` (one rendered notebook's) in a forked process."""
    from analysis.document_pages import start_pages

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
    return start_pages(plan, corpus, filters, doc_ids, work, footer_of, workers=workers)


def _keep_page_failure(out: Path, spec: NotebookSpec, failure: PageFailedError) -> Path | None:
    """Write the traceback of a failed page to ``<out>/_failed/``; return its path."""
    from analysis.document_pages import page_name

    if not failure.detail:
        return None
    name = (
        f"docs__{page_name(failure.doc_id).removesuffix('.html')}.txt"
        if failure.doc_id
        else f"{spec.name}__pages.txt"
    )
    detail = failure.detail
    return _keep_file(
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
    from analysis.document_pages import PageFailedError

    by_doc = {str(job.parameters[PER_DOCUMENT_PARAMETER]): job for job in pages}
    try:
        done = run.result()
    except PageFailedError as exc:
        label = by_doc[exc.doc_id].label if exc.doc_id in by_doc else f"{name} pages"
        kept = _keep_page_failure(out, pages[0].spec, exc)
        raise NotebookFailedError(label, exc.problem, kept) from exc
    log.info("%s: %d pages rendered", name, len(done))
    return [(by_doc[doc_id], seconds) for doc_id, seconds in done]


def _run_all(
    planned: Sequence[Job],
    work: Path,
    out: Path,
    corpus: Corpus,
    seeds: Path,
    plans: Mapping[str, PagePlan],
    *,
    jobs: int,
    timeout: int,
    env: Mapping[str, str],
) -> list[tuple[Job, float]]:
    """Run every planned job (``jobs`` at a time; ``env`` is added to each kernel's
    environment, not to this process's) and render the pages of rendered notebooks
    meanwhile; results in the planned order."""
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
            seconds = run_job(job, work, timeout=timeout, footer=footer_of(job), env=env)
        except Exception as exc:
            kept = None if stopping.is_set() else keep_failed(work, out, job, exc)
            raise NotebookFailedError(job.label, _describe_failure(exc), kept) from exc
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
        if jobs == 1:
            finished = [item for task in tasks for item in task()]
        else:
            finished = _run_in_threads(tasks, jobs, stopping)
        for name, run in background.items():
            finished += _rendered_results(name, run, rendered[name], out)
    finally:
        for run in background.values():
            run.stop()
    return sorted(finished, key=lambda item: number[id(item[0])])
