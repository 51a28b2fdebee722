"""The optional ``seeds/metadata.csv``: analyst-supplied metadata that overrides the parser.

Columns: ``doc_id`` (the file stem, required) plus any of ``title, outlet, author,
published, url``. Empty cells leave the parser's value in place. ``published`` accepts
any form ``analysis.dates.parse_date`` reads ("2021-12-13", "13/12/2021", "December 2021").
``url`` is the article's web address; a date in it ("/2017/05/16/", "-20190227") becomes
the publication date when the text has none (``date_source = "url"``, see
``analysis.ingest.corpus.url_date``). A value given here is recorded as the field's source
(``title_source = "metadata.csv: ..."``).
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pandas as pd

from analysis.core.errors import CorpusError, safe_name

log = logging.getLogger(__name__)

SIDECAR_NAME = "metadata.csv"
SIDECAR_COLUMNS = ("title", "outlet", "author", "published", "url")


class SidecarError(CorpusError):
    """``metadata.csv`` cannot be used as it is."""


def read_sidecar(path: Path, *, data: bytes | None = None) -> pd.DataFrame:
    """Read ``metadata.csv`` into a frame indexed by ``doc_id`` with string columns
    (from ``data`` when given: the bytes already read from ``path``, which then only
    names the file in messages).

    Raises ``SidecarError`` naming the file when it cannot be parsed or has no
    ``doc_id`` column, or when a ``doc_id`` appears twice.
    """
    name = Path(path).name
    source = io.BytesIO(data) if data is not None else path
    try:
        frame = pd.read_csv(source, dtype="str", keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        raise SidecarError(
            f"{name}: cannot be read as CSV ({safe_name(exc, limit=200)}); fix or remove it"
        ) from exc
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    if "doc_id" not in frame.columns:
        raise SidecarError(
            f"{name}: has no 'doc_id' column (columns: {_shown(frame.columns)}); "
            "add one holding each article's file name without .txt"
        )
    unknown = sorted(set(frame.columns) - {"doc_id", *SIDECAR_COLUMNS})
    if unknown:
        log.warning("%s: ignoring unknown columns %s", name, _shown(unknown))
    frame["doc_id"] = frame["doc_id"].str.strip().str.removesuffix(".txt")
    duplicated = frame["doc_id"][frame["doc_id"].duplicated()].unique().tolist()
    if duplicated:
        raise SidecarError(f"{name}: doc_id listed twice: {_shown(duplicated)}; keep one row each")
    keep = [c for c in SIDECAR_COLUMNS if c in frame.columns]
    return frame.set_index("doc_id")[keep].apply(lambda col: col.str.strip())


def _shown(names: object, limit: int = 10) -> str:
    """Up to ``limit`` names (column names, doc_ids) escaped for a message, with a count
    of the rest."""
    names = [str(n) for n in names]  # type: ignore[attr-defined]
    shown = ", ".join(safe_name(n, limit=60) for n in names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")
