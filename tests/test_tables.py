"""Exportable tables (``analysis/analyses/tables.py``): cells Excel would run as formulas get an
apostrophe, cells over Excel's limit are cut with a marker."""

from __future__ import annotations

import pytest

from analysis.analyses.tables import (
    EXCEL_CELL_LIMIT,
    TRUNCATION_MARKER,
    excel_safe_cell,
)


@pytest.mark.parametrize("first", list("=+-@\t\r\uff1d"))
def test_every_formula_start_gets_an_apostrophe(first):
    assert excel_safe_cell(f"{first}1+1") == f"'{first}1+1"
    assert excel_safe_cell(f"a{first}1") == f"a{first}1"


def test_long_cells_are_cut_to_excel_limit_counting_utf16_units():
    for text in ("x" * 40_000, "\U0001f600" * 20_000, "ế" * 32_768, "=" + "y" * 32_767):
        cell = excel_safe_cell(text)
        assert len(cell.encode("utf-16-le")) // 2 <= EXCEL_CELL_LIMIT
        assert cell.endswith(TRUNCATION_MARKER)
    assert excel_safe_cell("z" * EXCEL_CELL_LIMIT) == "z" * EXCEL_CELL_LIMIT
