"""The optional ``seeds/metadata.csv``: analyst-supplied metadata that overrides the parser.

Columns: ``doc_id`` (the file stem, required) plus any of ``title, outlet, author,
published, url``. Empty cells leave the parser's value in place. ``published`` accepts
any form ``analysis.dates.parse_date`` reads ("2021-12-13", "13/12/2021", "December 2021").
"""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd

from analysis.errors import CorpusError

log = logging.getLogger(__name__)

SIDECAR_NAME = "metadata.csv"
SIDECAR_COLUMNS = ("title", "outlet", "author", "published", "url")


class SidecarError(CorpusError):
    """``metadata.csv`` cannot be used as it is."""


def read_sidecar(path: Path) -> pd.DataFrame:
    """Read ``metadata.csv`` into a frame indexed by ``doc_id`` with string columns.

    Raises ``SidecarError`` naming the file when it cannot be parsed or has no
    ``doc_id`` column, or when a ``doc_id`` appears twice.
    """
    try:
        frame = pd.read_csv(path, dtype="str", keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        raise SidecarError(f"{path}: cannot be read as CSV ({exc}); fix or remove it") from exc
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    if "doc_id" not in frame.columns:
        raise SidecarError(
            f"{path}: has no 'doc_id' column (columns: {', '.join(frame.columns)}); "
            "add one holding each article's file name without .txt"
        )
    unknown = sorted(set(frame.columns) - {"doc_id", *SIDECAR_COLUMNS})
    if unknown:
        log.warning("%s: ignoring unknown columns %s", path, ", ".join(unknown))
    frame["doc_id"] = frame["doc_id"].str.strip().str.removesuffix(".txt")
    duplicated = frame["doc_id"][frame["doc_id"].duplicated()].unique().tolist()
    if duplicated:
        raise SidecarError(
            f"{path}: doc_id listed twice: {', '.join(duplicated)}; keep one row each"
        )
    keep = [c for c in SIDECAR_COLUMNS if c in frame.columns]
    return frame.set_index("doc_id")[keep].apply(lambda col: col.str.strip())
