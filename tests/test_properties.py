"""Invariants of the whole load-and-annotate pipeline over random article-like text."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings

from analysis import load_corpus
from analysis.annotators.entities import extract_mentions
from analysis.annotators.themes import theme_hits
from analysis.annotators.timeline import (
    extract_claims,
    extract_dates,
    extract_events,
    with_inferred_dates,
)
from analysis.dates import PRECISIONS
from tests.strategies import articles

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _offsets_point_at(table: pd.DataFrame, sentences: pd.DataFrame, column: str) -> None:
    sentences = sentences.rename(columns={"text": "sentence_text", "start": "s0", "end": "s1"})
    joined = table.merge(sentences, on=["doc_id", "para_id", "sent_id"])
    assert len(joined) == len(table)
    for row in joined.itertuples():
        assert row.sentence_text[row.start : row.end] == getattr(row, column)


@FUZZ
@given(first=articles(), second=articles())
def test_load_and_annotate_never_raise_and_lose_nothing(first, second):
    with tempfile.TemporaryDirectory() as folder:
        for name, text in (("a", first), ("b", second)):
            Path(folder, f"{name}.txt").write_bytes(text.encode("utf-8"))
        corpus = load_corpus(folder)
    for doc_id, text in (("a", first), ("b", second)):
        if doc_id in set(corpus.rejected["path"].map(lambda p: Path(p).stem)):
            assert not text.strip() or any(ord(c) < 32 and c not in "\t\n\r" for c in text)
            continue
        paras = corpus.paragraphs[corpus.paragraphs["doc_id"] == doc_id]
        assert "".join(paras["raw"]) == text
    corpus = with_inferred_dates(corpus)
    published = corpus.documents["published"].dropna()
    assert published.between(pd.Timestamp("1900-01-01"), pd.Timestamp("2100-12-31")).all()
    assert set(
        corpus.documents.loc[corpus.documents["published"].notna(), "published_precision"]
    ) <= {"day", "month", "year"}

    hits = theme_hits(corpus)
    _offsets_point_at(hits, corpus.sentences, "match")
    mentions = extract_mentions(corpus)
    _offsets_point_at(mentions, corpus.sentences, "match")
    dates = extract_dates(corpus)
    _offsets_point_at(dates, corpus.sentences, "text")
    assert set(dates["precision"]) <= set(PRECISIONS)
    for column in ("date_start", "date_end"):
        known = dates[column].dropna()
        assert known.between(pd.Timestamp("1900-01-01"), pd.Timestamp("2100-12-31")).all()
    resolved = dates.dropna(subset=["date_start", "date_end"])
    assert (resolved["date_start"] <= resolved["date_end"]).all()
    unresolved = dates[dates["date_start"].isna()]
    assert (unresolved["flags"].str.len() > 0).all()  # never silently dropped: flagged
    events = extract_events(corpus)
    assert (events["evidence"].str.len() > 0).all()
    claims = extract_claims(corpus)
    assert (claims["evidence"].str.len() > 0).all()
