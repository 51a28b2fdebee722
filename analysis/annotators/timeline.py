"""Chronological analysis: dated expressions, inferred publication dates, events, claims,
Party Congress terms.

Every public function takes a ``Corpus`` (or a table) and returns a new DataFrame; nothing
is mutated. Events and claims are read from content sentences only (paragraph kinds in
``schema.CONTENT_KINDS``); captions and related-article lists are used only as extra
evidence when inferring the publication date of undated documents.

The work is done in modules by responsibility; this module re-exports every name of them
(``from analysis.annotators.timeline import ...`` keeps working) and holds ``EXPORT_TABLES``:

- ``analysis.annotators.timeline_data``: reading the data files (``TimelineDataError``);
- ``analysis.annotators.inference``: inferred publication dates (per document);
- ``analysis.annotators.date_table``: one date pass per sentence (``sentence_dates``), the dates
  table, date labels (per document);
- ``analysis.annotators.periods``: Party Congress terms;
- ``analysis.annotators.events``: event candidates (per document) and their merge across documents;
- ``analysis.annotators.claim_patterns``: the claim indicators and their patterns;
- ``analysis.annotators.claims``: quantitative claims (per document) and their order.

Tables (row unit and columns):

dates (one row per date expression in a content sentence)
    doc_id, para_id, sent_id, start, end (offsets into ``sentences.text``), text,
    date_start, date_end, precision, relative (bool), anchor ("published" / "inferred" /
    "" — the date that resolved a relative expression), flags (";"-joined), kind, note
inferred_dates (one row per document without a publication date)
    doc_id, published, published_precision ("month"), date_source ("inferred"),
    date_evidence (the reasons, "; "-joined)
event_sources (one row per event x source clause)
    event_id, type, date_start, date_end, precision, date_text, actors, countries,
    doc_id, para_id, sent_id, evidence, flags
events (one row per merged event)
    event_id, type, date_start, date_end, precision, actors, countries ("; "-joined),
    n_sources (documents), sources (doc_ids "; "-joined), evidence (the first source's
    sentence), doc_id, para_id, sent_id (the first source), date_text, flags, period
claims (one row per number that an indicator pattern matched)
    doc_id, para_id, sent_id, indicator, value, unit, qualifier, refers_to,
    refers_precision, refers_source ("text" / "title" / "published" / "inferred"), text,
    evidence, start, end
periods (one row per Party Congress term)
    period, congress, party, start, end, label, note
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from analysis.annotators.claim_patterns import (
    _CLAIM_PLACEHOLDERS,
    _DIGIT,
    _DIGIT_RUN,
    _NUMBER_FIRST,
    _QUALIFIER_BEFORE,
    _QUALIFIERS,
    _SCALES,
    Indicator,
    _build_indicators,
    _claim_patterns,
    _expand,
    _matches_at,
    _number,
    _number_first_patterns,
    _qualifier,
    load_indicators,
)
from analysis.annotators.claims import (
    _PRESENT,
    CLAIM_COLUMNS,
    _claim_contexts,
    _claim_rows,
    _ClaimContext,
    _refers_to,
    _title_year,
    claim_indicators,
    claim_series,
    claim_table,
    claims_for_reading,
    extract_claims,
    format_amount,
    sort_claims,
)
from analysis.annotators.date_table import (
    DATE_COLUMNS,
    _anchors,
    _date_rows,
    _dates_frame,
    _join,
    _rows,
    _sentences_of,
    date_label,
    extract_dates,
    sentence_dates,
)
from analysis.annotators.event_candidates import (
    _AFTER,
    _CLAUSE_SEP,
    _EVENT_DATE_KINDS,
    _SPEAKER_AFTER,
    _SPEAKER_BEFORE,
    _actors,
    _clause,
    _congress_candidate,
    _event_date,
    _event_types_for,
    _find_mentions,
    _gazetteer,
    _Mention,
    _region,
    _sentence_mentions,
    _triggers,
)
from analysis.annotators.event_linking import (
    _group_candidates,
    _merge_reports,
    _Report,
    _reports,
    _same_event,
    _split,
)
from analysis.annotators.event_schema import (
    _build_event_types,
)
from analysis.annotators.events import (
    AFTER_WINDOW_DAYS,
    CANDIDATE_COLUMNS,
    EVENT_COLUMNS,
    EVENT_SOURCE_COLUMNS,
    GRANULARITIES,
    HOME_COUNTRY,
    MAX_TRIGGER_DISTANCE,
    PRECISION_RANK,
    EventCandidate,
    EventType,
    count_events,
    document_events,
    event_candidate_table,
    event_candidates,
    event_sources,
    events_for_reading,
    events_from_sources,
    events_per_period,
    extract_events,
    filter_events,
    link_event_candidates,
    load_event_types,
    merge_event_candidates,
)
from analysis.annotators.inference import (
    _ORDINAL_UNIT,
    INFERRED_COLUMNS,
    _Bound,
    _build_inference_config,
    _collect_evidence,
    _Evidence,
    _infer_one,
    _inference_config,
    _is_future,
    _is_orientation,
    _month_start,
    _ordinal_bounds,
    _ordinal_window,
    _yearless_bounds,
    infer_publication_dates,
    with_inferred_dates,
)
from analysis.annotators.periods import (
    PERIOD_COLUMNS,
    assign_period,
    documents_by_period,
    load_periods,
)
from analysis.annotators.timeline_data import (
    TimelineDataError,
    _data_text,
    _read_yaml,
)
from analysis.ingest.corpus import Corpus

#: Every name of the modules above stays importable from ``analysis.annotators.timeline``.
__all__ = [
    "AFTER_WINDOW_DAYS",
    "CANDIDATE_COLUMNS",
    "CLAIM_COLUMNS",
    "DATE_COLUMNS",
    "EVENT_COLUMNS",
    "EVENT_SOURCE_COLUMNS",
    "EXPORT_TABLES",
    "GRANULARITIES",
    "HOME_COUNTRY",
    "INFERRED_COLUMNS",
    "MAX_TRIGGER_DISTANCE",
    "PERIOD_COLUMNS",
    "PRECISION_RANK",
    "_AFTER",
    "_CLAIM_PLACEHOLDERS",
    "_CLAUSE_SEP",
    "_DIGIT",
    "_DIGIT_RUN",
    "_EVENT_DATE_KINDS",
    "_NUMBER_FIRST",
    "_ORDINAL_UNIT",
    "_PRESENT",
    "_QUALIFIERS",
    "_QUALIFIER_BEFORE",
    "_SCALES",
    "_SPEAKER_AFTER",
    "_SPEAKER_BEFORE",
    "EventCandidate",
    "EventType",
    "Indicator",
    "TimelineDataError",
    "_Bound",
    "_ClaimContext",
    "_Evidence",
    "_Mention",
    "_Report",
    "_actors",
    "_anchors",
    "_build_event_types",
    "_build_indicators",
    "_build_inference_config",
    "_claim_contexts",
    "_claim_patterns",
    "_claim_rows",
    "_clause",
    "_collect_evidence",
    "_congress_candidate",
    "_data_text",
    "_date_rows",
    "_dates_frame",
    "_event_date",
    "_event_types_for",
    "_expand",
    "_find_mentions",
    "_gazetteer",
    "_group_candidates",
    "_infer_one",
    "_inference_config",
    "_is_future",
    "_is_orientation",
    "_join",
    "_matches_at",
    "_merge_reports",
    "_month_start",
    "_number",
    "_number_first_patterns",
    "_ordinal_bounds",
    "_ordinal_window",
    "_qualifier",
    "_read_yaml",
    "_refers_to",
    "_region",
    "_reports",
    "_rows",
    "_same_event",
    "_sentence_mentions",
    "_sentences_of",
    "_split",
    "_title_year",
    "_triggers",
    "_yearless_bounds",
    "assign_period",
    "claim_indicators",
    "claim_series",
    "claim_table",
    "claims_for_reading",
    "count_events",
    "date_label",
    "document_events",
    "documents_by_period",
    "event_candidate_table",
    "event_candidates",
    "event_sources",
    "events_for_reading",
    "events_from_sources",
    "events_per_period",
    "extract_claims",
    "extract_dates",
    "extract_events",
    "filter_events",
    "format_amount",
    "infer_publication_dates",
    "link_event_candidates",
    "load_event_types",
    "load_indicators",
    "load_periods",
    "merge_event_candidates",
    "sentence_dates",
    "sort_claims",
    "with_inferred_dates",
]

EXPORT_TABLES: dict[str, Callable[[Corpus], pd.DataFrame]] = {
    "dates": extract_dates,
    "events": extract_events,
    "event_sources": event_sources,
    "claims": extract_claims,
    "periods": lambda corpus: load_periods(),
    "inferred_dates": infer_publication_dates,
    "documents_by_period": documents_by_period,
}
