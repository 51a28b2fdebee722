"""The vocabulary as sorted runs (``analysis/analyses/sorted_runs.py``): the ids of a dict
numbering keys in the order first seen (``dict.setdefault(key, len(dict))``), the
reference, over any sequence of chunks; and few runs."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.analyses.sorted_runs import SortedRuns

chunks = st.lists(
    st.lists(st.integers(-(2**62), 2**62) | st.integers(0, 40), max_size=30).map(
        lambda keys: list(dict.fromkeys(keys))  # distinct within a chunk
    ),
    max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(chunks)
def test_ids_are_a_dict_numbering_keys_as_first_seen(chunks):
    reference: dict[int, int] = {}
    runs = SortedRuns()
    for chunk in chunks:
        expected = [reference.setdefault(k, len(reference)) for k in chunk]
        assert runs.ids_of(np.array(chunk, dtype=np.int64)).tolist() == expected
        assert len(runs) == len(reference)
    assert runs.keys_by_id().tolist() == list(reference)
    runs.clear()
    assert len(runs) == 0 and runs.keys_by_id().tolist() == []


def test_runs_stay_few_as_chunks_arrive():
    runs = SortedRuns()
    for start in range(0, 100_000, 100):  # 1,000 chunks of new keys
        runs.ids_of(np.arange(start, start + 100, dtype=np.int64) * 7)
    assert len(runs) == 100_000
    assert len(runs._runs) <= 2 * np.log2(1_000)  # merged like a binary counter
    assert runs.ids_of(np.array([7 * 500, 3], dtype=np.int64)).tolist() == [500, 100_000]
