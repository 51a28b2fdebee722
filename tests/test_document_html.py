"""The document pages' tables drawn a block at a time: the same bytes as
``notebook.table_html`` of each document's slice (the reference), every cell as
``notebook._cell`` draws it."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.site import document_html as dh
from analysis.site.notebook import DATA_ROWS_FROM, TABLE_CSS, _cell, table_html
from analysis.site.site_templates import render_page


def positions(table: pd.DataFrame) -> dict[str, np.ndarray]:
    return {str(k): v for k, v in table.groupby("doc_id", sort=False).indices.items()}


def reference(table: pd.DataFrame, doc_id: str, **show: object) -> str:
    """What the pages drew before: the document's slice through ``table_html``."""
    rows = positions(table).get(doc_id, np.empty(0, dtype=np.intp))
    frame = table.iloc[rows, 1:].reset_index(drop=True)
    return table_html(frame, **show).removeprefix(TABLE_CSS)  # type: ignore[arg-type]


def outline(n_docs: int, rows: int, *, repeat_ids: bool = False) -> pd.DataFrame:
    """A table like the outline: a few documents with ``rows`` paragraphs each."""
    records = []
    for d in range(n_docs):
        for p in range(rows + d):
            records.append(
                {
                    "doc_id": f"doc<{d}>&'\"",
                    "para_id": 0 if repeat_ids else p,
                    "label": ["lede", "body", "heading"][p % 3],
                    "text": ("x" * (p * 7)) + " <b>&" + "é" * (p % 5),
                    "score": [0.5, 0.001, float("nan"), 1234.5][p % 4],
                    "repeat": p % 2 == 0,
                    "date": pd.Timestamp("2023-03-03") if p % 3 else pd.NaT,
                }
            )
    table = pd.DataFrame(records)
    return table.astype({"label": "string[pyarrow]", "text": "string[pyarrow]"})


SHOWS = [
    {"max_rows": 20, "caption": "", "what": "rows"},
    {"max_rows": 3, "caption": "Document <x> & 'y'", "what": "para<graphs>"},
    {"max_rows": 80, "caption": "c", "what": "paragraphs"},
]


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("repeat_ids", [False, True])
def test_each_documents_table_is_table_html_of_its_slice(show, repeat_ids):
    table = outline(4, 6, repeat_ids=repeat_ids)
    cells = dh.cell_table(table, positions(table))
    for doc_id in [*table["doc_id"].unique(), "absent"]:
        mine = dh.table_fragment(cells, doc_id, dh.Shown(**show))
        assert mine == reference(table, doc_id, **show)


def test_anchors_only_for_whole_number_paragraph_ids():
    table = outline(2, 4).astype({"para_id": "float64"})
    cells = dh.cell_table(table, positions(table))
    doc = table["doc_id"].iloc[0]
    shown = dh.Shown(20, "", "rows")
    assert cells.para_ids is None
    assert dh.table_fragment(cells, doc, shown) == reference(table, doc, max_rows=20)
    assert ' id="p' not in dh.table_fragment(cells, doc, shown)
    anchored = outline(2, 4)
    fragment = dh.table_fragment(dh.cell_table(anchored, positions(anchored)), doc, shown)
    assert '<tr id="p0">' in fragment


def test_a_table_drawn_as_data_is_left_to_table_html():
    table = outline(1, DATA_ROWS_FROM + 1)
    cells = dh.cell_table(table, positions(table))
    assert dh.table_fragment(cells, table["doc_id"].iloc[0], dh.Shown(20, "", "rows")) is None
    at_limit = outline(1, DATA_ROWS_FROM)
    doc = at_limit["doc_id"].iloc[0]
    fragment = dh.table_fragment(
        dh.cell_table(at_limit, positions(at_limit)), doc, dh.Shown(20, "", "rows")
    )
    assert fragment == reference(at_limit, doc, max_rows=20)


def test_an_empty_table_says_none():
    table = outline(1, 2).iloc[:0]
    cells = dh.cell_table(table, positions(table))
    assert dh.table_fragment(cells, "x", dh.Shown(20, "cap", "rows")) == reference(
        table, "x", max_rows=20, caption="cap"
    )


VALUES = st.one_of(
    st.text(max_size=400),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=False),
    st.booleans(),
    st.none(),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(VALUES, max_size=20))
def test_drawn_cells_are_notebook_cells(values):
    assert dh.drawn_cells(values) == [_cell(v) for v in values]


def test_drawn_cells_of_pandas_columns():
    frame = pd.DataFrame(
        {
            "n": pd.array([1, 2_000_000, None], dtype="Int64"),
            "s": pd.array(["a", None, "<&>" * 200], dtype="string[pyarrow]"),
            "f": [0.5, math.nan, 0.0001],
            "t": [pd.Timestamp("2020-01-02"), pd.NaT, pd.Timestamp("2021-05-06")],
            "c": pd.Categorical(["x", "y", "x"]),
        }
    )
    for column in frame.columns:
        assert dh.drawn_cells(frame[column]) == [_cell(v) for v in frame[column]]


def test_the_compiled_page_template_renders_as_render_page():
    footer = {
        "built": "2026-01-01 00:00 UTC",
        "version": "1",
        "corpus_hash": "abc",
        "n_documents": "2",
        "seeds_dir": "seeds",
        "parameters": "<p>",
        "index_href": "../index.html",
        "assets": '<script src="../assets/x.js"></script>',
    }
    context = {"intro": "<h1>I</h1>", "sections": [{"prose": "<p>a</p>", "table": "<b>t</b>"}]}
    expected = render_page(
        "document.html.j2", "T: <x>", footer, nav_href="../index.html", head="<style>", **context
    )
    from markupsafe import Markup

    mine = dh.page_template().render(
        title="T: <x>", footer=footer, nav_href="../index.html", head=Markup("<style>"), **context
    )
    assert mine == expected
    assert dh.page_template() is dh.page_template()
