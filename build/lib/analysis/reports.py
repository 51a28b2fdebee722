"""Build the report site: run the notebooks with papermill, render them with nbconvert.

The build reads as a list of steps (``build_reports``):

1. find the notebooks and the parameters each declares (``discover_notebooks``);
2. load the corpus once and check every parameter against it (``validate_parameters``),
   before any notebook runs;
3. run each notebook into a private temporary folder (``run_job``), in parallel if asked,
   while the per-document pages are rendered without a kernel (``analysis.document_pages``:
   the whole-corpus tables computed once, then one small page per document);
4. write ``index.html`` and swap the new site in for the old one (``swap_in``).

A failing notebook stops the build with ``NotebookFailedError`` and leaves the previous
site untouched; the executed notebook is kept in ``<out>/_failed/``. Two builds of the
same folder never mix: the second waits for the first (``build_lock``).
"""

from __future__ import annotations

import ast
import datetime as dt
import fcntl
import html
import io
import json
import logging
import os
import shutil
import tempfile
import time
import tokenize
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import nbformat
import pandas as pd

from analysis import __version__
from analysis.corpus import Corpus
from analysis.errors import AnalysisError, ParameterError
from analysis.notebook import apply_filters
from analysis.shared_cache import dated_corpus, prepare_annotations, shared_corpus

if TYPE_CHECKING:
    from analysis.document_pages import BackgroundPages, PageFailedError, PagePlan

log = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
DEFAULT_TIMEOUT = 600
PER_DOCUMENT_PARAMETER = "doc_id"
FILTER_PARAMETERS = ("outlets", "date_from", "date_to", "doc_ids")
#: Above this many pages of a per-document notebook that is *executed* (one without
#: ``report.render`` metadata, e.g. your own in ``--notebooks``), they share one kernel per
#: worker. The project's ``document`` notebook is rendered, never executed.
SHARED_KERNEL_PAGES = 50
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=ERROR"]  # no TCP-transport notice in cron logs
KERNEL_ENV = {"PYTHONHASHSEED": "0", "MPLBACKEND": "module://matplotlib_inline.backend_inline"}


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
    rendered: bool = False  # its pages come from analysis.document_pages, not a kernel

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


def read_parameters(notebook: nbformat.NotebookNode, path: Path) -> dict[str, Parameter]:
    """The literal assignments of the cell tagged ``parameters``, each with its help text
    (the comment at the end of its line, or the comment lines just above it)."""
    cells = [c for c in notebook.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    if not cells:
        raise ReportError(f"{path}: no cell tagged 'parameters'; tag the first code cell")
    source = cells[0].source
    try:
        tree = ast.parse(source)
        comments = {
            tok.start[0]: tok.string.lstrip("#").strip()
            for tok in tokenize.generate_tokens(io.StringIO(source).readline)
            if tok.type == tokenize.COMMENT
        }
    except (SyntaxError, tokenize.TokenError) as exc:
        raise ReportError(f"{path}: the parameters cell is not valid Python ({exc})") from exc
    params: dict[str, Parameter] = {}
    for node in tree.body:
        try:
            assert isinstance(node, ast.Assign) and len(node.targets) == 1
            assert isinstance(node.targets[0], ast.Name)
            value = ast.literal_eval(node.value)
        except (AssertionError, ValueError) as exc:
            raise ReportError(
                f"{path}: parameters cell line {node.lineno} is not 'name = literal'"
            ) from exc
        above, line = [], node.lineno - 1
        while line in comments:
            above.insert(0, comments[line])
            line -= 1
        help_text = comments.get(node.lineno) or " ".join(above)
        params[node.targets[0].id] = Parameter(node.targets[0].id, value, help_text)
    return params


def discover_notebooks(notebooks_dir: Path = NOTEBOOKS_DIR) -> list[NotebookSpec]:
    """Every ``*.ipynb`` in ``notebooks_dir`` with its report metadata, in site order.

    A per-document notebook whose metadata says ``"render": "document_pages"`` is never
    executed by the build: its pages are rendered from its prose and ``show_table`` cells
    (``analysis.document_pages``)."""
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
                parameters=read_parameters(nb, path),
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
    return typed


def plan_jobs(
    specs: Sequence[NotebookSpec], typed: Mapping[str, object], corpus: Corpus, seeds_dir: Path
) -> list[Job]:
    """One job per site notebook, and one per document for per-document notebooks."""
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
                    f"docs/{doc_id}.html",
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
    if name == "CellExecutionError" and getattr(exc, "ename", ""):  # nbclient, shared kernel
        evalue = str(exc.evalue).strip().splitlines()[0] if str(exc.evalue).strip() else ""
        return f"a cell raised {exc.ename}: {evalue}"[:500]
    if "Timeout" in name or isinstance(exc, TimeoutError):
        return f"a cell ran longer than the timeout ({name}); raise --timeout if it is just slow"
    if "DeadKernel" in name:
        return "its kernel died (out of memory or a crash in native code)"
    return f"{name}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"[:500]


def run_job(job: Job, work: Path, *, timeout: int, footer: Mapping[str, str]) -> float:
    """Execute one notebook into ``work`` and write its HTML page; return the seconds taken."""
    import papermill

    started = time.perf_counter()
    executed = work / "_executed" / (job.page.removesuffix(".html").replace("/", "__") + ".ipynb")
    executed.parent.mkdir(parents=True, exist_ok=True)
    papermill.execute_notebook(
        str(job.spec.path),
        str(executed),
        parameters=dict(job.parameters),
        kernel_name="python3",
        progress_bar=False,
        log_output=False,
        cwd=str(PROJECT_ROOT),
        request_save_on_cell_execute=False,
        execution_timeout=timeout,
        shutdown_kernel="immediate",
        extra_arguments=KERNEL_ARGUMENTS,
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
    return work / "_executed" / (job.page.removesuffix(".html").replace("/", "__") + ".ipynb")


def run_pages_in_one_kernel(
    jobs: Sequence[Job],
    work: Path,
    *,
    timeout: int,
    footer_of: Callable[[Job], Mapping[str, str]],
    on_page: Callable[[Job, float], None] = lambda job, seconds: None,
) -> list[tuple[Job, float]]:
    """Run ``jobs`` (pages of one per-document notebook) one after the other in a single
    kernel: each page re-runs the notebook's cells with its own parameters, and is
    rendered as ``run_job`` renders it. Returns each job with its seconds.

    A failing page raises nbclient's error; its executed notebook is written where
    ``keep_failed`` looks for it.
    """
    import copy

    from nbclient import NotebookClient
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    source = load_notebook_node(str(jobs[0].spec.path))
    client = NotebookClient(
        source,
        kernel_name="python3",
        timeout=timeout,
        resources={"metadata": {"path": str(PROJECT_ROOT)}},
        shutdown_kernel="immediate",
        extra_arguments=KERNEL_ARGUMENTS,
    )
    results = []
    with client.setup_kernel():
        for job in jobs:
            started = time.perf_counter()
            nb = parameterize_notebook(
                copy.deepcopy(source), dict(job.parameters), kernel_name="python3"
            )
            client.nb = nb
            try:
                for index, cell in enumerate(nb.cells):
                    if cell.cell_type == "code":
                        client.execute_cell(cell, index)
            except BaseException:
                executed = _executed_path(work, job)
                executed.parent.mkdir(parents=True, exist_ok=True)
                nbformat.write(nb, executed)
                raise
            title = f"{job.spec.title}: {job.parameters[PER_DOCUMENT_PARAMETER]}"
            page = work / job.page
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(render_html(nb, title, footer_of(job)), encoding="utf-8")
            seconds = time.perf_counter() - started
            on_page(job, seconds)
            results.append((job, seconds))
    return results


# --- 4. the site ---------------------------------------------------------------------


def page_html(
    title: str,
    body: str,
    footer: Mapping[str, str],
    *,
    head: str = "",
    nav_href: str | None = None,
) -> str:
    """A self-contained site page: inline stylesheet (plus ``head``), a link back to the
    index at ``nav_href`` (if given), ``body`` (HTML, already escaped) and the footer."""
    e = html.escape
    nav = (
        f'<nav class="muted"><a href="{e(nav_href)}">&larr; All reports</a></nav>\n'
        if nav_href
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
<style>
body{{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1100px;
margin:2em auto;padding:0 1em;color:#222;line-height:1.45}}
h1{{font-size:1.6em}} table{{border-collapse:collapse;width:100%;font-size:14px}}
th,td{{text-align:left;padding:5px 8px;border-bottom:1px solid #ddd;vertical-align:top;
overflow-wrap:anywhere}} th{{background:#f3f5f8}} .muted{{color:#555;font-size:13px}}
footer{{margin-top:3em;border-top:1px solid #ccc;padding-top:.8em;font-size:12px;color:#444;
overflow-wrap:anywhere}} a.anchor-link{{display:none}}
</style>{head}</head><body>
{nav}{body}
<footer>Built {e(footer["built"])} by vn-diplomacy-corpus {e(footer["version"])} from corpus
<code>{e(footer["corpus_hash"])}</code> ({e(footer["n_documents"])} documents in
<code>{e(footer["seeds_dir"])}</code>). Parameters: <code>{e(footer["parameters"])}</code>.</footer>
</body></html>
"""


def render_index(
    results: Sequence[tuple[Job, float]], corpus: Corpus, footer: Mapping[str, str]
) -> str:
    """``index.html``: every report with its summary and build time, and every document page."""
    e = html.escape
    reports, documents = [], []
    titles = corpus.documents.set_index("doc_id")
    for job, seconds in results:
        if job.spec.per_document:
            doc_id = str(job.parameters[PER_DOCUMENT_PARAMETER])
            row = titles.loc[doc_id]
            date = row["published"].strftime("%Y-%m-%d") if pd.notna(row["published"]) else "—"
            documents.append(
                f'<tr><td><a href="{e(job.page)}">{e(doc_id)}</a></td>'
                f"<td>{e(str(row['title'])[:200])}</td><td>{e(row['outlet'] or '—')}</td>"
                f"<td>{e(date)}</td></tr>"
            )
        else:
            reports.append(
                f'<tr><td><a href="{e(job.page)}">{e(job.spec.title)}</a></td>'
                f"<td>{e(job.spec.summary)}</td><td class=muted>{seconds:.1f} s</td></tr>"
            )
    body = [
        "<h1>Vietnam's Party external relations: corpus reports</h1>",
        f'<p class="muted">Built {e(footer["built"])} from {len(corpus)} documents '
        f"({len(corpus.rejected)} files rejected).</p>",
    ]
    if reports:
        body.append(
            "<h2>Reports</h2><table><thead><tr><th>Report</th><th>What it shows</th>"
            "<th>Build time</th></tr></thead><tbody>" + "".join(reports) + "</tbody></table>"
        )
    if documents:
        body.append(
            f"<h2>Document profiles ({len(documents)})</h2><table><thead><tr>"
            "<th>Document</th><th>Title</th><th>Outlet</th><th>Published</th></tr>"
            "</thead><tbody>" + "".join(documents) + "</tbody></table>"
        )
    return page_html("Corpus reports", "\n".join(body), footer)


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
    """Replace ``out_dir`` by ``work`` with two renames (the old site is removed after)."""
    shutil.rmtree(work / "_executed", ignore_errors=True)
    (work / ".gitkeep").touch()
    old = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}"
    if out_dir.exists():
        out_dir.rename(old)
    work.rename(out_dir)
    shutil.rmtree(old, ignore_errors=True)


def keep_failed(work: Path, out_dir: Path, job: Job) -> Path | None:
    """Copy the failed run's executed notebook to ``<out>/_failed/``; return its path."""
    executed = _executed_path(work, job)
    if not executed.exists():
        return None
    target = out_dir / "_failed" / executed.name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(executed, target)
    return target


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

    Raises ``ParameterError`` (before anything runs) for a bad parameter,
    ``SeedsNotFoundError`` for a missing seeds folder, and ``NotebookFailedError`` when
    a notebook fails (the previous site is left as it was).
    """
    started = time.perf_counter()
    seeds, out = Path(seeds_dir).resolve(), Path(out_dir).resolve()
    if jobs < 1:
        raise ParameterError("--jobs", jobs, "expected a whole number >= 1")
    specs = select_notebooks(discover_notebooks(notebooks_dir), only)
    corpus = dated_corpus(shared_corpus(seeds, engine=engine, jobs=jobs), seeds)
    typed = validate_parameters(specs, params or {}, corpus)
    planned = plan_jobs(specs, typed, corpus, seeds)
    plans = _page_plans(specs)
    check_writable(out)
    if any(not spec.per_document for spec in specs) or plans:
        # every annotation table once, in ``jobs`` processes; the kernels and pages read them
        filters = {k: typed[k] for k in FILTER_PARAMETERS if k in typed}
        prepare_annotations(apply_filters(corpus, **filters), seeds, jobs=jobs)
    os.environ.update(KERNEL_ENV)
    with build_lock(out):
        work = Path(tempfile.mkdtemp(prefix=f".{out.name}.build-", dir=out.parent))
        try:
            if only and out.exists():  # a partial build updates the current site
                shutil.copytree(
                    out, work, dirs_exist_ok=True, ignore=shutil.ignore_patterns("_failed")
                )
            results = _run_all(planned, work, out, corpus, seeds, plans, jobs=jobs, timeout=timeout)
            footer = footer_info(typed, corpus, seeds, "index.html")
            (work / "index.html").write_text(
                render_index(results, corpus, footer), encoding="utf-8"
            )
            swap_in(work, out)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return BuildResult(out / "index.html", results, time.perf_counter() - started)


def _shared_kernel_groups(planned: Sequence[Job], jobs: int) -> list[list[Job]]:
    """Per-document pages of a notebook that has more than ``SHARED_KERNEL_PAGES`` of them,
    split into ``jobs`` groups (one kernel each); [] when every page gets its own run."""
    by_notebook: dict[str, list[Job]] = {}
    for job in planned:
        if job.spec.per_document:
            by_notebook.setdefault(job.spec.name, []).append(job)
    groups = []
    for pages in by_notebook.values():
        if len(pages) > SHARED_KERNEL_PAGES:
            size = -(-len(pages) // jobs)
            groups.extend(pages[i : i + size] for i in range(0, len(pages), size))
    return groups


def _page_plans(specs: Sequence[NotebookSpec]) -> dict[str, PagePlan]:
    """The page plan of every rendered per-document notebook (read before anything runs)."""
    from analysis.document_pages import PagePlanError, read_page_plan

    try:
        return {
            s.name: read_page_plan(s.path, s.title) for s in specs if s.per_document and s.rendered
        }
    except PagePlanError as exc:
        raise ReportError(f"{exc} (or remove its report.render metadata to run it)") from exc


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
    if not failure.detail:
        return None
    name = f"docs__{failure.doc_id}.txt" if failure.doc_id else f"{spec.name}__pages.txt"
    target = out / "_failed" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(failure.detail, encoding="utf-8")
    return target


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
) -> list[tuple[Job, float]]:
    """Run every planned job (``jobs`` at a time) and render the pages of rendered
    notebooks meanwhile; results in the planned order."""
    from analysis.document_pages import PageFailedError

    total = len(planned)
    number = {id(job): n for n, job in enumerate(planned, start=1)}
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
            seconds = run_job(job, work, timeout=timeout, footer=footer_of(job))
        except Exception as exc:
            kept = keep_failed(work, out, job)
            raise NotebookFailedError(job.label, _describe_failure(exc), kept) from exc
        done(job, seconds)
        return [(job, seconds)]

    def group(pages: list[Job]) -> list[tuple[Job, float]]:
        log.info("%s: %d pages in one kernel", pages[0].spec.name, len(pages))
        finished: list[tuple[Job, float]] = []

        def record(job: Job, seconds: float) -> None:
            finished.append((job, seconds))
            done(job, seconds)

        try:
            return run_pages_in_one_kernel(
                pages, work, timeout=timeout, footer_of=footer_of, on_page=record
            )
        except Exception as exc:
            failed = pages[len(finished)] if len(finished) < len(pages) else pages[-1]
            kept = keep_failed(work, out, failed)
            raise NotebookFailedError(failed.label, _describe_failure(exc), kept) from exc

    # forked before any thread of this build starts
    background = {
        name: _start_rendered_pages(pages, plans[name], work, corpus, seeds, jobs)
        for name, pages in rendered.items()
    }
    try:
        executed = [job for job in planned if job.spec.name not in rendered]
        groups = _shared_kernel_groups(executed, jobs)
        grouped = {id(job) for pages in groups for job in pages}
        tasks: list[Callable[[], list[tuple[Job, float]]]] = [
            (lambda job=job: one(job)) for job in executed if id(job) not in grouped
        ]
        tasks += [(lambda pages=pages: group(pages)) for pages in groups]
        if jobs == 1:
            finished = [item for task in tasks for item in task()]
        else:
            with ThreadPoolExecutor(max_workers=jobs) as pool:
                finished = [
                    item for items in pool.map(lambda task: task(), tasks) for item in items
                ]
        for name, run in background.items():
            by_doc = {str(job.parameters[PER_DOCUMENT_PARAMETER]): job for job in rendered[name]}
            try:
                pages = run.result()
            except PageFailedError as exc:
                spec = rendered[name][0].spec
                label = by_doc[exc.doc_id].label if exc.doc_id in by_doc else f"{name} pages"
                kept = _keep_page_failure(out, spec, exc)
                raise NotebookFailedError(label, exc.problem, kept) from exc
            finished += [(by_doc[doc_id], seconds) for doc_id, seconds in pages]
            log.info("%s: %d pages rendered", name, len(pages))
    finally:
        for run in background.values():
            run.stop()
    return sorted(finished, key=lambda item: number[id(item[0])])
