"""The corpus overview tables (``analysis/analyses/overview.py``): dates at their precision, counts
by year and outlet, the summary, syndicated stories."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.analyses.overview import (
    corpus_summary,
    counts_by,
    documents_overview,
    format_published,
)
from analysis.ingest.corpus import load_corpus
from benchmarks.syndication import make_syndication_set, write_syndication_set


def test_dates_are_written_at_their_precision(dated):
    shown = dict(
        zip(dated.documents["doc_id"].str[:3], format_published(dated.documents), strict=True)
    )
    assert shown == {
        "000": "2023-02",
        "001": "2019-12-26",
        "002": "2023-07",
        "003": "2024-01",
        "004": "2021-12-13",
    }


def test_overview_tables(samples, dated):
    overview = documents_overview(samples)
    assert overview["published"].tolist()[-2:] == ["—", "—"]  # undated last before inference
    assert set(documents_overview(dated)["date source"]) == {"footer", "header", "inferred"}
    years = counts_by(dated, "year")
    assert years.to_dict("list") == {"year": ["2019", "2021", "2023", "2024"], "n": [1, 1, 2, 1]}
    outlets = counts_by(samples, "outlet")
    assert outlets["n"].sum() == 5 and "not named" in set(outlets["outlet"])
    with pytest.raises(ValueError, match="by = 'month' is invalid"):
        counts_by(samples, "month")
    summary = dict(corpus_summary(samples).itertuples(index=False))
    assert summary["documents"] == "5" and summary["corpus hash"] == samples.corpus_hash


def test_overview_lists_each_syndicated_story_with_its_first_outlet(tmp_path: Path) -> None:
    from analysis.analyses.overview import corpus_summary, syndicated_stories

    articles = make_syndication_set(30, seed=5)
    write_syndication_set(tmp_path, articles)
    corpus = load_corpus(tmp_path, cache=False)
    table = syndicated_stories(corpus)
    copies = pd.Series([a.story for a in articles]).value_counts()
    assert sorted(table["documents"], reverse=True) == sorted(copies[copies > 1], reverse=True)
    docs = corpus.documents.set_index("doc_id")
    for row in table.itertuples():
        first = row.doc_ids.split("; ")[0]
        assert docs.loc[first, "published"] == docs.loc[row.doc_ids.split("; "), "published"].min()
    summary = dict(corpus_summary(corpus).itertuples(index=False))
    assert summary["stories carried by more than one document"] == f"{len(table):,}"
