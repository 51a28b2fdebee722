"""benchmarks/tables_equal.py: the bisection finds every commit where tables change, and a
change is described by the tables, columns and rows (documents) it touches."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.tables_equal import change_points, describe, table_change


@pytest.mark.parametrize(
    "versions",
    [
        [0] * 9,
        [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2],
        [0, 1, 2, 3, 4, 5],
        [0, 0, 0, 0, 0, 0, 0, 7],
        [5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 8],
    ],
)
def test_bisection_finds_every_change_and_compares_few_pairs(versions):
    compared = []

    def same(i: int, j: int) -> bool:
        compared.append((i, j))
        return versions[i] == versions[j]

    expected = [k for k in range(1, len(versions)) if versions[k] != versions[k - 1]]
    assert change_points(len(versions), same) == expected
    if len(expected) <= 2 and len(versions) > 8:  # fewer comparisons than commits
        assert len(compared) < len(versions) - 1, compared


def test_a_change_undone_inside_the_range_is_not_seen():
    """The documented limit: equal ends are taken to have nothing between them."""
    versions = [0, 1, 0]
    assert change_points(3, lambda i, j: versions[i] == versions[j]) == []


PARAGRAPHS = pd.DataFrame(
    {
        "doc_id": ["001", "001", "002", "003"],
        "para_id": [0, 1, 0, 0],
        "kind": ["content", "content", "byline", "content"],
        "weight": [1.0, 0.5, float("nan"), 2.0],
    }
)


def test_changed_values_are_counted_by_column_and_document():
    after = PARAGRAPHS.copy()
    after.loc[2, "kind"] = "content"
    after.loc[3, "weight"] = 2.5
    after.loc[0, "weight"] = 1.0000001  # within assert_frame_equal's tolerance
    assert table_change(PARAGRAPHS, after) == [
        "column kind: 1 rows differ",
        "column weight: 1 rows differ",
        "2 rows differ, in 2 documents (002, 003)",
    ]


def test_added_rows_and_columns_are_named():
    extra = pd.DataFrame({"doc_id": ["004"], "para_id": [0], "kind": ["content"], "weight": [1.0]})
    after = pd.concat([PARAGRAPHS, extra], ignore_index=True).assign(rule="r1")
    assert table_change(PARAGRAPHS, after) == [
        "rows 4 -> 5",
        "columns gone [], added ['rule']",
        "0 rows only before",
        "1 rows only after, in 1 documents (004)",
    ]


def test_describe_names_only_the_tables_that_differ():
    after = PARAGRAPHS.astype({"para_id": "int32"})
    before = {"paragraphs": PARAGRAPHS, "rejected": PARAGRAPHS.iloc[:0]}
    now = {"paragraphs": after, "rejected": PARAGRAPHS.iloc[:0], "dates": PARAGRAPHS}
    assert describe(before, now) == [
        "dates: only in the new tables",
        "paragraphs: dtypes: para_id int64 -> int32",  # the same values otherwise
    ]


def test_stored_tables_are_the_annotation_tables_read_back_from_the_cache(monkeypatch):
    """``--stored``: the tables a build stores, as a kernel reads them back, equal the
    computed ones; the cache folder used for them is gone afterwards."""
    from analysis import annotate, load_corpus
    from benchmarks.tables_equal import stored_tables
    from tests.conftest import SEEDS

    monkeypatch.delenv("VN_CORPUS_CACHE", raising=False)
    monkeypatch.setenv("VN_CORPUS_CACHE_DIR", "unused")  # stored_tables sets its own
    stored = stored_tables(SEEDS, jobs=1)
    assert not Path(os.environ["VN_CORPUS_CACHE_DIR"]).exists()
    expected = annotate(load_corpus(SEEDS, cache=False))
    assert sorted(stored) == sorted(f"stored.{name}" for name, _ in expected.tables())
    for name, table in expected.tables():
        pd.testing.assert_frame_equal(stored[f"stored.{name}"], table, check_exact=True)


def test_differences_are_exact():
    before = {"t": pd.DataFrame({"x": [1.0]})}
    assert describe(before, {"t": pd.DataFrame({"x": [1.0 + 1e-9]})})
    assert not describe(before, {"t": pd.DataFrame({"x": [1.0]})})
