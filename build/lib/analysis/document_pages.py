"""Per-document profile pages, rendered straight from tables computed once per build.

The ``document`` notebook is the source of every page: its markdown cells are the page's
prose, and each of its ``show_table(<profile function>(corpus, doc_id, ...), ...)`` cells is
one table, computed by that same ``analysis.profile`` function and drawn by the same
``analysis.notebook.table_html``; so the notebook in JupyterLab and the site's pages cannot
drift apart. No kernel, papermill or nbconvert runs per page:

1. ``read_page_plan`` reads the notebook once (its metadata says ``"render":
   "document_pages"``) into prose and table calls;
2. ``precompute`` computes, once, on the corpus the notebook would see (inferred dates,
   the same filters): the expensive whole-corpus inputs (theme hits, keyness of every
   document, event sources; in parallel), then each table of the plan for every document
   at once (the ``_by_document`` forms of the profile functions, which the notebook's
   ``document_*`` calls slice too);
3. ``render_pages`` writes one small self-contained HTML page per document (inline
   stylesheet, no script, nothing fetched) from its slices of those tables, over
   ``workers`` forked processes, logging progress every ``PROGRESS_EVERY`` pages.

``start_pages`` runs 2 and 3 in a forked process while the build runs the other notebooks.
"""

from __future__ import annotations

import ast
import logging
import multiprocessing
import time
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import CodeType

import nbformat
import numpy as np
import pandas as pd

from analysis import profile
from analysis.corpus import Corpus
from analysis.errors import AnalysisError
from analysis.notebook import TABLE_CSS, apply_filters, table_html

log = logging.getLogger(__name__)

RENDERER = "document_pages"
"""Value of a notebook's ``report.render`` metadata that sends its pages through here."""
PROGRESS_EVERY = 500
#: The profile functions a page may show, each with its whole-corpus form and the expensive
#: table that form takes (computed once by ``precompute``), if any.
PROFILE_TABLES: dict[str, tuple[Callable[..., pd.DataFrame], str | None]] = {
    "document_metadata": (profile.metadata_by_document, None),
    "document_outline": (profile.outline_by_document, None),
    "document_themes": (profile.themes_by_document, "hits"),
    "document_keyterms": (profile.keyterms_by_document, "keyness"),
    "document_event_list": (profile.events_by_document, "sources"),
}
SETUP_CALLS = frozenset({"start_report", "pick_document"})
SHOW_KEYWORDS = frozenset({"max_rows", "caption", "what"})
_SAFE_NODES = (ast.Constant, ast.JoinedStr, ast.FormattedValue, ast.Name, ast.Load)


class PagePlanError(AnalysisError):
    """The notebook cannot be rendered without a kernel (a cell the renderer cannot read)."""


class PageFailedError(AnalysisError):
    """Rendering one document's page raised; ``detail`` holds the traceback."""

    def __init__(self, doc_id: str, problem: str, detail: str = "") -> None:
        super().__init__(doc_id, problem, detail)
        self.doc_id, self.problem, self.detail = doc_id, problem, detail

    def __str__(self) -> str:
        return f"page of {self.doc_id!r}: {self.problem}"


@dataclass(frozen=True)
class TableCall:
    """One ``show_table(function(corpus, doc_id, **arguments), **show)`` cell."""

    function: str
    arguments: Mapping[str, object]
    show: Mapping[str, CodeType]  # table_html keyword -> expression of doc_id

    def table(self, corpus: Corpus, given: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
        """This table for every document of ``corpus`` at once (``doc_id`` column), from the
        whole-corpus form of the profile function and the ``given`` expensive tables."""
        function, expensive = PROFILE_TABLES[self.function]
        kwargs = dict(self.arguments)
        if expensive:
            kwargs[expensive] = given[expensive]
        return function(corpus, **kwargs)

    def html(self, frame: pd.DataFrame, doc_id: str) -> str:
        """One document's ``frame`` drawn as the notebook draws it (its stylesheet is left
        to the page's head)."""
        # the expressions were checked to hold only literals and the name doc_id
        shown = {k: eval(c, {"__builtins__": {}}, {"doc_id": doc_id}) for k, c in self.show.items()}
        return table_html(frame, **shown).removeprefix(TABLE_CSS)


@dataclass(frozen=True)
class PagePlan:
    """What a document page shows, in order: prose (HTML) and table calls."""

    title: str
    parts: tuple[str | TableCall, ...]


def is_rendered(notebook: nbformat.NotebookNode) -> bool:
    """Whether the notebook's pages are rendered here (metadata ``report.render``)."""
    return notebook.metadata.get("report", {}).get("render") == RENDERER


def _is_setup(node: ast.stmt) -> bool:
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return True
    return (
        isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Name)
        and node.value.func.id in SETUP_CALLS
    )


def _table_call(source: str, where: str) -> TableCall | None:
    """The cell as a ``TableCall``; None for the setup cell (imports, start_report)."""
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise PagePlanError(f"{where} is not valid Python ({exc})") from exc
    if all(_is_setup(node) for node in tree.body):
        return None
    expected = (
        f"{where} must be show_table(<one of {sorted(PROFILE_TABLES)}>(corpus, doc_id, ...), "
        "...) for the page renderer"
    )
    node = tree.body[0] if len(tree.body) == 1 else None
    call = node.value if isinstance(node, ast.Expr) else None
    if not (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id == "show_table"
        and len(call.args) == 1
        and isinstance(inner := call.args[0], ast.Call)
        and isinstance(inner.func, ast.Name)
        and inner.func.id in PROFILE_TABLES
        and [getattr(a, "id", None) for a in inner.args] == ["corpus", "doc_id"]
    ):
        raise PagePlanError(expected)
    try:
        arguments = {k.arg: ast.literal_eval(k.value) for k in inner.keywords if k.arg}
    except ValueError as exc:
        raise PagePlanError(f"{expected}; its arguments must be literals") from exc
    show = {}
    for keyword in call.keywords:
        safe = all(
            isinstance(n, _SAFE_NODES) and (not isinstance(n, ast.Name) or n.id == "doc_id")
            for n in ast.walk(keyword.value)
        )
        if keyword.arg not in SHOW_KEYWORDS or not safe:
            raise PagePlanError(f"{expected}; show_table takes {sorted(SHOW_KEYWORDS)}")
        show[keyword.arg] = compile(ast.Expression(keyword.value), where, "eval")
    if len(arguments) != len(inner.keywords):
        raise PagePlanError(expected)
    return TableCall(inner.func.id, arguments, show)


def read_page_plan(path: Path, title: str = "") -> PagePlan:
    """The page plan of a per-document notebook: its markdown cells as HTML (as nbconvert
    renders them) and its ``show_table`` cells; the parameters and setup cells are left out.
    Raises ``PagePlanError`` naming a cell the renderer cannot read."""
    from nbconvert.filters.markdown import markdown2html_mistune

    notebook = nbformat.read(path, as_version=4)
    parts: list[str | TableCall] = []
    for number, cell in enumerate(notebook.cells, start=1):
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            continue
        if cell.cell_type == "markdown":
            parts.append(markdown2html_mistune(cell.source))
        elif cell.cell_type == "code" and (
            call := _table_call(cell.source, f"{path.name} cell {number}")
        ):
            parts.append(call)
    return PagePlan(
        title or notebook.metadata.get("report", {}).get("title", path.stem), tuple(parts)
    )


# --- the whole-corpus inputs, once ---------------------------------------------------------


@dataclass(frozen=True)
class DocumentTables:
    """Every table of the page plan for every document of ``corpus`` (each a
    ``_by_document`` table of ``analysis.profile``), with each document's rows found once:
    ``tables_of`` slices one page's tables without searching."""

    corpus: Corpus
    tables: tuple[pd.DataFrame, ...]  # one per TableCall of the plan, in order
    _rows: list[dict[str, np.ndarray]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._rows.extend(_positions(table, "doc_id") for table in self.tables)

    @property
    def doc_ids(self) -> list[str]:
        """The documents of the corpus, in order."""
        return self.corpus.documents["doc_id"].tolist()

    def tables_of(self, doc_id: str) -> list[pd.DataFrame]:
        """The plan's tables for one document (without the ``doc_id`` column)."""
        empty = np.empty(0, dtype=np.intp)
        return [
            table.iloc[rows.get(doc_id, empty), 1:].reset_index(drop=True)
            for table, rows in zip(self.tables, self._rows, strict=True)
        ]


def _positions(frame: pd.DataFrame, column: str) -> dict[str, np.ndarray]:
    if frame.empty:
        return {}
    return {str(k): v for k, v in frame.groupby(column, sort=False).indices.items()}


def _whole_corpus_table(name: str, corpus: Corpus) -> pd.DataFrame:
    from analysis.shared_cache import annotation
    from analysis.timeline import event_sources

    if name == "hits":  # shared: the build has usually computed it already
        return annotation(corpus, "theme_hits")
    if name == "keyness":
        return profile.keyness_by_document(corpus)
    return event_sources(corpus)


_SHARED: dict[str, object] = {}  # what forked workers inherit (set before the fork)


def _shared_table(name: str) -> tuple[str, pd.DataFrame, float]:
    started = time.perf_counter()
    corpus = _SHARED["corpus"]
    assert isinstance(corpus, Corpus)
    return name, _whole_corpus_table(name, corpus), time.perf_counter() - started


def precompute(
    plan: PagePlan,
    corpus: Corpus,
    filters: Mapping[str, object] | None = None,
    *,
    workers: int = 1,
) -> DocumentTables:
    """The tables of every page, computed once: ``corpus`` (with inferred dates, as the
    build loads it) filtered as ``start_report`` filters it; its theme hits, the keyness of
    every document and the event sources (in forked processes at the same time when
    ``workers`` > 1); then each of the plan's tables for every document at once."""
    started = time.perf_counter()
    filtered = apply_filters(corpus, **dict(filters or {}))
    calls = [part for part in plan.parts if isinstance(part, TableCall)]
    wanted = {PROFILE_TABLES[c.function][1] for c in calls}
    names = [n for n in ("sources", "hits", "keyness") if n in wanted]  # longest first
    _SHARED["corpus"] = filtered
    try:
        if workers > 1 and len(names) > 1:
            context = multiprocessing.get_context("fork")
            with context.Pool(min(workers, len(names))) as pool:
                done = pool.map(_shared_table, names, chunksize=1)
        else:
            done = [_shared_table(name) for name in names]
    finally:
        _SHARED.pop("corpus", None)
    for name, _, seconds in done:
        log.info("document pages: %s of %d documents in %.1f s", name, len(filtered), seconds)
    given = {name: table for name, table, _ in done}
    tables = DocumentTables(filtered, tuple(call.table(filtered, given) for call in calls))
    log.info("document pages: every table ready in %.1f s", time.perf_counter() - started)
    return tables


# --- the pages -----------------------------------------------------------------------------


def page_html(
    plan: PagePlan, tables: DocumentTables, doc_id: str, footer: Mapping[str, str]
) -> str:
    """The self-contained HTML page of ``doc_id``: the plan's prose and tables, the footer."""
    from analysis.reports import page_html as site_page

    frames = iter(tables.tables_of(doc_id))
    body = [
        part if isinstance(part, str) else part.html(next(frames), doc_id) for part in plan.parts
    ]
    return site_page(
        f"{plan.title}: {doc_id}",
        "\n".join(body),
        footer,
        head=TABLE_CSS,
        nav_href=footer["index_href"],
    )


def page_path(out_dir: Path, doc_id: str) -> Path:
    """Where the page of ``doc_id`` goes (the site's ``docs/<doc_id>.html``)."""
    return out_dir / "docs" / f"{doc_id}.html"


def _render_chunk(doc_ids: Sequence[str]) -> list[tuple[str, float]]:
    plan, tables, out_dir, footer_of = (
        _SHARED["plan"],
        _SHARED["tables"],
        _SHARED["out_dir"],
        _SHARED["footer_of"],
    )
    assert isinstance(plan, PagePlan) and isinstance(tables, DocumentTables)
    assert isinstance(out_dir, Path) and callable(footer_of)
    done = []
    for doc_id in doc_ids:
        started = time.perf_counter()
        try:
            text = page_html(plan, tables, doc_id, footer_of(doc_id))
        except Exception as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            problem = f"{type(exc).__name__}: {first}"[:500]
            raise PageFailedError(doc_id, problem, traceback.format_exc()) from None
        page_path(out_dir, doc_id).write_text(text, encoding="utf-8")
        done.append((doc_id, time.perf_counter() - started))
    return done


def render_pages(
    plan: PagePlan,
    tables: DocumentTables,
    doc_ids: Sequence[str],
    out_dir: Path,
    footer_of: Callable[[str], Mapping[str, str]],
    *,
    workers: int = 1,
    chunk: int = 100,
) -> list[tuple[str, float]]:
    """Write the page of every ``doc_ids`` under ``out_dir/docs/``, over ``workers`` forked
    processes; return each document with its seconds, in the given order. A page that
    raises stops the run with ``PageFailedError``."""
    (out_dir / "docs").mkdir(parents=True, exist_ok=True)
    chunks = [list(doc_ids[i : i + chunk]) for i in range(0, len(doc_ids), chunk)]
    _SHARED.update(plan=plan, tables=tables, out_dir=out_dir, footer_of=footer_of)
    started, done = time.perf_counter(), []
    logged = 0

    def progress(items: list[tuple[str, float]]) -> None:
        nonlocal logged
        done.extend(items)
        if len(done) - logged >= PROGRESS_EVERY or len(done) == len(doc_ids):
            logged = len(done)
            elapsed = time.perf_counter() - started
            log.info(
                "document pages: %d of %d written (%.1f s, %.1f ms a page)",
                len(done),
                len(doc_ids),
                elapsed,
                1000 * elapsed / len(done),
            )

    try:
        if workers > 1 and len(chunks) > 1:
            context = multiprocessing.get_context("fork")
            with context.Pool(workers) as pool:
                for items in pool.imap_unordered(_render_chunk, chunks):
                    progress(items)
        else:
            for part in chunks:
                progress(_render_chunk(part))
    finally:
        for name in ("plan", "tables", "out_dir", "footer_of"):
            _SHARED.pop(name, None)
    order = {doc_id: n for n, doc_id in enumerate(doc_ids)}
    return sorted(done, key=lambda item: order[item[0]])


def build_pages(
    plan: PagePlan,
    corpus: Corpus,
    filters: Mapping[str, object],
    doc_ids: Sequence[str],
    out_dir: Path,
    footer_of: Callable[[str], Mapping[str, str]],
    *,
    workers: int = 1,
) -> list[tuple[str, float]]:
    """``precompute`` once, then ``render_pages`` for ``doc_ids``."""
    tables = precompute(plan, corpus, filters, workers=workers)
    return render_pages(plan, tables, doc_ids, out_dir, footer_of, workers=workers)


# --- in the background, while the notebooks run ----------------------------------------------


def _background(connection: object, arguments: tuple, workers: int) -> None:
    try:
        outcome: object = build_pages(*arguments, workers=workers)
    except PageFailedError as exc:
        outcome = exc
    except BaseException as exc:  # reported to the parent
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        outcome = PageFailedError(
            "", f"{type(exc).__name__}: {first}"[:500], traceback.format_exc()
        )
    connection.send(outcome)  # type: ignore[attr-defined]
    connection.close()  # type: ignore[attr-defined]


class BackgroundPages:
    """``build_pages`` in a forked process, started before the build starts any thread."""

    def __init__(self, *arguments: object, workers: int = 1) -> None:
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_background, args=(send, arguments, workers), name="document-pages"
        )
        self._process.start()
        send.close()

    def result(self) -> list[tuple[str, float]]:
        """Wait for the pages; each document with its seconds. Raises ``PageFailedError``."""
        try:
            outcome = self._receive.recv()
        except EOFError:
            self._process.join()
            raise PageFailedError(
                "",
                f"the page renderer died (exit code {self._process.exitcode}; out of memory?)",
            ) from None
        self._process.join()
        if isinstance(outcome, PageFailedError):
            raise outcome
        return outcome

    def stop(self) -> None:
        """End the process if it is still running (another notebook failed)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._receive.close()


def start_pages(
    plan: PagePlan,
    corpus: Corpus,
    filters: Mapping[str, object],
    doc_ids: Sequence[str],
    out_dir: Path,
    footer_of: Callable[[str], Mapping[str, str]],
    *,
    workers: int = 1,
) -> BackgroundPages:
    """Start ``build_pages`` in a forked process; ``.result()`` waits for it."""
    return BackgroundPages(
        plan, corpus, dict(filters), list(doc_ids), out_dir, footer_of, workers=workers
    )
