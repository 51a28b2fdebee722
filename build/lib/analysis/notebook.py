"""Helpers for the report notebooks: set up a report, show readable tables and figures.

A notebook calls ``start_report`` once, right after its parameters cell, and then
``show_table`` for every table it shows. Both work the same in JupyterLab.
"""

from __future__ import annotations

import base64
import html
import io
import logging
import numbers
import warnings
from collections.abc import Sequence

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from analysis.corpus import Corpus

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
    "</style>"
)
SHORT_CELL_CHARS = 14


def configure_display() -> None:
    """Quiet, deterministic output for reports: no warnings or log noise in the HTML,
    headless plotting, readable figure size."""
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
) -> Corpus:
    """Load the corpus in ``seeds_dir``, fill in inferred publication dates (so that date
    filters keep undated articles whose date can be inferred), apply the report filters,
    and set up display. The loaded and dated tables are shared with the other notebooks of
    a build through ``analysis.shared_cache``."""
    from analysis.shared_cache import dated_corpus, shared_corpus

    configure_display()
    corpus = dated_corpus(shared_corpus(seeds_dir), seeds_dir)
    return apply_filters(
        corpus, outlets=outlets, date_from=date_from, date_to=date_to, doc_ids=doc_ids
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


def table_html(
    frame: pd.DataFrame, *, max_rows: int = 20, caption: str = "", what: str = "rows"
) -> str:
    """HTML for a readable table: at most ``max_rows`` rows, escaped and shortened cells,
    and a note saying how many rows were left out."""
    parts = [TABLE_CSS]
    if caption:
        parts.append(f'<div class="report-caption">{html.escape(caption)}</div>')
    if frame.empty:
        parts.append('<p class="report-note">None.</p>')
        return "".join(parts)
    shown = frame.head(max_rows)
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in shown.columns)
    body = []
    for row in shown.itertuples(index=False):
        cells = "".join(f'<td class="{css}">{text}</td>' for text, css in map(_cell, row))
        body.append(f"<tr>{cells}</tr>")
    parts.append(
        f'<table class="report-table"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )
    if len(frame) > max_rows:
        parts.append(
            f'<p class="report-note">Showing {max_rows:,} of {len(frame):,} {what}; '
            f"{len(frame) - max_rows:,} more not shown (export the table for all).</p>"
        )
    return "".join(parts)


def show_table(
    frame: pd.DataFrame, *, max_rows: int = 20, caption: str = "", what: str = "rows"
) -> None:
    """Display ``frame`` as a readable HTML table (see ``table_html``)."""
    from IPython.display import HTML, display

    display(HTML(table_html(frame, max_rows=max_rows, caption=caption, what=what)))


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


def show_figure(fig: Figure, *, alt: str = "") -> None:
    """Display ``fig`` once, embedded as PNG with alternative text (see ``figure_html``)."""
    from IPython.display import HTML, display

    display(HTML(figure_html(fig, alt=alt)))
