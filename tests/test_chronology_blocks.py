"""The chronology's bounded steps equal the whole-table ones they replaced
(tests/chronology_reference.py): ``documents_by_period`` without making the text, event
linking that empties its candidates while it takes the result, and the document pages'
inputs cut into blocks one block at a time. Checked on the samples and on invented
candidate tables, at several block sizes."""

from __future__ import annotations

import pickle

import numpy as np
import pandas as pd
import pytest

from analysis import load_corpus
from analysis.analyses import profile
from analysis.annotators import event_linking as ev
from analysis.annotators.event_candidates import CANDIDATE_COLUMNS
from analysis.annotators.periods import documents_by_period
from analysis.annotators.timeline import event_candidate_table, with_inferred_dates
from analysis.site import document_blocks as db
from analysis.site.document_inputs import chunked_event_sources
from tests import chronology_reference as ref
from tests.conftest import SEEDS

SIZES = (1, 2, 3, 500)


@pytest.fixture(scope="module")
def dated(samples):
    return with_inferred_dates(samples)


def test_documents_by_period_equals_the_full_table_and_makes_no_text():
    corpus = load_corpus(SEEDS)  # a fresh corpus: the session's may have made its text
    assert "text" not in corpus.held_documents().columns  # the loader holds it apart
    table = documents_by_period(corpus)
    assert "text" not in corpus.held_documents().columns  # still not made
    assert table["period"].notna().any() and len(table) == len(corpus)
    pd.testing.assert_frame_equal(table, ref.documents_by_period(corpus))


def _invented_candidates(seed: int, n_rows: int, n_parts: int) -> pd.DataFrame:
    """Candidate rows of a few documents (types, overlapping dates, keys, people,
    countries, captions, placeholder evidence) in ``n_parts`` concatenated tables, as
    ``chunked_event_sources`` joins its chunks (text columns of several Arrow chunks)."""
    rng = np.random.default_rng(seed)
    pick = lambda values: [values[i] for i in rng.integers(0, len(values), n_rows)]  # noqa: E731
    start = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 40, n_rows), unit="D")
    end = start + pd.to_timedelta(rng.integers(0, 5, n_rows), unit="D")
    table = pd.DataFrame(
        {
            "type": pick(["visit", "talks", "meeting", "congress", "anniversary"]),
            "date_start": start,
            "date_end": end,
            "precision": pick(["day", "month", "year"]),
            "date_text": pick(["in May", "on 3 May", "last year"]),
            "actors": pick(["", "Person A", "Person A; Person B"]),
            "countries": pick(["", "Vietnam", "Laos", "Laos; Vietnam", "Cuba"]),
            "doc_id": pick([f"doc{n:02d}" for n in range(12)]),
            "para_id": rng.integers(0, 6, n_rows),
            "sent_id": rng.integers(0, 4, n_rows),
            "evidence": [
                f"Placeholder sentence number {n} tells of an event." for n in range(n_rows)
            ],
            "flags": pick(["", "relative", "relative;inferred"]),
            "source": pick(["body", "body", "caption"]),
            "persons": pick(["", "", "Person A", "Person B"]),
            "key": pick(["", "", "13th", "founded 1950"]),
        },
        columns=list(CANDIDATE_COLUMNS),
    )
    table = table.astype(
        {
            c: "str"
            for c in CANDIDATE_COLUMNS
            if c not in ("date_start", "date_end", "para_id", "sent_id")
        }
    ).astype({"date_start": "datetime64[us]", "date_end": "datetime64[us]"})
    table = table.drop_duplicates(["doc_id", "para_id", "sent_id", "type", "date_start"])
    cuts = np.array_split(np.arange(len(table)), n_parts)
    return pd.concat([table.iloc[c] for c in cuts], ignore_index=True)


@pytest.mark.parametrize(("seed", "n_rows", "n_parts"), [(0, 40, 1), (1, 120, 3), (2, 300, 7)])
def test_consuming_link_equals_the_full_frame_sorts_on_invented_candidates(seed, n_rows, n_parts):
    candidates = _invented_candidates(seed, n_rows, n_parts)
    expected = ref.sources_by_full_frame_sorts(candidates)
    assert expected["event_id"].nunique() < len(expected)  # some reports were merged
    mine = candidates.copy()
    linked = ev.link_event_candidates(mine, consume=True)
    pd.testing.assert_frame_equal(linked, expected)
    assert set(mine.columns) == {"key"}  # emptied: only what the result does not take
    pd.testing.assert_frame_equal(ev.link_event_candidates(candidates), expected)


def test_consuming_link_equals_the_full_frame_sorts_on_the_samples(dated):
    candidates = event_candidate_table(dated)
    assert (candidates["source"] == "caption").any() and len(candidates) > 20
    for order in (slice(None), slice(None, None, -1)):
        shuffled = candidates.iloc[order].reset_index(drop=True)
        expected = ref.sources_by_full_frame_sorts(shuffled)
        pd.testing.assert_frame_equal(
            ev.link_event_candidates(shuffled.copy(), consume=True), expected
        )
    empty = candidates.iloc[:0]
    pd.testing.assert_frame_equal(
        ev.link_event_candidates(empty.copy(), consume=True), ev.link_event_candidates(empty)
    )


def test_chunked_event_sources_equal_the_whole_table_at_any_chunk_size(dated):
    expected = ref.sources_by_full_frame_sorts(event_candidate_table(dated))
    for size in SIZES:
        pd.testing.assert_frame_equal(chunked_event_sources(dated, size), expected)


def test_block_rows_one_at_a_time_equal_all_at_once(dated):
    sources = chunked_event_sources(dated)
    ids = dated.held_documents()["doc_id"].tolist()
    table = pd.DataFrame({"doc_id": [ids[n % len(ids)] for n in range(23)] + ["other"]})
    for size in SIZES:
        blocks = db.block_numbers(dated, size)
        n_blocks = max(blocks.values()) + 2
        lazily = list(db.iter_event_rows(sources, blocks, n_blocks))
        at_once = ref.event_rows(sources, blocks, n_blocks)
        assert len(lazily) == len(at_once) == n_blocks
        for got, expected in zip(lazily, at_once, strict=True):
            pd.testing.assert_frame_equal(got, expected)
        lazily = list(db.iter_document_rows(table, "doc_id", blocks, n_blocks))
        at_once = ref.document_rows(table, "doc_id", blocks, n_blocks)
        for got, expected in zip(lazily, at_once, strict=True):
            pd.testing.assert_frame_equal(got, expected)


@pytest.mark.parametrize("size", SIZES)
def test_written_event_inputs_are_the_whole_tables_block_rows(tmp_path, dated, size):
    blocks = db.block_numbers(dated, size)
    n_blocks = max(blocks.values()) + 2
    name, rows, _ = db._write_input(db._Inputs(dated, blocks, n_blocks, tmp_path), "sources")
    whole = ref.sources_by_full_frame_sorts(event_candidate_table(dated))
    assert (name, rows) == ("sources", len(whole))
    n_sources = whole.groupby("event_id")["doc_id"].nunique()
    assert (n_sources > 1).any()  # some event is reported by several documents
    for k, every_report in enumerate(ref.event_rows(whole, blocks, n_blocks)):
        with db.input_path(tmp_path, "sources", k).open("rb") as file:
            written = pickle.load(file)
        mine = every_report[every_report["doc_id"].map(blocks) == k]  # only its documents
        expected = mine.assign(n_sources=mine["event_id"].map(n_sources).astype("int64"))
        pd.testing.assert_frame_equal(written, expected)
        # the block's event list is the one of every report of its events
        corpus = dated.select(sorted(d for d, b in blocks.items() if b == k))
        pd.testing.assert_frame_equal(
            profile.events_by_document(corpus, sources=written)
            .query("doc_id in @corpus.held_documents().doc_id")
            .reset_index(drop=True),
            profile.events_by_document(corpus, sources=every_report)
            .query("doc_id in @corpus.held_documents().doc_id")
            .reset_index(drop=True),
        )


def test_documents_by_period_of_a_dated_corpus_reads_its_dates_without_inferring(monkeypatch):
    """A report's corpus carries its inferred dates (``start_report``): ``dated=True`` gives
    the table inferring them gives, without inferring again (which reads paragraphs)."""
    from analysis.annotators import periods

    corpus = load_corpus(SEEDS)
    expected = documents_by_period(corpus)
    dated = with_inferred_dates(corpus)
    assert (dated.held_documents()["date_source"] == "inferred").any()  # something inferred
    monkeypatch.setattr(periods, "with_inferred_dates", lambda c: pytest.fail("inferred again"))
    pd.testing.assert_frame_equal(documents_by_period(dated, dated=True), expected)
