"""The site's per-document pages, rendered from tables computed once per build.

The page is declared as data (``analysis/data/document_page.yaml``, read by
``analysis.site.document_page``, which also shows it in ``notebooks/document.ipynb``). No kernel,
papermill or nbconvert runs per page:

1. ``page_plan`` reads the declaration once and turns its prose into HTML;
2. ``precompute`` computes, once, on the corpus the notebook would see (inferred dates,
   the same filters): the expensive whole-corpus inputs (theme hits, keyness of every
   document, event sources: ``analysis.site.document_inputs``; in parallel), then each
   section's table for every document at once (the ``_by_document`` forms of the profile
   functions, which the per-document functions slice too);
3. ``render_pages`` writes one small HTML page per document
   (``templates/site/document.html.j2``, the site's shared assets, nothing fetched) from
   its slices of those tables, over ``workers`` processes, logging progress every
   ``PROGRESS_EVERY`` pages.

A build does 2 and 3 block by block (``build_pages``, ``analysis.site.document_blocks``): the
whole-corpus inputs computed once and cut into each block's rows, then each block's tables
computed and its pages written by one worker, so that no process holds every table of a
large corpus; the pages are the same bytes. ``BackgroundPages`` runs it in a forked process
while the build runs the other notebooks.
Every process goes through ``analysis.ingest.parallel`` (``map_chunks``, ``Background``): the
workers get the plan and tables from the pool's initializer, not from a module global.
"""

from __future__ import annotations

import hashlib
import logging
import time
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from markupsafe import Markup

from analysis.core.errors import AnalysisError
from analysis.ingest.corpus import Corpus
from analysis.ingest.parallel import Background, BackgroundDiedError, map_chunks
from analysis.site.build_corpus import BuildCorpus
from analysis.site.document_html import CellTable, Shown, cell_table, page_template, table_fragment
from analysis.site.document_inputs import whole_corpus_table
from analysis.site.document_page import PROFILE_TABLES, DocumentPage, Section, load_document_page
from analysis.site.notebook import TABLE_CSS, apply_filters

log = logging.getLogger(__name__)

RENDERER = "document_pages"
"""Value of a notebook's ``report.render`` metadata: its pages are the declared document
page (``DECLARATION``), rendered here for every document instead of running the notebook."""
PROGRESS_EVERY = 500
#: The longest doc_id (in UTF-8 bytes) kept whole in a page name: 255 (a file name's limit)
#: less the ``docs__`` and ``.ipynb`` of the executed notebook kept when a run fails.
MAX_PAGE_STEM_BYTES = 255 - len("docs__") - len(".ipynb")


class PageFailedError(AnalysisError):
    """Rendering one document's page raised; ``detail`` holds the traceback."""

    def __init__(self, doc_id: str, problem: str, detail: str = "") -> None:
        super().__init__(doc_id, problem, detail)
        self.doc_id, self.problem, self.detail = doc_id, problem, detail

    def __str__(self) -> str:
        return f"page of {self.doc_id!r}: {self.problem}"


@dataclass(frozen=True)
class PagePlan:
    """What the build renders for every document: the page title, the declaration and its
    prose as HTML (made once, as nbconvert renders Markdown)."""

    title: str
    page: DocumentPage
    intro_html: str
    prose_html: tuple[str, ...]  # one per section

    @property
    def sections(self) -> tuple[Section, ...]:
        """The declared sections, in order."""
        return self.page.sections


def page_plan(title: str, page: DocumentPage | None = None) -> PagePlan:
    """The plan of the document pages titled ``title`` (the declared page by default)."""
    from nbconvert.filters.markdown import markdown2html_mistune

    page = page or load_document_page()
    return PagePlan(
        title,
        page,
        markdown2html_mistune(page.intro),
        tuple(markdown2html_mistune(s.markdown) for s in page.sections),
    )


# --- the tables of every page, once --------------------------------------------------------


@dataclass(frozen=True)
class DocumentTables:
    """Every table of the page plan for every document of ``corpus`` (each a
    ``_by_document`` table of ``analysis.analyses.profile``), with each document's rows found once:
    ``tables_of`` slices one page's tables without searching."""

    corpus: Corpus
    tables: tuple[pd.DataFrame, ...]  # one per section of the plan, in order
    _rows: list[dict[str, np.ndarray]] = field(default_factory=list, repr=False)
    _cells: list[CellTable] = field(default_factory=list, repr=False)  # drawn on first use

    def __post_init__(self) -> None:
        self._rows.extend(_positions(table, "doc_id") for table in self.tables)

    def section_html(self, n: int, section: Section, doc_id: str) -> str:
        """``section.html`` of ``doc_id``'s rows of the ``n``-th table: joined from the
        table's cells drawn once (``document_html``), or, for a table drawn as data,
        ``section.html`` of its slice."""
        if not self._cells:
            self._cells.extend(map(cell_table, self.tables, self._rows))
        shown = Shown(**section.show(doc_id))  # type: ignore[arg-type]
        fragment = table_fragment(self._cells[n], doc_id, shown)
        return section.html(self.tables_of(doc_id)[n], doc_id) if fragment is None else fragment

    @property
    def doc_ids(self) -> list[str]:
        """The documents of the corpus, in order."""
        return self.corpus.held_documents()["doc_id"].tolist()

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


def _timed_table(corpus: Corpus, name: str) -> tuple[str, pd.DataFrame, float]:
    """``(name, its whole-corpus table, seconds)`` (the unit ``precompute`` maps)."""
    started = time.perf_counter()
    return name, whole_corpus_table(name, corpus), time.perf_counter() - started


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
    wanted = {PROFILE_TABLES[s.table][1] for s in plan.sections}
    names = [n for n in ("sources", "hits", "keyness") if n in wanted]  # longest first
    done = map_chunks(
        _timed_table,
        names,
        jobs=max(1, min(workers, len(names))),
        total=len(names),
        what="document pages: whole-corpus tables",
        shared=filtered,
    )
    for name, _, seconds in done:
        log.info("document pages: %s of %d documents in %.1f s", name, len(filtered), seconds)
    given = {name: table for name, table, _ in done}
    tables = DocumentTables(filtered, tuple(s.for_corpus(filtered, given) for s in plan.sections))
    log.info("document pages: every table ready in %.1f s", time.perf_counter() - started)
    return tables


# --- the pages -----------------------------------------------------------------------------


def page_html(
    plan: PagePlan, tables: DocumentTables, doc_id: str, footer: Mapping[str, str]
) -> str:
    """The HTML page of ``doc_id``: the plan's prose and tables, the footer."""
    sections = [
        {"prose": Markup(prose), "table": Markup(tables.section_html(n, section, doc_id))}
        for n, (section, prose) in enumerate(zip(plan.sections, plan.prose_html, strict=True))
    ]
    return page_template().render(  # as site_templates.render_page
        title=f"{plan.title}: {doc_id}",
        footer=footer,
        nav_href=footer["index_href"],
        head=Markup(TABLE_CSS),
        intro=Markup(plan.intro_html),
        sections=sections,
    )


def page_name(doc_id: str) -> str:
    """The file name of the page of ``doc_id``: ``<doc_id>.html``, or, when that (or the
    ``docs__<name>.ipynb`` of a failed run) would pass the file system's 255-byte limit on
    a name, the doc_id cut to fit, ``~`` and 12 hex digits of its SHA-256: unique, and the
    same in every build."""
    encoded = doc_id.encode("utf-8", "surrogateescape")
    if len(encoded) <= MAX_PAGE_STEM_BYTES:
        return f"{doc_id}.html"
    digest = hashlib.sha256(encoded).hexdigest()[:12]
    stem = encoded[: MAX_PAGE_STEM_BYTES - len(digest) - 1].decode("utf-8", "ignore")
    return f"{stem}~{digest}.html"


def page_path(out_dir: Path, doc_id: str) -> Path:
    """Where the page of ``doc_id`` goes (the site's ``docs/<page_name(doc_id)>``)."""
    return out_dir / "docs" / page_name(doc_id)


@dataclass(frozen=True)
class PageJob:
    """What every page of a run needs (given once to each worker by its initializer).
    ``tables`` is None only in the job of a block-wise run (``document_blocks``), which
    gives each block's tables to a copy of it (``dataclasses.replace``)."""

    plan: PagePlan
    out_dir: Path
    footer_of: Callable[[str], Mapping[str, str]]
    tables: DocumentTables | None = None


def render_chunk(job: PageJob, doc_ids: Sequence[str]) -> list[tuple[str, float]]:
    """Write the pages of ``doc_ids``; each with its seconds. ``PageFailedError`` if one
    raises."""
    if job.tables is None:
        raise ValueError("render_chunk needs a PageJob with its tables")
    done = []
    for doc_id in doc_ids:
        started = time.perf_counter()
        try:
            text = page_html(job.plan, job.tables, doc_id, job.footer_of(doc_id))
        except Exception as exc:
            raise PageFailedError(doc_id, _problem(exc), traceback.format_exc()) from None
        page_path(job.out_dir, doc_id).write_text(text, encoding="utf-8")
        done.append((doc_id, time.perf_counter() - started))
    return done


def _problem(exc: BaseException) -> str:
    """The exception's type and the first line of its message, at most 500 characters."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {first}"[:500]


def progress_logger(
    done: list[tuple[str, float]], total: int
) -> Callable[[list[tuple[str, float]]], None]:
    """A ``map_chunks`` ``on_result`` that adds each chunk's pages to ``done`` and logs
    the progress every ``PROGRESS_EVERY`` pages and at the last of ``total``."""
    started, logged = time.perf_counter(), [0]

    def progress(items: list[tuple[str, float]]) -> None:
        done.extend(items)
        if len(done) - logged[0] >= PROGRESS_EVERY or len(done) == total:
            logged[0] = len(done)
            elapsed = time.perf_counter() - started
            log.info(
                "document pages: %d of %d written (%.1f s, %.1f ms a page)",
                len(done),
                total,
                elapsed,
                1000 * elapsed / max(1, len(done)),
            )

    return progress


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
    """Write the page of every ``doc_ids`` under ``out_dir/docs/``, over ``workers``
    processes (``parallel.map_chunks``); return each document with its seconds, in the
    given order. A page that raises stops the run with ``PageFailedError``."""
    (out_dir / "docs").mkdir(parents=True, exist_ok=True)
    chunks = [list(doc_ids[i : i + chunk]) for i in range(0, len(doc_ids), chunk)]
    done: list[tuple[str, float]] = []
    map_chunks(
        render_chunk,
        chunks,
        jobs=workers,
        total=len(chunks),
        what="document pages: chunks",
        shared=PageJob(plan, out_dir, footer_of, tables),
        on_result=progress_logger(done, len(doc_ids)),
    )
    order = {doc_id: n for n, doc_id in enumerate(doc_ids)}
    return sorted(done, key=lambda item: order[item[0]])


def build_pages(
    plan: PagePlan,
    corpus: Corpus | BuildCorpus,
    filters: Mapping[str, object],
    doc_ids: Sequence[str],
    out_dir: Path,
    footer_of: Callable[[str], Mapping[str, str]],
    *,
    workers: int = 1,
    block: int = 0,
) -> list[tuple[str, float]]:
    """Write the page of every ``doc_ids`` under ``out_dir/docs/`` (over ``workers``
    processes) and return each document with its seconds, in the given order: the pages
    ``render_pages`` writes from ``precompute``'s tables, computed block by block of
    ``block`` documents (``document_blocks.BLOCK_DOCUMENTS`` by default) so that no
    process holds every table of the whole corpus (``document_blocks.build_in_blocks``).
    ``corpus`` may be what a build keeps of its corpus (``build_corpus.BuildCorpus``): the
    corpus is then read here, not inherited from the build's process."""
    from analysis.site.document_blocks import BLOCK_DOCUMENTS, build_in_blocks

    size = block or BLOCK_DOCUMENTS
    return build_in_blocks(
        plan, corpus, filters, doc_ids, out_dir, footer_of, workers=workers, size=size
    )


# --- in the background, while the notebooks run ----------------------------------------------


def _build_or_fail(arguments: tuple, workers: int) -> list[tuple[str, float]]:
    """``build_pages``; any error but ``PageFailedError`` turned into one (with its
    traceback), for the parent to report."""
    try:
        return build_pages(*arguments, workers=workers)
    except PageFailedError:
        raise
    except Exception as exc:
        raise PageFailedError("", _problem(exc), traceback.format_exc()) from None


def pages_result(run: Background[list[tuple[str, float]]]) -> list[tuple[str, float]]:
    """What a process building the pages returned; ``PageFailedError`` when it died."""
    try:
        return run.result()
    except BackgroundDiedError as exc:
        problem = f"the page renderer died (exit code {exc.exitcode}; out of memory?)"
        raise PageFailedError("", problem) from None


class BackgroundPages:
    """``build_pages(*arguments, workers=workers)`` in a forked process
    (``parallel.Background``), started before the build starts any thread;
    ``.result()`` waits for it."""

    def __init__(self, *arguments: object, workers: int = 1) -> None:
        self._run: Background[list[tuple[str, float]]] = Background(
            _build_or_fail, arguments, workers, name="document-pages"
        )

    def result(self) -> list[tuple[str, float]]:
        """Wait for the pages; each document with its seconds. Raises ``PageFailedError``."""
        return pages_result(self._run)

    def stop(self) -> None:
        """End the process if it is still running (another notebook failed)."""
        self._run.stop()
