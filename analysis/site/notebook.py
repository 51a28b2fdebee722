"""Helpers for the report notebooks: set up a report, show readable tables and figures.

A notebook calls ``start_report`` once, right after its parameters cell, and then
``show_table`` for every table it shows. Both work the same in JupyterLab.
"""

from __future__ import annotations

import base64
import html
import io
import json
import logging
import numbers
import os
import warnings
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from analysis.ingest.corpus import Corpus

MAX_CELL_CHARS = 300
TABLE_CSS = (
    "<style>.report-table{border-collapse:collapse;margin:.5em 0 1em;font-size:13px;"
    "max-width:100%}"
    ".jp-RenderedHTMLCommon .report-table th,.jp-RenderedHTMLCommon .report-table td,"
    ".report-table th,.report-table td{border-bottom:1px solid #ddd;padding:4px 8px;"
    "text-align:left;vertical-align:top;max-width:36em}"
    ".report-table td.text{overflow-wrap:anywhere}"
    ".jp-RenderedHTMLCommon .report-table td.num,.report-table td.num{text-align:right;"
    "white-space:nowrap}.report-table td.short{white-space:nowrap}"
    ".report-table th{background:#f3f5f8;white-space:nowrap}"
    ".report-caption{font-weight:600;margin-top:1em}.report-note{color:#555;font-size:12px}"
    ".report-table tr.report-more{display:none}"
    "</style>"
)
SHORT_CELL_CHARS = 14


def started_by_a_build() -> bool:
    """True in a report kernel a build started (``corpus_snapshot.BUILD_ENV`` names another
    process than this one); False in an analyst's own session, even one that ran a build."""
    from analysis.annotators.corpus_snapshot import BUILD_ENV

    build = os.environ.get(BUILD_ENV, "")
    return bool(build) and build != str(os.getpid())


@contextmanager
def quiet_output() -> Iterator[None]:
    """Inside the block: warnings ignored and the ``analysis`` logger at ERROR; both are
    as they were after it (for rendering in a session that must keep its settings)."""
    logger = logging.getLogger("analysis")
    level = logger.level
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        logger.setLevel(logging.ERROR)
        try:
            yield
        finally:
            logger.setLevel(level)


def configure_display(*, quiet: bool = False) -> None:
    """Deterministic output for reports: headless plotting, readable figure size; with
    ``quiet`` (a report kernel, a process of its own) no warnings or log noise in the HTML
    for the rest of the process. Without it, warnings and logging are left alone."""
    if quiet:
        warnings.filterwarnings("ignore")
        logging.getLogger("analysis").setLevel(logging.ERROR)
    matplotlib.rcParams.update(
        {
            "figure.dpi": 100,
            "savefig.dpi": 100,
            "figure.figsize": (8, 4),
            "axes.titleweight": "bold",
            "svg.hashsalt": "analysis",
            "text.parse_math": False,  # a "$" in a title is text, never math
        }
    )


def start_report(
    *,
    seeds_dir: str = "seeds",
    outlets: Sequence[str] = (),
    date_from: str = "",
    date_to: str = "",
    doc_ids: Sequence[str] = (),
    quiet: bool | None = None,
) -> Corpus:
    """Load the corpus in ``seeds_dir``, fill in inferred publication dates (so that date
    filters keep undated articles whose date can be inferred), apply the report filters,
    and set up display. The loaded and dated tables are shared with the other notebooks of
    a build through ``analysis.annotators.cached``.

    ``quiet`` (default: only in a kernel a report build started) turns warnings and the
    ``analysis`` log below ERROR off for that kernel; in an analyst's session they stay as
    they were (``quiet_output`` quiets one block)."""
    from analysis.annotators.annotate import dated_corpus
    from analysis.annotators.corpus_snapshot import shared_corpus

    configure_display(quiet=started_by_a_build() if quiet is None else quiet)
    corpus = dated_corpus(shared_corpus(seeds_dir))
    filters = {"outlets": outlets, "date_from": date_from, "date_to": date_to, "doc_ids": doc_ids}
    selected = apply_filters(corpus, **filters)
    if len(selected) == 0:
        show_note(empty_selection_note(len(corpus), filters))
    return selected


def empty_selection_note(n_documents: int, filters: Mapping[str, object]) -> str:
    """What a report says when no document is left: how many the seeds folder holds and
    which filters removed them (the tables and charts below it are then empty)."""
    given = ", ".join(f"{k} = {v!r}" for k, v in filters.items() if v)
    if not n_documents:
        return "No document matches: the seeds folder holds no article. Every table below is empty."
    return (
        f"No document matches this selection ({given or 'no filters'}) among the "
        f"{n_documents:,} articles of the seeds folder. Every table below is empty."
    )


def apply_filters(
    corpus: Corpus,
    *,
    outlets: Sequence[str] = (),
    date_from: str = "",
    date_to: str = "",
    doc_ids: Sequence[str] = (),
) -> Corpus:
    """The report filters, as ``start_report`` applies them (give it a corpus with inferred
    dates; an empty filter keeps everything)."""
    return corpus.filter(
        outlets=outlets, date_from=date_from or None, date_to=date_to or None, doc_ids=doc_ids
    )


def pool_stories(corpus: Corpus, count_stories_once: bool = True) -> Corpus:
    """The documents to pool figures over (prevalence by outlet or year, mention counts):
    with ``count_stories_once``, only the first-published document of each story carried by
    several outlets (``documents.story_id``, see ``analysis.ingest.stories``); else ``corpus``.
    When no story is carried twice, ``corpus`` itself: a selection of every document would
    copy every table (150 MB at 10,000 articles, the text of every paragraph among them)."""
    from analysis.ingest.stories import one_per_story

    if not count_stories_once:
        return corpus
    kept = one_per_story(corpus.held_documents())["doc_id"]
    if len(kept) == len(corpus):
        return corpus
    return corpus.select(kept)


def story_note(corpus: Corpus, pooled: Corpus) -> str:
    """One sentence for a figure's caption saying how syndicated copies were counted."""
    left_out = len(corpus) - len(pooled)
    documents = corpus.held_documents()  # no text needed
    copies = int((documents["story_id"] != documents["doc_id"]).sum())
    if left_out:
        return (
            f"Each story carried by several outlets is counted once: {left_out:,} of "
            f"{len(corpus):,} documents are later copies of a story and are left out here."
        )
    if copies:
        return f"Every document is counted, including {copies:,} later copies of a story."
    return "No story in this selection is carried by more than one document."


def rows_of(table: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """The rows of an annotation ``table`` (keyed by ``doc_id``) that belong to ``corpus``
    (all of them without a copy when every row does: a report on the whole corpus)."""
    kept = table["doc_id"].isin(corpus.held_documents()["doc_id"])
    return table.copy(deep=False) if kept.all() else table[kept]


def _cell(value: object) -> tuple[str, str]:
    """An escaped table cell (long text shortened with an ellipsis) and its CSS class."""
    if isinstance(value, pd.Timestamp):
        return (value.strftime("%Y-%m-%d") if pd.notna(value) else "—"), "short"
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return "—", "short"
    if isinstance(value, bool):
        return ("yes" if value else "no"), "short"
    if isinstance(value, numbers.Real) and not isinstance(value, numbers.Integral):
        small = value != 0 and abs(value) < 0.01
        return (f"{value:.1e}" if small else f"{value:,.2f}"), "num"
    if isinstance(value, numbers.Integral):
        return f"{value:,}", "num"
    text = str(value)
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1].rstrip() + "…"
    return html.escape(text), "short" if len(text) <= SHORT_CELL_CHARS else "text"


def _row_anchors(frame: pd.DataFrame) -> list[str]:
    """Row ids ``p<para_id>`` for a table with one row per paragraph (a ``para_id`` column
    without repeats and no ``doc_id`` column), so that a link can point at a paragraph."""
    if "para_id" not in frame.columns or "doc_id" in frame.columns:
        return []
    ids = frame["para_id"]
    if not pd.api.types.is_integer_dtype(ids) or ids.duplicated().any():
        return []
    return [f"p{int(i)}" for i in ids]


#: Rows a page holds at most; the rest are left to the exported table.
MAX_HTML_ROWS = 5_000
#: Above this many rows a table's rows travel as data that the site draws a page at a time
#: (only the first ``max_rows`` are HTML), so a page of long tables opens quickly.
DATA_ROWS_FROM = 200


def table_html(
    frame: pd.DataFrame,
    *,
    max_rows: int = 20,
    caption: str = "",
    what: str = "rows",
    filters: Sequence[str] = (),
) -> str:
    """HTML for a readable table: escaped and shortened cells, at most ``max_rows`` rows
    shown and a note saying how many more there are.

    In the report site (``analysis.site.site_assets``) the table becomes sortable, searchable and
    paged ``max_rows`` at a time, holding up to ``MAX_HTML_ROWS`` rows (above
    ``DATA_ROWS_FROM`` as data drawn a page at a time); the columns named in ``filters`` get
    a drop-down filter. Without JavaScript only the first ``max_rows`` show.
    """
    from markupsafe import Markup

    from analysis.site.site_templates import render_fragment

    shown = frame.head(MAX_HTML_ROWS)
    cells = [
        [(Markup(t), css) for t, css in map(_cell, row)] for row in shown.itertuples(index=False)
    ]
    as_data = len(cells) > DATA_ROWS_FROM
    anchors = [] if as_data or not cells else _row_anchors(shown)
    rows = [
        (anchors[i] if anchors else "", i >= max_rows, row)
        for i, row in enumerate(cells[:max_rows] if as_data else cells)
    ]
    columns = (
        [(str(c), css, c in filters) for c, (_, css) in zip(shown.columns, cells[0], strict=True)]
        if cells
        else []
    )
    data = table_data_html([[t for t, _ in row] for row in cells]) if as_data else ""
    table = render_fragment(
        "table.html.j2",
        caption=caption,
        columns=columns,
        rows=rows,
        data=Markup(data),
        max_rows=max_rows,
        n_rows=len(frame),
        max_html_rows=MAX_HTML_ROWS,
        what=what,
    )
    return TABLE_CSS + str(table)


def table_data_html(rows: list[list[str]]) -> str:
    """The rows of a table (each cell already escaped HTML) as the JSON element that
    ``assets/site.js`` draws a page at a time (``</`` escaped so it cannot end the element)."""
    text = json.dumps(rows, ensure_ascii=True, separators=(",", ":")).replace("</", "<\\/")
    return f'<script type="application/json" class="report-table-data">{text}</script>'


def show_table(frame: pd.DataFrame, **options: Any) -> None:
    """Display ``frame`` as a readable HTML table: ``table_html(frame, **options)``
    (``max_rows``, ``caption``, ``what``, ``filters``)."""
    from IPython.display import HTML, display

    display(HTML(table_html(frame, **options)))


def show_note(text: str) -> None:
    """Display one line of plain text (escaped) as a note under a table or figure."""
    from IPython.display import HTML, display

    display(HTML(f'<p class="report-note">{html.escape(text)}</p>'))


def figure_title(fig: Figure) -> str:
    """The figure's title (suptitle or first axes title), used as its alternative text."""
    if fig.get_suptitle():
        return fig.get_suptitle()
    titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
    return titles[0] if titles else "Figure"


def figure_html(fig: Figure, *, alt: str = "") -> str:
    """The figure as an inline PNG ``<img>`` with alternative text; the figure is closed."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    label = html.escape(alt or figure_title(fig), quote=True)
    return f'<img src="data:image/png;base64,{data}" alt="{label}" style="max-width:100%">'


def chart_html(fig: Figure, chart: object, *, alt: str = "") -> str:
    """``fig`` as a PNG (``figure_html``) together with an interactive ``chart`` (an Altair
    chart, see ``analysis.plots.interactive``) for the report site to draw in its place;
    the PNG stays for print, e-mail and pages opened without the site's scripts."""
    spec = json.dumps(chart.to_dict(), ensure_ascii=True, separators=(",", ":"))  # type: ignore[attr-defined]
    return (
        '<div class="report-figure">'
        f'<div class="report-chart" data-spec="{html.escape(spec, quote=True)}"></div>'
        f'<div class="report-static">{figure_html(fig, alt=alt)}</div></div>'
    )


def show_figure(fig: Figure, *, alt: str = "", chart: object = None) -> None:
    """Display ``fig`` once, embedded as PNG with alternative text (see ``figure_html``),
    and, given an interactive ``chart``, that chart in the report site (``chart_html``)."""
    from IPython.display import HTML, display

    display(HTML(figure_html(fig, alt=alt) if chart is None else chart_html(fig, chart, alt=alt)))
