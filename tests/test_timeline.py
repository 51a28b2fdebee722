"""Tests for analysis.annotators.timeline: unit tests on tiny hand-made corpora, behaviour on the samples."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.annotators import timeline
from analysis.annotators.timeline import (
    CLAIM_COLUMNS,
    DATE_COLUMNS,
    EVENT_COLUMNS,
    EXPORT_TABLES,
    INFERRED_COLUMNS,
    assign_period,
    claim_series,
    count_events,
    documents_by_period,
    event_candidates,
    event_sources,
    events_per_period,
    extract_claims,
    extract_dates,
    extract_events,
    filter_events,
    infer_publication_dates,
    load_event_types,
    load_periods,
    with_inferred_dates,
)
from analysis.core import schema
from analysis.core.errors import ParameterError
from analysis.dates import find_dates
from analysis.ingest.corpus import Corpus, load_corpus

T = pd.Timestamp
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


# --- fixtures -----------------------------------------------------------------


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    """The five sample articles, loaded once."""
    return load_corpus(SEEDS)


@pytest.fixture(scope="session")
def events(corpus: Corpus) -> pd.DataFrame:
    return extract_events(corpus)


@pytest.fixture(scope="session")
def claims(corpus: Corpus) -> pd.DataFrame:
    return extract_claims(corpus)


def doc(corpus: Corpus, prefix: str) -> str:
    ids = [d for d in corpus.documents["doc_id"] if d.startswith(prefix)]
    assert len(ids) == 1, ids
    return ids[0]


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


# --- unit: event candidates in one sentence ----------------------------------


def candidates(text: str, anchor: str | None = None) -> list[tuple[str, str, str, str]]:
    matches = find_dates(text, anchor=T(anchor) if anchor else None)
    return [
        (c.type, str(c.date_start.date()), str(c.date_end.date()), "; ".join(c.countries))
        for c in event_candidates(text, matches)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "US President Joe Biden paid a state visit to Vietnam from September 10-11, 2023.",
            [("visit", "2023-09-10", "2023-09-11", "United States; Vietnam")],
        ),
        (
            "In late 2023, Vietnam and Japan elevated bilateral relations to a Comprehensive "
            "strategic partnership.",
            [("upgrade", "2023-09-01", "2023-12-31", "Vietnam; Japan")],
        ),
        (
            "Prime Minister Pham Minh Chinh held phone talks with Japan's Prime Minister on "
            "March 3, 2022.",
            [("talks", "2022-03-03", "2022-03-03", "Vietnam; Japan")],
        ),
        (
            "Vietnam and Laos signed a cooperation agreement on 5 January 2023.",
            [("agreement", "2023-01-05", "2023-01-05", "Vietnam; Laos")],
        ),
        (
            "Vietnam was elected a member of the United Nations Human Rights Council for the "
            "term 2023-2025.",
            [("appointment", "2023-01-01", "2025-12-31", "Vietnam")],
        ),
        (
            "He said that from May 21-23 last year, Dmitry Medvedev visited Vietnam.",
            [("visit", "2023-05-21", "2023-05-23", "Russia; Vietnam")],
        ),
    ],
)
def test_event_candidates_forms(sentence, expected):
    assert candidates(sentence, anchor="2024-01-01") == expected


def test_two_events_in_one_sentence_get_their_own_dates_and_people():
    text = (
        "With regard to China, the visit to Vietnam from December 12-13, 2023 by President "
        "Xi Jinping, and the trip to China from October 30 to November 1, 2022 by General "
        "Secretary Nguyen Phu Trong were landmarks."
    )
    matches = find_dates(text)
    found = [(c.type, c.date_start, c.persons) for c in event_candidates(text, matches)]
    assert found == [
        ("visit", T("2023-12-12"), ("Xi Jinping",)),
        ("visit", T("2022-10-30"), ("Nguyen Phu Trong",)),
    ]


def test_after_a_congress_dates_the_visit_to_the_following_month():
    text = (
        "The official visit to China made by General Secretary Nguyen Phu Trong immediately "
        "after the 20th National Congress of the Communist Party of China."
    )
    found = {c.type: c for c in event_candidates(text, find_dates(text))}
    assert set(found) == {"visit", "congress"}
    assert found["visit"].date_start == T("2022-10-23")
    assert found["visit"].date_end == T("2022-11-21")
    assert "after_reference" in found["visit"].flags
    assert found["congress"].date_start == T("2022-10-16")


@pytest.mark.parametrize(
    "sentence",
    [
        # a trigger word but nobody and nowhere to place it
        "The visit, a particularly important political event in 2022, achieved results.",
        # "elevated" without a new framework is not an upgrade
        "The Party's external relations in 2022 continued to be strengthened and elevated.",
        # dates but no diplomatic action
        "In 2022, Vietnam's trade turnover exceeded 700 billion USD.",
        # no date at all
        "General Secretary Nguyen Phu Trong paid an official visit to China.",
        # a count, not a year
        "Vietnam received 2000 delegations from China.",
    ],
)
def test_event_candidates_negative(sentence):
    assert candidates(sentence, anchor="2024-01-01") == []


def test_event_types_are_data():
    ids = [t.id for t in load_event_types()]
    assert ids[:2] == ["upgrade", "agreement"]
    assert set(ids) == {
        "upgrade",
        "agreement",
        "congress",
        "anniversary",
        "visit",
        "talks",
        "meeting",
        "appointment",
    }


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


# --- periods ---------------------------------------------------------------------


def test_periods_table():
    periods = load_periods()
    assert list(periods["period"]) == ["11th", "12th", "13th", "14th"]
    assert [(s.year, e.year) for s, e in zip(periods["start"], periods["end"], strict=True)] == [
        (2011, 2016),
        (2016, 2021),
        (2021, 2025),
        (2026, 2031),
    ]


@pytest.mark.parametrize(
    ("date", "period"),
    [
        ("2011-06-01", "11th"),
        ("2016-01-19", "11th"),
        ("2016-01-20", "12th"),
        ("2021-01-24", "12th"),
        ("2021-01-25", "13th"),
        ("2023-07-01", "13th"),
        ("2026-03-01", "14th"),
        ("2005-01-01", ""),
        (None, ""),
    ],
)
def test_assign_period(date, period):
    table = pd.DataFrame({"when": pd.Series([T(date) if date else pd.NaT], dtype="datetime64[us]")})
    assert assign_period(table, date_column="when")["period"].tolist() == [period]
    assert "period" not in table.columns


# --- samples: dates and inference -------------------------------------------------


def test_sample_inferred_dates_fall_in_their_windows(corpus):
    inferred = infer_publication_dates(corpus).set_index("doc_id")
    assert set(inferred.index) == {doc(corpus, "002"), doc(corpus, "003")}
    d002 = inferred.loc[doc(corpus, "002")]
    d003 = inferred.loc[doc(corpus, "003")]
    assert T("2023-06-01") <= d002["published"] <= T("2023-08-31")
    assert T("2023-12-01") <= d003["published"] <= T("2024-02-29")
    assert "16th month" in d002["date_evidence"]
    assert "last year" in d003["date_evidence"]
    assert (inferred["published_precision"] == "month").all()
    assert (inferred["date_source"] == "inferred").all()


def test_sample_relative_dates_resolve_against_inferred_date(corpus):
    dates = extract_dates(corpus)
    in003 = dates.loc[dates["doc_id"] == doc(corpus, "003")].set_index("text")
    may = in003.loc["May 21-23 last year"]
    assert (may["date_start"], may["date_end"]) == (T("2023-05-21"), T("2023-05-23"))
    assert may["relative"] and may["anchor"] == "inferred"
    december = in003.loc["Last December"]
    assert december["date_start"] == T("2023-12-01")


def test_sample_dates_skip_counts_and_captions(corpus):
    dates = extract_dates(corpus)
    years = dates.loc[dates["precision"] == "year", "date_start"].dt.year
    assert years.between(1900, 2100).all()
    assert not dates["text"].isin(["1007", "700", "111", "245", "247"]).any()
    in000 = dates.loc[dates["doc_id"] == doc(corpus, "000")]
    assert "November, 2022" not in set(in000["text"])  # only in a caption
    anniversary = in000.loc[in000["text"] == "the 60th anniversary"].iloc[0]
    assert anniversary["date_start"] == T("2022-01-01") and anniversary["note"] == "founded 1962"
    congress = dates.loc[dates["text"] == "the 13th National Party Congress"].iloc[0]
    assert congress["date_start"].year == 2021 and congress["kind"] == "congress"


# --- samples: events ----------------------------------------------------------------

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


def test_sample_china_visit_merged_with_two_sources(events, corpus):
    visit = events.loc[(events["type"] == "visit") & (events["date_start"] == T("2022-10-30"))]
    assert len(visit) == 1
    row = visit.iloc[0]
    assert row["n_sources"] == 2
    assert row["sources"] == f"{doc(corpus, '000')}; {doc(corpus, '003')}"
    assert "Nguyen Phu Trong" in row["actors"]
    assert row["period"] == "13th"


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


# --- samples: claims -------------------------------------------------------------------


def test_sample_party_relations_series(claims, corpus):
    series = claim_series(claims, "party_relations")
    points = list(zip(series["year"], series["value"], series["doc_id"], strict=True))
    assert points == [
        (2012, 206.0, doc(corpus, "004")),
        (2019, 245.0, doc(corpus, "001")),
        (2021, 247.0, doc(corpus, "004")),
    ]
    countries = claim_series(claims, "party_relations_countries")
    assert list(zip(countries["year"], countries["value"], strict=True)) == [
        (2019, 111.0),
        (2021, 111.0),
    ]
    assert series["evidence"].str.contains("parties").all()


def test_sample_other_claims(claims, corpus):
    assert list(claims.columns) == list(CLAIM_COLUMNS)
    by_indicator = claims.set_index("indicator")
    trade = by_indicator.loc["trade_turnover"]
    assert trade["value"] == 700e9 and trade["refers_to"] == T("2022-01-01")
    assert trade["qualifier"] == "exceeded"
    doses = by_indicator.loc["vaccine_doses"]
    assert doses["value"] == 151e6 and doses["qualifier"] == "more than"
    assert doses["refers_source"] == "inferred"
    talks = by_indicator.loc["phone_online_talks"].set_index("doc_id").loc[doc(corpus, "000")]
    assert talks["refers_to"] == T("2022-01-01") and talks["refers_source"] == "title"
    activities = by_indicator.loc["high_level_activities"]
    assert activities["value"] == 170 and activities["doc_id"] == doc(corpus, "002")


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


@pytest.mark.parametrize(
    ("start", "end", "precision", "label"),
    [
        ("2023-12-12", "2023-12-13", "day", "12-13 Dec 2023"),
        ("2022-10-30", "2022-11-01", "day", "30 Oct - 1 Nov 2022"),
        ("2023-05-01", "2023-05-31", "month", "May 2023"),
        ("2023-09-01", "2023-12-31", "season", "Sep-Dec 2023"),
        ("2022-01-01", "2022-12-31", "year", "2022"),
        ("2021-01-01", "2025-12-31", "period", "2021-2025"),
    ],
)
def test_date_label(start, end, precision, label):
    from analysis.annotators.timeline import date_label

    assert date_label(T(start), T(end), precision) == label


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


def test_empty_and_undated_corpora_give_empty_tables():
    tiny = tiny_corpus({"u": (None, [("body", "Nothing dated here, only words.")])})
    assert extract_dates(tiny).empty
    assert extract_events(tiny).empty
    assert list(extract_events(tiny).columns) == list(EVENT_COLUMNS)
    assert extract_claims(tiny).empty
    assert count_events(extract_events(tiny)).empty
    assert events_per_period(extract_events(tiny))["n"].sum() == 0
    assert pd.isna(with_inferred_dates(tiny).documents.loc[0, "published"])


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("event_types.yaml", "types:\n  visit:\n    triggers: ['visit(']\n"),
        ("event_types.yaml", "types: [a, b]\n"),
        ("timeline_claims.yaml", "indicators:\n  x:\n    patterns: ['{N} things']\n"),
        ("timeline_inference.yaml", "reference_events: [\n"),
    ],
)
def test_a_broken_data_file_is_named_in_the_error(monkeypatch, name, text):
    from analysis.annotators import timeline, timeline_data

    real = timeline_data._data_text
    monkeypatch.setattr(timeline_data, "_data_text", lambda n: text if n == name else real(n))
    loaders = [timeline.load_event_types, timeline.load_indicators, timeline._inference_config]
    for loader in loaders:
        loader.cache_clear()
    try:
        with pytest.raises(timeline.TimelineDataError, match=name.replace(".", r"\.")):
            {
                "event_types.yaml": timeline.load_event_types,
                "timeline_claims.yaml": timeline.load_indicators,
                "timeline_inference.yaml": timeline._inference_config,
            }[name]()
    finally:
        for loader in loaders:
            loader.cache_clear()


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


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "text"),
    [
        (700e9, "USD", "exceeded", "exceeded 700 billion USD"),
        (151e6, "doses", "more than", "more than 151 million doses"),
        (2.5e9, "USD", "", "2.5 billion USD"),
        (170, "activities", "about", "about 170 activities"),
        (1500, "people", "", "1,500 people"),
        (2.25, "percent", "", "2.25 percent"),
    ],
)
def test_format_amount(value, unit, qualifier, text):
    from analysis.annotators.timeline import format_amount

    assert format_amount(value, unit, qualifier) == text


def test_claims_for_reading(claims):
    from analysis.annotators.timeline import claims_for_reading

    table = claims_for_reading(claim_series(claims, "party_relations"))
    assert list(table["amount"]) == ["206 parties", "245 parties", "247 parties"]
    assert list(table["refers_to"]) == ["2012", "26 Dec 2019", "13 Dec 2021"]


_event_words = st.sampled_from(
    [
        "visit",
        "visited",
        "talks",
        "summit",
        "signed",
        "elevated relations to a strategic partnership",
        "after the 20th National Congress of the Communist Party of China",
        "the 60th anniversary",
        "Vietnam",
        "China",
        "Xi Jinping",
        "Trong said",
        "from May 21-23 last year",
        "on 13/12/2021",
        "in late 2023",
        "for the term 2023-2025",
        "2022",
        ",",
        ";",
        ", and the",
        ".",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.one_of(_event_words, st.text(max_size=8)), max_size=25),
    anchor=st.one_of(st.none(), st.dates(T("1990-01-01").date(), T("2090-12-31").date())),
)
def test_event_candidates_never_raise_and_keep_dates_ordered(words, anchor):
    text = " ".join(words)
    matches = find_dates(text, anchor=T(anchor) if anchor else None)
    for cand in event_candidates(text, matches):
        assert cand.date_start <= cand.date_end
        assert cand.type in {t.id for t in load_event_types()}
        assert cand.date_start.year >= 1900 and cand.date_end.year <= 2100


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
