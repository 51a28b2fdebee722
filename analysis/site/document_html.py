"""The document pages' tables drawn as HTML a block of documents at a time.

``document_pages.page_html`` used to slice each document's rows out of every section's
table with pandas (``DocumentTables.tables_of``) and draw them with
``notebook.table_html`` (``itertuples``, a ``Markup`` per cell, the ``table.html.j2``
loop): at 1,000 generated articles 14.6 ms of CPU a page, most of the stage at 100,000.
Here each section's table of a block is turned once into its cells (``cell_table``: every
value drawn by the same ``notebook._cell``, column by column), and a document's table is
joined from its rows' cells (``table_fragment``): the same bytes as ``table_html`` for a
table of at most ``DATA_ROWS_FROM`` rows; a longer one (its rows sent as data) is left to
``table_html`` itself (``None``). The page's template is compiled once per process
(``page_template``), not looked up (and its file checked) per page.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd
from jinja2 import Template
from markupsafe import escape

from analysis.site.notebook import DATA_ROWS_FROM, MAX_CELL_CHARS, SHORT_CELL_CHARS, _cell


@dataclass(frozen=True)
class CellTable:
    """A section's ``_by_document`` table (``doc_id`` first) with every cell drawn once:
    ``cells[k][i]`` is ``notebook._cell`` of row ``i`` of the ``k``-th column after
    ``doc_id``; ``para_ids`` the ``para_id`` column as whole numbers when its rows can be
    anchored (an integer ``para_id`` and no other ``doc_id`` column), else None;
    ``rows`` the positions of each document's rows."""

    columns: tuple[str, ...]
    cells: tuple[list[tuple[str, str]], ...]
    para_ids: np.ndarray | None
    rows: Mapping[str, np.ndarray]


def cell_table(table: pd.DataFrame, rows: Mapping[str, np.ndarray]) -> CellTable:
    """``table`` (``doc_id`` first; ``rows``: each document's positions) with its cells
    drawn: each column's values as ``itertuples`` gives them to ``table_html``."""
    shown = table.iloc[:, 1:]
    cells = tuple(drawn_cells(shown.iloc[:, k]) for k in range(shown.shape[1]))
    return CellTable(tuple(str(c) for c in shown.columns), cells, _para_ids(shown), rows)


def drawn_cells(values: Iterable[object]) -> list[tuple[str, str]]:
    """``[notebook._cell(value) for value in values]``: a text or a whole number (the
    commonest cells) drawn here without ``_cell``'s checks of every other type."""
    drawn = []
    for value in values:
        kind = type(value)
        if kind is str:
            drawn.append(_text_cell(value))  # type: ignore[arg-type]
        elif kind is int:
            drawn.append((f"{value:,}", "num"))
        else:
            drawn.append(_cell(value))
    return drawn


def _text_cell(text: str) -> tuple[str, str]:
    """``notebook._cell`` of a text: escaped, shortened with an ellipsis past
    ``MAX_CELL_CHARS``, its class by its length."""
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1].rstrip() + "…"
    return html.escape(text), "short" if len(text) <= SHORT_CELL_CHARS else "text"


def _para_ids(shown: pd.DataFrame) -> np.ndarray | None:
    """The ``para_id`` column as int64 when ``notebook._row_anchors`` may anchor rows by it."""
    if "para_id" not in shown.columns or "doc_id" in shown.columns:
        return None
    ids = shown["para_id"]
    if not pd.api.types.is_integer_dtype(ids):
        return None
    return ids.to_numpy(dtype="int64")


@dataclass(frozen=True)
class Shown:
    """How a section shows its table (``Section.show``: ``table_html``'s keywords)."""

    max_rows: int
    caption: str
    what: str


def table_fragment(table: CellTable, doc_id: str, shown: Shown) -> str | None:
    """``notebook.table_html`` of ``doc_id``'s rows of ``table`` without the stylesheet,
    the same bytes; None when it has more than ``DATA_ROWS_FROM`` rows (drawn as data:
    left to ``table_html``)."""
    positions = table.rows.get(doc_id)
    n_rows = 0 if positions is None else len(positions)
    if n_rows > DATA_ROWS_FROM:
        return None
    head = f'<div class="report-caption">{escape(shown.caption)}</div>' if shown.caption else ""
    if not n_rows:
        return head + '<p class="report-note">None.</p>'
    assert positions is not None
    rows = [[column[i] for column in table.cells] for i in positions.tolist()]
    anchors = _anchors(table, positions)
    parts = [head, '<div class="report-table-wrap"><table class="report-table" ']
    parts.append(f'data-page-length="{shown.max_rows}"><thead><tr>')
    parts += [
        f'<th data-class="{_attribute(css)}">{_attribute(name)}</th>'
        for name, (_, css) in zip(table.columns, rows[0], strict=True)
    ]
    parts.append("</tr></thead><tbody>")
    for i, row in enumerate(rows):
        anchor = f' id="{escape(anchors[i])}"' if anchors else ""
        more = ' class="report-more"' if i >= shown.max_rows else ""
        parts.append(f"<tr{anchor}{more}>")
        parts += [f'<td class="{_attribute(css)}">{text}</td>' for text, css in row]
    parts.append("</tbody></table>")
    parts.append(_cut_note(n_rows, shown))
    parts.append("</div>")
    return "".join(parts)


@cache
def _attribute(text: str) -> str:
    """``text`` escaped as Jinja2 writes a value (a few class and column names, again
    and again)."""
    return str(escape(text))


def _anchors(table: CellTable, positions: np.ndarray) -> list[str]:
    """``notebook._row_anchors`` of these rows: ``p<para_id>`` when their ids are unique."""
    if table.para_ids is None:
        return []
    ids = table.para_ids[positions]
    if len(np.unique(ids)) < len(ids):
        return []
    return [f"p{i}" for i in ids.tolist()]


def _cut_note(n_rows: int, shown: Shown) -> str:
    """The note under a table longer than ``max_rows`` (as ``table.html.j2`` writes it)."""
    if n_rows <= shown.max_rows:
        return ""
    return (
        f'<p class="report-note report-cut">Showing {shown.max_rows:,} of {n_rows:,} '
        f"{escape(shown.what)}; {n_rows - shown.max_rows:,} more not shown "
        "(export the table for all).</p>"
    )


@cache
def page_template(name: str = "document.html.j2") -> Template:
    """The site's template ``name`` compiled once in this process (the site's environment
    without its check of the file on every use; a build's templates do not change)."""
    from analysis.site.site_templates import environment

    return environment().overlay(auto_reload=False).get_template(f"site/{name}")
