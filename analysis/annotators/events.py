"""Dated diplomatic events: candidates per sentence (per document), then reports of
the same event merged across documents.

The stages live in ``analysis.annotators.event_schema`` (the tables' columns, the event types),
``analysis.annotators.event_candidates`` (per sentence and per document) and
``analysis.annotators.event_linking`` (across documents); this module runs them and offers the
views of the events tables (per document, for reading, filtered, counted), and every
public name of the stages.

Tables:

event_sources (one row per event x source clause)
    event_id, type, date_start, date_end, precision, date_text, actors, countries,
    doc_id, para_id, sent_id, evidence, flags, source ("body", or "caption" for a photo
    caption: a caption joins the event its document tells in the body, if any)
events (one row per merged event)
    event_id, type, date_start, date_end, precision, actors, countries ("; "-joined),
    n_sources (documents), sources (doc_ids "; "-joined), evidence (the first source's
    sentence), doc_id, para_id, sent_id (the first source), date_text, flags, period

``evidence`` is the sentence, or for a sentence over ``text.EVIDENCE_CHARS`` (1,000)
characters a window of at most ``text.EVIDENCE_WINDOW_CHARS`` (400) around the event's
clause (or its date when the clause is longer), cut at spaces and marked with "…"
(``text.evidence_window``); the whole sentence is ``sentences.text`` at (doc_id,
para_id, sent_id).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analysis.annotators.date_table import date_label
from analysis.annotators.event_candidates import (
    AFTER_WINDOW_DAYS,
    CANDIDATE_COLUMNS,
    HOME_COUNTRY,
    MAX_TRIGGER_DISTANCE,
    EventCandidate,
    event_candidate_table,
    event_candidates,
)
from analysis.annotators.event_linking import (
    PRECISION_RANK,
    event_sources,
    events_from_sources,
    link_event_candidates,
    merge_event_candidates,
)
from analysis.annotators.event_schema import (
    CAPTION_KINDS,
    EVENT_COLUMNS,
    EVENT_SOURCE_COLUMNS,
    EventType,
    load_event_types,
)
from analysis.annotators.periods import assign_period, load_periods
from analysis.core.errors import ParameterError
from analysis.ingest.corpus import Corpus

#: The names this module has always offered (several now live in the modules above).
__all__ = [
    "AFTER_WINDOW_DAYS",
    "CANDIDATE_COLUMNS",
    "CAPTION_KINDS",
    "EVENT_COLUMNS",
    "EVENT_SOURCE_COLUMNS",
    "GRANULARITIES",
    "HOME_COUNTRY",
    "MAX_TRIGGER_DISTANCE",
    "PRECISION_RANK",
    "EventCandidate",
    "EventType",
    "count_events",
    "document_events",
    "drop_repeating_captions",
    "event_candidate_table",
    "event_candidates",
    "event_sources",
    "events_for_reading",
    "events_from_sources",
    "events_per_period",
    "extract_events",
    "filter_events",
    "link_event_candidates",
    "load_event_types",
    "merge_event_candidates",
]

GRANULARITIES = {"month": "M", "quarter": "Q", "year": "Y"}


def extract_events(
    corpus: Corpus, *, infer: bool = True, sentences: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Dated diplomatic events in the content sentences, merged across documents.

    Rows: one per event (``EVENT_COLUMNS``), sorted by date then type. A sentence clause
    with a date and a trigger word (``analysis/data/event_types.yaml``) is an event;
    reports of the same event (same type, overlapping dates, same people or foreign
    countries) are merged, keeping the most precise date and every source document.
    ``period`` is the Party Congress term of ``date_start``. The corpus is not mutated.

    Two stages: ``event_candidate_table`` (per document) then ``merge_event_candidates``
    (cross-document). ``infer`` and ``sentences`` as in ``event_candidate_table``.
    """
    return merge_event_candidates(event_candidate_table(corpus, infer=infer, sentences=sentences))


def drop_repeating_captions(sources: pd.DataFrame) -> pd.DataFrame:
    """``sources`` (rows of ``event_sources``) without the caption rows of events that the
    same document tells in its body: a caption repeating the body adds no line to a
    document's list of events (it stays a source of the event). Not mutated."""
    if "source" not in sources.columns:
        return sources
    body = sources["source"] != "caption"
    told = pd.MultiIndex.from_frame(sources.loc[body, ["doc_id", "event_id"]])
    keys = pd.MultiIndex.from_frame(sources[["doc_id", "event_id"]])
    return sources.loc[body | ~keys.isin(told)]


def document_events(
    corpus: Corpus, doc_id: str, *, sources: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The dated events one document reports (for the per-document profile).

    Rows: one per event x sentence of ``doc_id`` (a photo caption only for an event the
    body does not tell); columns date_start, date_end, type,
    countries, actors, date_text, n_sources (documents reporting the event), evidence.
    ``sources`` (the ``event_sources`` table) saves recomputing it for each document.
    Raises ``ParameterError`` for an unknown ``doc_id``.
    """
    known = corpus.held_documents()["doc_id"].tolist()
    if doc_id not in known:
        raise ParameterError("doc_id", doc_id, f"must be one of {known[:12]}")
    if sources is None:
        sources = event_sources(corpus)
    counts = sources.groupby("event_id")["doc_id"].nunique().rename("n_sources")
    mine = sources.loc[sources["doc_id"] == doc_id].merge(counts.reset_index(), on="event_id")
    mine = drop_repeating_captions(mine)
    columns = ["date_start", "date_end", "type", "countries", "actors", "date_text"]
    return mine.sort_values(["date_start", "type", "para_id", "sent_id"], ignore_index=True)[
        [*columns, "n_sources", "evidence"]
    ]


def events_for_reading(events: pd.DataFrame) -> pd.DataFrame:
    """The events table with the columns a reader needs: ``when`` (the dated span as
    written by people, e.g. "30 Oct - 1 Nov 2022"), type, countries, actors, n_sources,
    sources and evidence. Returns a new table in the same order."""
    when = [
        date_label(start, end, precision)
        for start, end, precision in events[["date_start", "date_end", "precision"]].itertuples(
            index=False
        )
    ]
    columns = ["type", "countries", "actors", "n_sources", "sources", "evidence"]
    return (
        events[columns]
        .assign(when=pd.Series(when, index=events.index, dtype="str"))[["when", *columns]]
        .reset_index(drop=True)
    )


def filter_events(
    events: pd.DataFrame,
    *,
    date_from: str | pd.Timestamp | None = None,
    date_to: str | pd.Timestamp | None = None,
    event_types: Sequence[str] = (),
) -> pd.DataFrame:
    """Events overlapping ``[date_from, date_to]`` and of one of ``event_types`` (empty:
    all). Returns a new table with the same columns."""
    if isinstance(event_types, str):
        event_types = [event_types] if event_types else []
    known = {t.id for t in load_event_types()}
    unknown = sorted(set(event_types) - known)
    if unknown:
        raise ParameterError("event_types", list(event_types), f"must be among {sorted(known)}")
    keep = pd.Series(True, index=events.index)
    if event_types:
        keep &= events["type"].isin(list(event_types))
    if date_from:
        keep &= events["date_end"] >= pd.Timestamp(date_from)
    if date_to:
        keep &= events["date_start"] <= pd.Timestamp(date_to)
    return events.loc[keep].reset_index(drop=True)


def count_events(events: pd.DataFrame, *, granularity: str = "year") -> pd.DataFrame:
    """Events per time bucket and type.

    Rows: one per bucket x type with at least one event; columns ``bucket`` (str, e.g.
    "2023", "2023Q4", "2023-12"), ``bucket_start`` (datetime), ``type``, ``n``.
    Events are placed by ``date_start``.
    """
    if granularity not in GRANULARITIES:
        raise ParameterError("granularity", granularity, f"must be one of {list(GRANULARITIES)}")
    if events.empty:
        return pd.DataFrame(
            {
                "bucket": pd.Series(dtype="str"),
                "bucket_start": pd.Series(dtype="datetime64[us]"),
                "type": pd.Series(dtype="str"),
                "n": pd.Series(dtype="int64"),
            }
        )
    buckets = events["date_start"].dt.to_period(GRANULARITIES[granularity])
    table = (
        events.assign(bucket=buckets.astype("str"), bucket_start=buckets.dt.start_time)
        .groupby(["bucket", "bucket_start", "type"], as_index=False)
        .size()
        .rename(columns={"size": "n"})
    )
    return table.sort_values(["bucket_start", "type"], ignore_index=True)


def events_per_period(events: pd.DataFrame, periods: pd.DataFrame | None = None) -> pd.DataFrame:
    """Events per Party Congress term and type, including zero counts.

    Rows: one per term x type; columns period, label, type, n.
    """
    periods = load_periods() if periods is None else periods
    types = [t.id for t in load_event_types()]
    grid = pd.MultiIndex.from_product([periods["period"].tolist(), types], names=["period", "type"])
    if "period" not in events.columns:
        events = assign_period(events, date_column="date_start")
    counts = events.groupby(["period", "type"]).size().reindex(grid, fill_value=0)
    out = counts.rename("n").reset_index().merge(periods[["period", "label"]], on="period")
    return out[["period", "label", "type", "n"]].astype({"n": "int64"})
