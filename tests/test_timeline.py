"""Tests for analysis.annotators.timeline: unit tests on tiny hand-made corpora, behaviour on the
samples."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.annotators import timeline
from analysis.annotators.timeline import (
    DATE_COLUMNS,
    EVENT_COLUMNS,
    EXPORT_TABLES,
    INFERRED_COLUMNS,
    claim_series,
    count_events,
    documents_by_period,
    event_sources,
    events_per_period,
    extract_claims,
    extract_dates,
    extract_events,
    infer_publication_dates,
    with_inferred_dates,
)
from analysis.core import schema
from analysis.ingest.corpus import Corpus

T = pd.Timestamp
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


# --- helpers ---------------------------------------------------------------


def tiny_corpus(docs: dict[str, tuple[str | None, list[tuple[str, str]]]]) -> Corpus:
    """A hand-made corpus: doc_id -> (published or None, [(kind, paragraph text), ...]).
    Each paragraph is one sentence."""
    documents, paragraphs, sentences = [], [], []
    for doc_id, (published, paras) in docs.items():
        documents.append(
            {
                "doc_id": doc_id,
                "published": T(published) if published else pd.NaT,
                "published_precision": "day" if published else "",
                "date_source": "header" if published else "",
                "date_evidence": published or "",
                "title": doc_id,
                "outlet": "",
            }
        )
        for para_id, (kind, text) in enumerate(paras):
            paragraphs.append(
                {"doc_id": doc_id, "para_id": para_id, "kind": kind, "text": text, "repeat_of": -1}
            )
            sentences.append(
                {
                    "doc_id": doc_id,
                    "para_id": para_id,
                    "sent_id": 0,
                    "text": text,
                    "start": 0,
                    "end": len(text),
                }
            )
    docs_frame = pd.DataFrame(documents).astype({"published": "datetime64[us]"})
    return Corpus(
        documents=docs_frame,
        paragraphs=pd.DataFrame(paragraphs),
        sentences=pd.DataFrame(sentences),
        rejected=pd.DataFrame(columns=list(schema.REJECTED_COLUMNS)),
    )


# --- unit: tiny corpora -----------------------------------------------------------

TINY = {
    "a": (
        "2024-01-10",
        [
            ("title", "Visits"),
            ("body", "Last year, Vietnam signed a treaty with Laos on 5 March 2023."),
            ("body", "President Vo Van Thuong visited Laos from April 3-5, 2023."),
            ("caption", "President Vo Van Thuong visited Cuba, May 2023."),
        ],
    ),
    "b": (
        None,
        [
            ("body", "President Vo Van Thuong paid an official visit to Laos on April 4, 2023."),
            ("body", "The talks in Hanoi on 12 June 2023 were fruitful."),
            ("caption", "Vietnam's leader in Cuba, August 2023."),
            ("boilerplate", "Review on external affairs from September 4-10: news"),
        ],
    ),
    "c": (None, [("body", "Nothing dated here.")]),
}


def test_extract_dates_reads_content_only_and_records_anchor():
    dates = extract_dates(tiny_corpus(TINY))
    assert list(dates.columns) == list(DATE_COLUMNS)
    assert "May 2023" not in set(dates["text"])  # caption
    last = dates.loc[dates["text"] == "Last year"].iloc[0]
    assert (last["date_start"], last["date_end"]) == (T("2023-01-01"), T("2023-12-31"))
    assert last["relative"] and last["anchor"] == "published"
    absolute = dates.loc[dates["text"] == "5 March 2023"].iloc[0]
    assert not absolute["relative"] and absolute["anchor"] == ""
    assert dates["date_start"].dtype == "datetime64[us]"


def test_infer_uses_captions_and_related_items_but_only_for_undated_documents():
    inferred = infer_publication_dates(tiny_corpus(TINY))
    assert list(inferred.columns) == list(INFERRED_COLUMNS)
    assert list(inferred["doc_id"]) == ["b", "c"]
    b = inferred.set_index("doc_id").loc["b"]
    # latest evidence: the related-article item "September 4-10", read in 2023
    assert b["published"] == T("2023-09-01")
    assert b["published_precision"] == "month" and b["date_source"] == "inferred"
    assert "September 4-10" in b["date_evidence"]
    c = inferred.set_index("doc_id").loc["c"]
    assert pd.isna(c["published"]) and c["date_evidence"] == "no dated reference found"


def test_with_inferred_dates_returns_a_new_corpus():
    tiny = tiny_corpus(TINY)
    before = tiny.documents.copy()
    filled = with_inferred_dates(tiny)
    pd.testing.assert_frame_equal(tiny.documents, before)  # not mutated
    docs = filled.documents.set_index("doc_id")
    assert docs.loc["a", "published"] == T("2024-01-10")
    assert docs.loc["a", "date_source"] == "header"
    assert docs.loc["b", "published"] == T("2023-09-01")
    assert docs.loc["b", "date_source"] == "inferred"
    assert pd.isna(docs.loc["c", "published"])


def test_events_merge_reports_of_the_same_visit_and_count_captions():
    events = extract_events(tiny_corpus(TINY))
    assert list(events.columns) == list(EVENT_COLUMNS)
    visits = events.loc[events["type"] == "visit"].set_index("countries")
    assert len(visits) == 2
    visit = visits.loc["Vietnam; Laos"]
    assert (visit["date_start"], visit["date_end"]) == (T("2023-04-04"), T("2023-04-04"))
    assert visit["n_sources"] == 2 and visit["sources"] == "a; b"
    cuba = visits.loc["Vietnam; Cuba"]  # told only in a photo caption: an event of its own
    assert (cuba["date_start"], cuba["date_end"]) == (T("2023-05-01"), T("2023-05-31"))
    sources = event_sources(tiny_corpus(TINY))
    assert sources.loc[sources["event_id"] == cuba["event_id"], "source"].tolist() == ["caption"]


def test_a_caption_repeating_the_body_is_a_source_of_the_same_event():
    tiny = tiny_corpus(
        {
            "a": (
                "2023-06-01",
                [
                    ("body", "President Vo Van Thuong visited Laos on April 4, 2023."),
                    ("caption", "President Vo Van Thuong in Vientiane, April 2023. (Photo: VNA)"),
                    ("caption", "The President visits Laos, April 2023."),
                ],
            )
        }
    )
    events = extract_events(tiny)
    assert events["type"].tolist() == ["visit"]  # never a second event
    assert events.iloc[0]["date_start"] == T("2023-04-04")
    assert events.iloc[0]["evidence"].startswith("President Vo Van Thuong visited")  # the body
    sources = event_sources(tiny)
    assert sorted(sources["source"]) == ["body", "caption"]


def test_events_with_different_people_do_not_merge():
    tiny = tiny_corpus(
        {
            "x": ("2023-05-01", [("body", "Xi Jinping visited Vietnam in April 2023.")]),
            "y": ("2023-05-01", [("body", "Joe Biden visited Vietnam in April 2023.")]),
        }
    )
    assert len(extract_events(tiny)) == 2


# --- tables ------------------------------------------------------------------------------


def test_export_tables_registry(corpus):
    assert {"dates", "events", "claims", "periods"} <= set(EXPORT_TABLES)
    periods = EXPORT_TABLES["periods"](corpus)
    assert len(periods) == 4
    for name in ("dates", "events", "claims"):
        table = EXPORT_TABLES[name](corpus)
        assert isinstance(table, pd.DataFrame) and not table.empty


def test_tables_are_deterministic(corpus):
    pd.testing.assert_frame_equal(extract_events(corpus), extract_events(corpus))
    pd.testing.assert_frame_equal(extract_claims(corpus), extract_claims(corpus))


# --- figures ------------------------------------------------------------------------------


def test_figures_are_titled_labelled_and_show_every_event(corpus, events, claims):
    from analysis.plots import timeline as plots

    timeline_fig = plots.plot_event_timeline(events)
    ax = timeline_fig.axes[0]
    assert ax.get_title() == "Dated events" and ax.get_xlabel() and ax.get_ylabel()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == len(events)
    assert "30 Oct - 1 Nov 2022 · visit · China (2 sources)" in labels
    assert any("Source:" in t.get_text() for t in timeline_fig.texts)

    docs_fig = plots.plot_document_dates(documents_by_period(corpus))
    assert len(docs_fig.axes[0].get_yticklabels()) == len(corpus.documents)

    series = claim_series(claims, "party_relations")
    claims_fig = plots.plot_claim_series(series, title="Party relations")
    notes = [t.get_text() for t in claims_fig.axes[0].texts]
    assert notes == ["206 (004)", "245 (001)", "247 (004)"]

    period_fig = plots.plot_events_per_period(events_per_period(events))
    assert period_fig.axes[0].get_xlabel() == "Party Congress term"
    empty = plots.plot_event_timeline(events.iloc[0:0])
    assert empty.axes[0].texts[0].get_text() == "Nothing to show for this selection"


def test_empty_and_undated_corpora_give_empty_tables():
    tiny = tiny_corpus({"u": (None, [("body", "Nothing dated here, only words.")])})
    assert extract_dates(tiny).empty
    assert extract_events(tiny).empty
    assert list(extract_events(tiny).columns) == list(EVENT_COLUMNS)
    assert extract_claims(tiny).empty
    assert count_events(extract_events(tiny)).empty
    assert events_per_period(extract_events(tiny))["n"].sum() == 0
    assert pd.isna(with_inferred_dates(tiny).documents.loc[0, "published"])


# --- per-document and cross-document stages ---------------------------------------


def _parts(corpus: Corpus) -> list[Corpus]:
    """The corpus split into single documents, in reverse doc_id order."""
    return [corpus.select([doc_id]) for doc_id in sorted(corpus.documents["doc_id"])[::-1]]


def test_shared_date_pass_gives_the_same_tables(corpus):
    dated = with_inferred_dates(corpus)
    sentences = timeline.sentence_dates(dated)
    assert len(sentences) == len(timeline._sentences_of(dated, schema.CONTENT_KINDS))
    pd.testing.assert_frame_equal(extract_dates(dated, sentences=sentences), extract_dates(corpus))
    pd.testing.assert_frame_equal(
        extract_events(dated, sentences=sentences), extract_events(corpus)
    )
    pd.testing.assert_frame_equal(
        extract_claims(dated, infer=False, sentences=sentences), extract_claims(corpus)
    )


def test_events_are_per_document_candidates_then_a_cross_document_merge(corpus, events):
    dated = with_inferred_dates(corpus)
    parts = [timeline.event_candidate_table(part, infer=False) for part in _parts(dated)]
    candidates = pd.concat(parts, ignore_index=True)
    assert set(candidates.columns) == set(timeline.CANDIDATE_COLUMNS)
    pd.testing.assert_frame_equal(timeline.merge_event_candidates(candidates), events)
    pd.testing.assert_frame_equal(
        timeline.link_event_candidates(candidates), timeline.event_sources(corpus)
    )


def test_claims_are_per_document_rows_then_a_cross_document_sort(corpus, claims):
    dated = with_inferred_dates(corpus)
    parts = [timeline.claim_table(part, infer=False) for part in _parts(dated)]
    pd.testing.assert_frame_equal(timeline.sort_claims(pd.concat(parts)), claims)


def test_inference_is_per_document(corpus):
    parts = [infer_publication_dates(part) for part in _parts(corpus)]
    whole = infer_publication_dates(corpus)
    together = pd.concat(parts).sort_values("doc_id", ignore_index=True)
    pd.testing.assert_frame_equal(together, whole.sort_values("doc_id", ignore_index=True))
