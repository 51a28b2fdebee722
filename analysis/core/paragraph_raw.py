"""Paragraphs held without ``raw``, the column made on access from ``text``.

``paragraphs.raw`` is the exact characters of the file a paragraph covers: almost always
its ``text`` with the whitespace and line breaks around it (about 100 MB at 10,000
articles, the same characters as ``text`` again). ``ParagraphsWithoutRaw`` keeps, per row,
only what ``raw`` has before and after the first occurrence of ``text`` in it, or the whole
``raw`` where ``text`` is not part of it (a paragraph whose characters were cleaned), and
makes the column back with one Arrow join when ``corpus.paragraphs`` is first read
(``analysis.core.corpus_type``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.core.rows import HeldTable, take_rows
from analysis.core.schema import PARAGRAPH_COLUMNS

#: Rows whose ``raw`` is split as Python strings at once.
SPLIT_BATCH_ROWS = 20_000
#: The columns of a held frame that make ``raw`` back (not part of the paragraphs table).
PIECES = ("raw_before", "raw_after", "raw_whole")
#: The columns of the paragraphs table as held (the loader's parse gives these).
HELD_COLUMNS = tuple(c for c in PARAGRAPH_COLUMNS if c != "raw") + PIECES


def _pieces(texts: list[str], raws: list[str]) -> tuple[list, list, list]:
    """``raw`` as (before, after) around the first occurrence of ``text``, or whole."""
    before: list[str | None] = []
    after: list[str | None] = []
    whole: list[str | None] = []
    for text, raw in zip(texts, raws, strict=True):
        at = raw.find(text) if isinstance(text, str) and isinstance(raw, str) else -1
        if at < 0:
            before.append(None)
            after.append(None)
            whole.append(raw)
        else:
            before.append(raw[:at])
            after.append(raw[at + len(text) :])
            whole.append(None)
    return before, after, whole


@dataclass(frozen=True)
class ParagraphsWithoutRaw(HeldTable):
    """A paragraphs table without ``raw`` (``frame``, with the ``PIECES`` columns that
    make it back), and the position ``raw`` goes back to."""

    LEFT_OUT: ClassVar[str] = "raw"
    FULL_COLUMNS: ClassVar[tuple[str, ...]] = tuple(PARAGRAPH_COLUMNS)

    @classmethod
    def of(cls, paragraphs: pd.DataFrame) -> ParagraphsWithoutRaw:
        """The paragraphs table ``paragraphs`` held without its ``raw``."""
        columns: dict[str, list[pa.Array]] = {name: [] for name in PIECES}
        for first in range(0, len(paragraphs), SPLIT_BATCH_ROWS):
            rows = np.arange(first, min(first + SPLIT_BATCH_ROWS, len(paragraphs)))
            batch = take_rows(paragraphs[["text", "raw"]], rows)
            pieces = _pieces(batch["text"].tolist(), batch["raw"].tolist())
            for name, values in zip(PIECES, pieces, strict=True):
                columns[name].append(pa.array(values, type=pa.large_string()))
        frame = paragraphs.drop(columns="raw")
        for name in PIECES:
            values = pa.chunked_array(columns[name], type=pa.large_string())
            frame[name] = pd.Series(values, index=frame.index, dtype="str")
        return cls(frame, paragraphs.columns.get_loc("raw"))

    def with_text(self, paragraphs: pd.DataFrame) -> pd.DataFrame:
        """The full paragraphs table: ``raw`` made back (``paragraphs``, the table as
        held, is not needed: the pieces are in ``frame``)."""
        full = self.frame.drop(columns=list(PIECES))
        full.insert(self.position, "raw", raw_column(self.frame))
        return full


def _arrow(column: pd.Series) -> pa.ChunkedArray:
    values = column.array._pa_array  # "str" columns are Arrow large_string
    return values if isinstance(values, pa.ChunkedArray) else pa.chunked_array([values])


def raw_column(frame: pd.DataFrame) -> pd.Series:
    """``raw`` of every row of a held frame: before + text + after, else the whole."""
    joined = pc.binary_join_element_wise(
        _arrow(frame["raw_before"]),
        _arrow(frame["text"]),
        _arrow(frame["raw_after"]),
        pa.scalar("", type=pa.large_string()),
    )
    values = pc.coalesce(joined, _arrow(frame["raw_whole"]))
    return pd.Series(values, index=frame.index, dtype="str", name="raw")
