"""Taking rows of a table without copying whole text columns.

pandas 3 keeps text in Arrow arrays. A table built from batches (the loader concatenates
one frame per batch of files) holds each text column as a ChunkedArray of many chunks, and
Arrow's ``take`` on a ChunkedArray first concatenates every chunk into one array: taking
500 documents' rows of a 10,000-document corpus copied the whole text column (about 110 MB
per column, measured) for every chunk. ``take_rows`` gives the same frame as
``frame.take(positions)`` (values, dtypes, a fresh ``RangeIndex`` or the taken index) but
slices when the positions are one ascending run (no copy at all) and otherwise takes from
each Arrow chunk only the rows it holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import ClassVar, Self

import numpy as np
import pandas as pd
import pyarrow as pa


def _is_run(positions: np.ndarray) -> bool:
    """True when ``positions`` are consecutive ascending integers (a slice)."""
    return len(positions) > 0 and bool(
        positions[-1] - positions[0] == len(positions) - 1 and (np.diff(positions) == 1).all()
    )


#: Rows ``take_chunked`` puts together at once: more rows are taken in runs of this many
#: positions, one array each (a ChunkedArray), so that a long column is never held twice
#: (by chunk, then reordered) while it is taken.
TAKE_BATCH_ROWS = 10_000


def take_chunked(values: pa.ChunkedArray, positions: np.ndarray) -> pa.Array | pa.ChunkedArray:
    """``values.take(positions)`` (non-negative positions) without concatenating
    ``values``' chunks first: each chunk gives the rows it holds, and the result (the
    size of the rows taken) is put back in the order of ``positions``; above
    ``TAKE_BATCH_ROWS`` positions, a ChunkedArray of one array per run of that many.

    >>> chunked = pa.chunked_array([["a", "b"], ["c"]])
    >>> take_chunked(chunked, np.array([2, 0, 2])).to_pylist()
    ['c', 'a', 'c']
    """
    if values.num_chunks <= 1:
        return values.combine_chunks().take(pa.array(positions, type=pa.int64()))
    if len(positions) <= TAKE_BATCH_ROWS:
        return _take_from_chunks(values, positions)
    runs = range(0, len(positions), TAKE_BATCH_ROWS)
    return pa.chunked_array(
        [_take_from_chunks(values, positions[i : i + TAKE_BATCH_ROWS]) for i in runs],
        type=values.type,
    )


def _take_from_chunks(values: pa.ChunkedArray, positions: np.ndarray) -> pa.Array:
    """``take_chunked`` of a few positions, as one array."""
    bounds = np.cumsum([0] + [len(chunk) for chunk in values.chunks])
    which = np.searchsorted(bounds, positions, side="right") - 1
    order = np.argsort(which, kind="stable")
    ranked = positions[order]
    cuts = np.searchsorted(which[order], np.arange(values.num_chunks + 1))
    pieces = [
        values.chunk(k).take(pa.array(ranked[cuts[k] : cuts[k + 1]] - bounds[k], type=pa.int64()))
        for k in range(values.num_chunks)
        if cuts[k + 1] > cuts[k]
    ]
    by_chunk = pa.concat_arrays(pieces) if pieces else values.chunk(0).slice(0, 0)
    del pieces  # at most two copies of the rows taken at once
    if (np.diff(which) >= 0).all():  # positions already in chunk order
        return by_chunk
    inverse = np.empty_like(order)
    inverse[order] = np.arange(len(order))
    return by_chunk.take(pa.array(inverse, type=pa.int64()))


def _take_column(column: pd.Series, positions: np.ndarray) -> pd.Series:
    """One column's rows at ``positions`` (a chunk-wise take for a many-chunk Arrow
    column, else pandas' own ``take``), index reset."""
    array = column.array
    chunked = getattr(array, "_pa_array", None)
    if isinstance(chunked, pa.ChunkedArray) and chunked.num_chunks > 1:
        taken = array._from_pyarrow_array(take_chunked(chunked, positions))
        return pd.Series(taken, name=column.name, copy=False)
    return column.take(positions).reset_index(drop=True)


def take_rows(frame: pd.DataFrame, positions: Sequence[int] | np.ndarray) -> pd.DataFrame:
    """``frame.take(positions).reset_index(drop=True)`` without copying whole Arrow text
    columns: one ascending run of positions is a slice (no copy); other positions are taken
    chunk by chunk (``take_chunked``). Same values, dtypes and columns.

    >>> frame = pd.concat([pd.DataFrame({"t": ["a", "b"]}), pd.DataFrame({"t": ["c"]})])
    >>> take_rows(frame, [2, 0])["t"].tolist()
    ['c', 'a']
    """
    positions = np.asarray(positions, dtype="int64")
    if len(positions) and positions.min() < 0:  # from the end, as numpy counts
        positions = np.where(positions < 0, positions + len(frame), positions)
    if _is_run(positions):
        return frame.iloc[positions[0] : positions[-1] + 1].reset_index(drop=True)
    if not len(frame.columns) or frame.columns.has_duplicates:
        return frame.take(positions).reset_index(drop=True)
    columns = {name: _take_column(frame.iloc[:, i], positions) for i, name in enumerate(frame)}
    taken = pd.DataFrame(columns, copy=False)
    taken.attrs = dict(frame.attrs)
    return taken


@dataclass(frozen=True)
class HeldTable:
    """A table held without one of its columns (``frame``), and the position that column
    goes back to. Subclasses name the column (``LEFT_OUT``) and the full table's columns
    (``FULL_COLUMNS``), and make the column back (``with_text``)."""

    LEFT_OUT: ClassVar[str] = ""
    FULL_COLUMNS: ClassVar[tuple[str, ...]] = ()

    frame: pd.DataFrame
    position: int

    @classmethod
    def held(cls, frame: pd.DataFrame) -> Self:
        """A table already held without the column (as the loader's parse gives it); the
        column goes back to its place in ``FULL_COLUMNS``."""
        return cls(frame, cls.FULL_COLUMNS.index(cls.LEFT_OUT))

    def take(self, rows: np.ndarray) -> Self:
        """The rows at positions ``rows`` (``take_rows``)."""
        return replace(self, frame=take_rows(self.frame, rows))

    def filter(self, keep: pd.Series) -> Self:
        """The rows where the boolean ``keep`` (aligned with ``frame``) is true."""
        return replace(self, frame=self.frame[keep].reset_index(drop=True))
