"""The events table (``analysis/annotators/events.py``) on the samples: the known events with their
dates and sources, filters, counts per period, one document's events, the reading table."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.annotators.timeline import (
    EVENT_COLUMNS,
    count_events,
    events_per_period,
    filter_events,
)
from analysis.core.errors import ParameterError
from tests.conftest import doc

T = pd.Timestamp


#: (type, date_start, date_end, a country, source prefix) a reader would list.
SAMPLE_EVENTS = [
    ("visit", "2023-12-12", "2023-12-13", "China", "003"),
    ("visit", "2022-10-30", "2022-11-01", "China", "003"),
    ("visit", "2023-09-10", "2023-09-11", "United States", "003"),
    ("upgrade", "2023-09-10", "2023-09-11", "United States", "003"),
    ("visit", "2023-05-21", "2023-05-23", "Russia", "003"),
    ("visit", "2023-06-22", "2023-06-24", "South Korea", "003"),
    ("upgrade", "2022-12-01", "2022-12-31", "South Korea", "003"),
    ("upgrade", "2023-09-01", "2023-12-31", "Japan", "003"),
    ("meeting", "2023-09-07", "2023-09-07", "Laos", "003"),
    ("meeting", "2023-12-05", "2023-12-05", "Cambodia", "003"),
    ("visit", "2023-07-01", "2023-07-31", "Holy See", "003"),
    ("congress", "2022-10-16", "2022-10-22", "China", "000"),
    ("congress", "2021-01-25", "2021-02-01", "Vietnam", "000"),
    ("congress", "2016-01-20", "2016-01-28", "Vietnam", "001"),
    ("meeting", "2022-07-28", "2022-07-28", "China", "000"),
    ("appointment", "2023-01-01", "2025-12-31", "Vietnam", "002"),
]


@pytest.mark.parametrize(("kind", "start", "end", "country", "source"), SAMPLE_EVENTS)
def test_sample_events_found_with_right_dates(events, corpus, kind, start, end, country, source):
    hits = events.loc[
        (events["type"] == kind)
        & (events["date_start"] == T(start))
        & (events["date_end"] == T(end))
        & events["countries"].str.contains(country, regex=False)
    ]
    assert len(hits) == 1, events[["type", "date_start", "countries"]]
    assert doc(corpus, source) in hits.iloc[0]["sources"]


def test_sample_anniversaries_take_the_year_of_the_text(events, corpus):
    found = events.loc[events["type"] == "anniversary"]
    assert sorted(found["date_text"]) == [
        "the 45th anniversary",
        "the 55th anniversary",
        "the 60th anniversary",
    ]
    assert (found["date_start"] == T("2022-01-01")).all()
    assert (found["doc_id"] == doc(corpus, "000")).all()
    by_text = found.set_index("date_text")["countries"]
    assert "Laos" in by_text["the 45th anniversary"]
    assert "Cambodia" in by_text["the 55th anniversary"]


def test_sample_events_table_shape(events):
    assert list(events.columns) == list(EVENT_COLUMNS)
    assert events["event_id"].is_unique
    assert (events["date_start"] <= events["date_end"]).all()
    assert events["date_start"].is_monotonic_increasing
    # photo captions are event sources: 002's "April 2023" caption of a visit to Laos that
    # the body does not tell is one event (never two)
    laos = events.loc[(events["date_start"] == T("2023-04-01")) & (events["type"] == "visit")]
    assert len(laos) == 1 and laos.iloc[0]["sources"].startswith("002_")
    assert laos.iloc[0]["countries"] == "Vietnam; Laos"


def test_sample_caption_of_a_visit_the_body_tells_joins_that_event(events):
    """000's caption of the November 2022 visit to China is a source of the body's visit."""
    visits = events.loc[(events["type"] == "visit") & events["countries"].str.contains("China")]
    november = visits.loc[visits["date_start"].dt.strftime("%Y-%m") == "2022-10"]
    assert len(november) == 1
    assert "000_" in november.iloc[0]["sources"]


def test_sample_events_per_period(events):
    table = events_per_period(events)
    assert set(table["period"]) == {"11th", "12th", "13th", "14th"}
    by_period = table.groupby("period")["n"].sum()
    assert by_period["12th"] == 1  # the 12th Congress itself
    assert by_period["13th"] == len(events) - 1
    assert by_period["14th"] == 0


def test_filter_and_count_events(events):
    visits = filter_events(events, event_types=["visit"], date_from="2023-01-01")
    assert set(visits["type"]) == {"visit"}
    assert (visits["date_end"] >= T("2023-01-01")).all()
    by_year = count_events(events, granularity="year")
    assert by_year["n"].sum() == len(events)
    assert set(by_year["bucket"]) >= {"2021", "2022", "2023"}
    by_quarter = count_events(events, granularity="quarter")
    assert "2023Q4" in set(by_quarter["bucket"])
    with pytest.raises(ParameterError, match="granularity"):
        count_events(events, granularity="week")
    with pytest.raises(ParameterError, match="event_types"):
        filter_events(events, event_types=["party"])


def test_document_events_lists_what_one_article_reports(corpus):
    from analysis.annotators.timeline import document_events

    table = document_events(corpus, doc(corpus, "000"))
    visit = table.loc[(table["type"] == "visit")]
    assert len(visit) == 1
    assert visit.iloc[0]["n_sources"] == 2  # also reported by 003
    assert "immediately after the 20th National Congress" in visit.iloc[0]["evidence"]
    assert table["date_start"].is_monotonic_increasing
    with pytest.raises(ParameterError, match="doc_id"):
        document_events(corpus, "nope")


def test_events_for_reading(events):
    from analysis.annotators.timeline import events_for_reading

    table = events_for_reading(events)
    assert list(table.columns) == [
        "when",
        "type",
        "countries",
        "actors",
        "n_sources",
        "sources",
        "evidence",
    ]
    assert len(table) == len(events)
    assert "30 Oct - 1 Nov 2022" in set(table["when"])
