"""Linking event candidates across documents (``analysis/annotators/event_linking.py``): the
grouping equals comparing every overlapping pair, and reports of one visit merge."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.annotators import timeline
from tests.chronology_reference import sources_by_full_frame_sorts
from tests.conftest import doc

T = pd.Timestamp


def test_sample_china_visit_merged_with_two_sources(events, corpus):
    visit = events.loc[(events["type"] == "visit") & (events["date_start"] == T("2022-10-30"))]
    assert len(visit) == 1
    row = visit.iloc[0]
    assert row["n_sources"] == 2
    assert row["sources"] == f"{doc(corpus, '000')}; {doc(corpus, '003')}"
    assert "Nguyen Phu Trong" in row["actors"]
    assert row["period"] == "13th"


def _pairwise_groups(candidates: pd.DataFrame) -> list[int]:
    """The grouping as first written: every overlapping pair of rows compared."""
    from analysis.annotators import event_linking as ev

    parent = list(range(len(candidates)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    records = ev._reports(candidates)
    congress = candidates["type"] == "congress"
    for _key, members in candidates.loc[congress].groupby("key").groups.items():
        for member in members[1:]:
            parent[find(int(member))] = find(int(members[0]))
    rest = candidates.loc[~congress].sort_values(["type", "date_start", "date_end"], kind="stable")
    order = [int(i) for i in rest.index]
    for pos, i in enumerate(order):
        for j in order[pos + 1 :]:
            a, b = records[i], records[j]
            if b.type != a.type or b.date_start > a.date_end:
                break
            if ev._same_event(a, b):
                parent[find(j)] = find(i)
    return [find(i) for i in range(len(candidates))]


def _partition(labels: list[int]) -> list[int]:
    first: dict[int, int] = {}
    return [first.setdefault(label, index) for index, label in enumerate(labels)]


_candidate_rows = st.lists(
    st.fixed_dictionaries(
        {
            "type": st.sampled_from(["visit", "meeting", "congress", "anniversary"]),
            "date_start": st.integers(0, 6).map(lambda d: T("2023-01-01") + pd.Timedelta(days=d)),
            "days": st.integers(0, 3),
            "key": st.sampled_from(["", "", "13th", "founded 1950"]),
            "countries": st.sampled_from(["", "Vietnam", "Laos", "Laos; Vietnam", "China"]),
            "persons": st.sampled_from(["", "", "To Lam", "Xi Jinping"]),
        }
    ),
    max_size=25,
)


@settings(max_examples=300, deadline=None)
@given(rows=_candidate_rows)
def test_event_grouping_equals_comparing_every_overlapping_pair(rows):
    from analysis.annotators import event_linking as ev

    table = pd.DataFrame(
        rows, columns=["type", "date_start", "days", "key", "countries", "persons"]
    )
    table = table.assign(
        date_start=pd.to_datetime(table["date_start"]).astype("datetime64[us]"),
        date_end=lambda t: t["date_start"] + pd.to_timedelta(t["days"], unit="D"),
    ).astype({"key": "str", "countries": "str", "persons": "str", "type": "str"})
    assert _partition(ev._group_candidates(table)) == _partition(_pairwise_groups(table))


def test_event_grouping_on_the_samples(corpus):
    from analysis.annotators import event_linking as ev

    candidates = timeline.event_candidate_table(corpus)
    assert _partition(ev._group_candidates(candidates)) == _partition(_pairwise_groups(candidates))


def test_events_merged_a_batch_of_rows_at_a_time_equal_all_at_once(corpus, monkeypatch):
    """``events_from_sources`` turns rows into dicts a batch at a time; batches smaller
    than one event's reports give the same events table."""
    from analysis.annotators import event_linking as ev

    sources = ev.event_sources(corpus)
    expected = ev.events_from_sources(sources)
    assert (sources.groupby("event_id").size() > 1).any()  # some events span batches below
    for batch in (1, 2, 7):
        monkeypatch.setattr(ev, "REPORT_BATCH_ROWS", batch)
        pd.testing.assert_frame_equal(ev.events_from_sources(sources), expected)


def test_linking_on_the_key_columns_gives_the_full_frame_sorts_table(corpus):
    """Grouped and ordered on a few columns, the rows taken once: the same table as
    sorting every column, whatever the candidates' row order."""
    from analysis.annotators import event_linking as ev

    candidates = timeline.event_candidate_table(corpus)
    assert (candidates["source"] == "caption").any() and len(candidates) > 20
    for order in (slice(None), slice(None, None, -1)):
        shuffled = candidates.iloc[order].reset_index(drop=True)
        linked = ev.link_event_candidates(shuffled)
        pd.testing.assert_frame_equal(linked, sources_by_full_frame_sorts(shuffled))
    assert linked["event_id"].nunique() < len(linked)  # some reports were merged
    assert ev.link_event_candidates(candidates.iloc[:0]).empty


def test_merging_candidates_a_batch_at_a_time_equals_merging_their_sources(corpus, monkeypatch):
    """``merge_event_candidates`` takes the source rows from the candidates a batch at a
    time instead of making ``event_sources``, and makes the events table a batch of
    events at a time: the same events, whatever the batch sizes and the candidates' row
    order."""
    from analysis.annotators import event_linking as ev

    candidates = timeline.event_candidate_table(corpus).iloc[::-1].reset_index(drop=True)
    expected = ev.events_from_sources(ev.link_event_candidates(candidates))
    assert (expected["n_sources"] > 1).any() and len(expected) > 5
    for batch, events_batch in ((1, 1), (3, 2), (5_000, 2_000)):
        monkeypatch.setattr(ev, "REPORT_BATCH_ROWS", batch)
        monkeypatch.setattr(ev, "EVENT_BATCH_ROWS", events_batch)
        pd.testing.assert_frame_equal(ev.merge_event_candidates(candidates), expected)
    pd.testing.assert_frame_equal(
        ev.merge_event_candidates(candidates.iloc[:0]),
        ev.events_from_sources(ev.link_event_candidates(candidates.iloc[:0])),
    )
