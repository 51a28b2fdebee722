"""Every table the ``export`` command can write: the core tables and the analyses' tables.

Analysis modules register theirs in a module-level ``EXPORT_TABLES`` dict
(name -> function of a Corpus); this module collects them.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from analysis.core.errors import ParameterError
from analysis.ingest.corpus import Corpus

TableBuilder = Callable[[Corpus], pd.DataFrame]

CORE_TABLES: dict[str, TableBuilder] = {
    "documents": lambda c: _with_inferred_dates(c).documents,
    "paragraphs": lambda c: c.paragraphs,
    "sentences": lambda c: c.sentences,
    "rejected": lambda c: c.rejected,
}
ANALYSIS_MODULES = (
    "analysis.annotators.themes",
    "analysis.annotators.entities",
    "analysis.analyses.keyterms",
    "analysis.annotators.timeline",
)
FORMATS = ("csv", "parquet")


def _with_inferred_dates(corpus: Corpus) -> Corpus:
    from analysis.annotators.timeline import with_inferred_dates

    return with_inferred_dates(corpus)


def registered_tables() -> dict[str, TableBuilder]:
    """Name -> builder for every exportable table, core tables first."""
    tables = dict(CORE_TABLES)
    for module_name in ANALYSIS_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        tables.update(getattr(module, "EXPORT_TABLES", {}))
    return tables


def build_table(corpus: Corpus, name: str) -> pd.DataFrame:
    """The table called ``name`` for ``corpus``; ``ParameterError`` lists the valid names."""
    tables = registered_tables()
    if name not in tables:
        raise ParameterError("TABLE", name, f"must be one of {sorted(tables)}")
    return tables[name](corpus)


EXCEL_FORMULA_STARTS = "=+-@\t\r\uff1d\uff0b\uff0d\uff20"
"""First characters that make Excel (or LibreOffice) read a CSV cell as a formula: the
OWASP "CSV injection" list (``= + - @``, tab, carriage return) and their full-width forms."""
EXCEL_CELL_LIMIT = 32_767
"""The most characters (UTF-16 code units) an Excel cell holds."""
TRUNCATION_MARKER = " [… truncated for Excel; the full text is in the Parquet export]"
"""Ends a CSV cell cut to ``EXCEL_CELL_LIMIT``."""
_FORMULA_START = re.compile(f"[{re.escape(EXCEL_FORMULA_STARTS)}]")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def excel_safe_cell(text: str) -> str:
    """``text`` as a CSV cell Excel shows as text: an apostrophe before a first character
    in ``EXCEL_FORMULA_STARTS`` (OWASP's advice; Excel hides the apostrophe), and over
    ``EXCEL_CELL_LIMIT`` cut to fit with ``TRUNCATION_MARKER`` at the end.

    >>> print(excel_safe_cell('=HYPERLINK("http://example.org")'))
    '=HYPERLINK("http://example.org")
    >>> excel_safe_cell("Ha Noi")
    'Ha Noi'
    """
    if _FORMULA_START.match(text):
        text = "'" + text
    if len(text) <= EXCEL_CELL_LIMIT // 2 or _utf16_len(text) <= EXCEL_CELL_LIMIT:
        return text
    budget = EXCEL_CELL_LIMIT - _utf16_len(TRUNCATION_MARKER)
    cut = budget
    while (excess := _utf16_len(text[:cut]) - budget) > 0:
        cut -= (excess + 1) // 2 or 1
    return text[:cut] + TRUNCATION_MARKER


def excel_safe_table(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with every text cell passed through ``excel_safe_cell`` (other
    cells and missing values as they are); ``frame`` is not changed. Same rows and columns."""
    return frame.apply(_excel_safe_column)


def _excel_safe_column(column: pd.Series) -> pd.Series:
    if not (pd.api.types.is_string_dtype(column) or column.dtype == object):
        return column
    return column.map(lambda v: excel_safe_cell(v) if isinstance(v, str) else v)


def write_table(
    frame: pd.DataFrame, path: str | Path, fmt: str, *, excel_safe: bool = True
) -> Path:
    """Write ``frame`` as CSV (UTF-8 with BOM, so Excel reads Vietnamese text) or Parquet.

    CSV cells go through ``excel_safe_cell`` unless ``excel_safe=False`` (for R or pandas,
    which then read every cell exactly as in the table): text that Excel would run as a
    formula gets a leading apostrophe and text over Excel's 32,767 characters is cut with
    a marker. Parquet always holds the table exactly."""
    if fmt not in FORMATS:
        raise ParameterError("--format", fmt, f"must be one of {list(FORMATS)}")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        (excel_safe_table(frame) if excel_safe else frame).to_csv(
            path, index=False, encoding="utf-8-sig"
        )
    else:
        frame.to_parquet(path, index=False)
    return path
