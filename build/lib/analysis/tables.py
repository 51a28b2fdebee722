"""Every table the ``export`` command can write: the core tables and the analyses' tables.

Analysis modules register theirs in a module-level ``EXPORT_TABLES`` dict
(name -> function of a Corpus); this module collects them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from analysis.corpus import Corpus
from analysis.errors import ParameterError

TableBuilder = Callable[[Corpus], pd.DataFrame]

CORE_TABLES: dict[str, TableBuilder] = {
    "documents": lambda c: _with_inferred_dates(c).documents,
    "paragraphs": lambda c: c.paragraphs,
    "sentences": lambda c: c.sentences,
    "rejected": lambda c: c.rejected,
}
ANALYSIS_MODULES = (
    "analysis.themes",
    "analysis.entities",
    "analysis.keyterms",
    "analysis.timeline",
)
FORMATS = ("csv", "parquet")


def _with_inferred_dates(corpus: Corpus) -> Corpus:
    from analysis.timeline import with_inferred_dates

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


def write_table(frame: pd.DataFrame, path: str | Path, fmt: str) -> Path:
    """Write ``frame`` as CSV (UTF-8 with BOM, so Excel reads Vietnamese text) or Parquet."""
    if fmt not in FORMATS:
        raise ParameterError("--format", fmt, f"must be one of {list(FORMATS)}")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        frame.to_csv(path, index=False, encoding="utf-8-sig")
    else:
        frame.to_parquet(path, index=False)
    return path
