"""Name candidates counted as found (``CandidateCounts``) give the table that counting the
list of every find gives (``_candidate_table``), and quote each candidate's first find only."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.annotators.candidate_counts import CandidateCounts, _candidate_table

finds = st.lists(
    st.tuples(
        st.sampled_from(["Nguyen Van An", "Tran Thi Binh", "Le Cuong", "Pham Dung"]),
        st.sampled_from(["doc-a", "doc-b", "doc-c"]),
        st.integers(0, 5),
    ),
    max_size=40,
)


@settings(max_examples=80, deadline=None)
@given(finds)
def test_counting_as_found_equals_counting_the_list(found) -> None:
    counts, quoted = CandidateCounts(), []
    rows = []
    for number, (name, doc_id, para_id) in enumerate(found):
        sentence = f"Sentence {number} of {doc_id} names {name}."
        rows.append((name, doc_id, para_id, sentence))
        counts.add(name, doc_id, para_id, lambda s=sentence: quoted.append(s) or s)
    got, expected = counts.table(), _candidate_table(rows)
    pd.testing.assert_frame_equal(got, expected)
    assert len(quoted) == len({name for name, _, _ in found})  # one quote per candidate
    assert list(got.columns) == ["candidate", "n", "n_docs", "doc_id", "para_id", "sentence"]
