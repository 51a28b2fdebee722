"""A stored table written part by part (``table_parts.TableParts``): the joined file reads
back as the parts concatenated, in index order whatever order they were written in; a
missing, broken or mismatched part stores nothing (with a warning); the folders of
processes that are gone are removed."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from analysis.annotators.shared_cache import SharedCache
from analysis.ingest.table_parts import (
    TableParts,
    joined_schema,
    remove_abandoned,
    write_joined,
)


def chunk(first: int, n: int) -> pd.DataFrame:
    """A chunk of rows of the kinds the annotation tables hold (text, integers, floats,
    booleans, dates, missing values)."""
    rows = np.arange(first, first + n)
    return pd.DataFrame(
        {
            "doc_id": pd.Series([f"d{i:03d}" for i in rows], dtype="str"),
            "para_id": rows.astype("int64"),
            "weight": rows / 7,
            "coded": rows % 2 == 0,
            "date_start": pd.to_datetime(rows, unit="D").astype("datetime64[us]"),
            "country": pd.Series([None if i % 3 else "Laos" for i in rows], dtype="str"),
        }
    )


@pytest.fixture
def parts(tmp_path: Path) -> TableParts:
    return TableParts.open(SharedCache(tmp_path, fingerprint="f"), "k")


def test_parts_written_in_any_order_are_stored_as_their_concatenation(
    parts: TableParts,
) -> None:
    frames = [chunk(0, 5), chunk(5, 0), chunk(5, 7)]  # an empty chunk too
    for index in (2, 0, 1):  # as workers finish
        assert parts.write_part("hits", index, frames[index])
    assert parts.join("hits", 3)
    stored = parts.store.read("hits", "k")
    expected = pd.concat(frames, ignore_index=True)
    pd.testing.assert_frame_equal(stored, expected, check_exact=True)
    assert not list(parts.folder.glob("hits-*"))  # each part removed once copied


def test_rows_a_selection_leaves_out_are_not_stored_and_the_key_may_differ(
    parts: TableParts,
) -> None:
    frames = [chunk(0, 4), chunk(4, 4)]
    for index, frame in enumerate(frames):
        parts.write_part("hits", index, frame)

    def even_rows_of_the_second(index: int, part: pa.Table) -> pa.Table:
        return part if index == 0 else part.filter(pc.equal(part["coded"], True))

    assert parts.join("hits", 2, select=even_rows_of_the_second, key="other")
    assert not parts.store.path("hits", "k").exists()  # stored under the key given
    stored = parts.store.read("hits", "other")
    expected = pd.concat([frames[0], frames[1][frames[1]["coded"]]], ignore_index=True)
    pd.testing.assert_frame_equal(stored, expected, check_exact=True)


def test_a_single_part_reads_back_as_the_frame_itself(parts: TableParts) -> None:
    parts.write_part("hits", 0, chunk(0, 4))
    assert parts.join("hits", 1)
    pd.testing.assert_frame_equal(parts.store.read("hits", "k"), chunk(0, 4), check_exact=True)


def test_a_column_without_values_in_one_part_takes_the_others_type(tmp_path: Path) -> None:
    first = pd.DataFrame({"note": pd.Series([None, None], dtype=object)})
    second = pd.DataFrame({"note": pd.Series(["a", "b"], dtype="str")})
    paths = [tmp_path / "0.parquet", tmp_path / "1.parquet"]
    first.to_parquet(paths[0], index=False)
    second.to_parquet(paths[1], index=False)
    target = tmp_path / "joined.parquet"
    write_joined(paths, joined_schema(paths), target)
    assert pd.read_parquet(target)["note"].tolist()[2:] == ["a", "b"]


def test_a_missing_part_stores_nothing_with_a_warning(
    parts: TableParts, caplog: pytest.LogCaptureFixture
) -> None:
    parts.write_part("hits", 0, chunk(0, 3))
    parts.write_part("hits", 2, chunk(3, 3))  # part 1 never arrived
    with caplog.at_level(logging.WARNING):
        assert not parts.join("hits", 3)
    assert "could not be joined" in caplog.text
    assert not parts.store.path("hits", "k").exists()
    assert not list(parts.store.folder.glob(".hits-*"))  # no temporary file left


def test_a_broken_or_partial_part_file_stores_nothing(
    parts: TableParts, caplog: pytest.LogCaptureFixture
) -> None:
    parts.write_part("hits", 0, chunk(0, 50))
    parts.write_part("hits", 1, chunk(50, 50))
    path = parts.part_path("hits", 1)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])  # cut short
    with caplog.at_level(logging.WARNING):
        assert not parts.join("hits", 2)
    assert not parts.store.path("hits", "k").exists()
    parts.store.write("hits", "k", chunk(0, 1))  # an earlier stored table is kept as it was
    parts.write_part("hits", 1, chunk(0, 2).drop(columns="coded"))  # other columns
    assert not parts.join("hits", 2)
    pd.testing.assert_frame_equal(parts.store.read("hits", "k"), chunk(0, 1))


def test_a_part_that_cannot_be_written_is_a_warning(
    parts: TableParts, caplog: pytest.LogCaptureFixture
) -> None:
    parts.discard()
    assert not parts.folder.exists()
    with caplog.at_level(logging.WARNING):
        assert not parts.write_part("hits", 0, chunk(0, 2))
    assert "part 0 of hits not written" in caplog.text
    assert not parts.join("hits", 1)


def test_whole_tables_are_written_to_the_store(parts: TableParts) -> None:
    assert parts.write("counts", chunk(0, 2))
    pd.testing.assert_frame_equal(parts.store.read("counts", "k"), chunk(0, 2))


def test_the_parts_of_a_process_that_is_gone_are_removed(tmp_path: Path) -> None:
    store = SharedCache(tmp_path, fingerprint="f")
    mine = TableParts.open(store, "k")
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    gone = store.folder / f".parts-k-{int(ended.stdout)}-abc"
    (gone / "x").mkdir(parents=True)
    unknown = store.folder / ".parts-nonsense"
    unknown.mkdir()
    remove_abandoned(store.folder)
    assert mine.folder.is_dir() and not gone.exists() and not unknown.exists()
    other = TableParts.open(store, "k")  # opening removes them too, and keeps the live ones
    assert other.folder != mine.folder and mine.folder.is_dir()
    assert str(os.getpid()) in other.folder.name
