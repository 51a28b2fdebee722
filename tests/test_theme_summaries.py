"""Tables that follow from the theme codes (``analysis/annotators/theme_summaries.py``):
prevalence, co-occurrence and evidence, on a toy corpus and the samples."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.annotators import theme_summaries
from analysis.annotators.theme_summaries import contenders, example_contenders, group_keys
from analysis.annotators.themes import (
    content_paragraphs,
    counted_hits,
    load_themes,
    theme_cooccurrence,
    theme_evidence,
    theme_examples,
    theme_hits,
    theme_prevalence,
)
from analysis.core.errors import ParameterError
from analysis.ingest.corpus import Corpus
from tests import theme_tables_reference as reference
from tests.conftest import doc_id_of, toy_corpus


def test_prevalence_is_a_complete_grid_with_consistent_shares(samples: Corpus, sample_hits):
    prevalence = theme_prevalence(samples, sample_hits)
    n_themes = len(load_themes())
    assert len(prevalence) == len(samples.documents) * n_themes
    content = content_paragraphs(samples).groupby("doc_id").size()
    assert (prevalence["n_paragraphs"] == prevalence["doc_id"].map(content)).all()
    assert prevalence["share"].between(0, 1).all()
    assert (prevalence["n_coded"] <= prevalence["n_hits"]).all()
    per_1000 = 1000 * prevalence["n_hits"] / prevalence["n_words"]
    pd.testing.assert_series_equal(prevalence["hits_per_1000_words"], per_1000, check_names=False)
    assert prevalence["n_hits"].sum() == len(counted_hits(sample_hits)) < len(sample_hits)


def test_prevalence_by_outlet_and_year(samples: Corpus, sample_hits: pd.DataFrame):
    by_year = theme_prevalence(samples, sample_hits, by="year")
    assert {"2019", "2021", "2023", "unknown"} == set(by_year["year"])
    by_outlet = theme_prevalence(samples, sample_hits, by="outlet")
    assert "Communist Review" in set(by_outlet["outlet"])
    for table in (by_year, by_outlet):
        assert table["n_hits"].sum() == len(counted_hits(sample_hits))
    with pytest.raises(ParameterError, match="'by'"):
        theme_prevalence(samples, sample_hits, by="author")


def test_toy_prevalence_counts_paragraphs(toy_dictionary: Path):
    corpus = toy_corpus()
    prevalence = theme_prevalence(corpus, themes=toy_dictionary).set_index(["doc_id", "theme"])
    assert prevalence.at[("a", "beta"), "n_paragraphs"] == 2  # lede and body; repeat skipped
    assert prevalence.at[("a", "beta"), "share"] == 1.0
    assert prevalence.at[("a", "gamma"), "n_coded"] == 1
    assert prevalence.at[("b", "alpha"), "n_hits"] == 0


def test_cooccurrence_on_toy_corpus(toy_dictionary: Path):
    hits = theme_hits(toy_corpus(), toy_dictionary)
    expected = pd.DataFrame(
        {
            "theme_a": ["beta", "alpha"],
            "theme_b": ["gamma", "beta"],
            "n_both": [2, 1],
            "n_a": [3, 1],
            "n_b": [2, 3],
            "jaccard": [2 / 3, 1 / 3],
        }
    )
    pd.testing.assert_frame_equal(theme_cooccurrence(hits), expected, check_dtype=False)


def test_evidence_quotes_sentences_with_source(samples: Corpus, sample_hits: pd.DataFrame):
    quotes = theme_evidence(samples, sample_hits, "pandemic", n=4)
    assert len(quotes) == 4
    assert quotes["rank"].tolist() == [1, 2, 3, 4]
    assert quotes["doc_id"].value_counts().max() <= 2
    assert quotes["text"].str.contains("pandemic|vaccine|covid|health", case=False).all()
    assert {"title", "outlet", "published"} <= set(quotes.columns)
    doc = doc_id_of(samples, "004")
    only = theme_evidence(samples, sample_hits, "pandemic", doc_id=doc, n=3)
    assert set(only["doc_id"]) == {doc} and len(only) == 3
    assert (only["n_terms"].diff().dropna() <= 0).all()
    with pytest.raises(ParameterError, match="nonsense"):
        theme_evidence(samples, sample_hits, "nonsense")


def _quoted(scored: pd.DataFrame, n: int, per_doc: int | None) -> pd.DataFrame:
    """What ``theme_evidence`` keeps of one row per sentence: the order by most terms,
    most hits, the shortest, then the keys; at most ``per_doc`` per document; ``n``."""
    ranked = scored.sort_values(
        ["n_terms", "n_hits", "length", "doc_id", "sent_id"],
        ascending=[False, False, True, True, True],
    )
    if per_doc is not None:
        ranked = ranked.loc[ranked.groupby("doc_id").cumcount() < per_doc]
    return ranked.head(n)


@pytest.mark.parametrize("seed", range(30))
def test_contenders_keep_every_sentence_that_can_be_quoted(seed: int):
    """The quotes chosen among ``contenders`` are those chosen among every sentence, for
    random tables with many ties of (n_terms, n_hits), with and without a per-document
    limit; and fewer rows are kept when the best levels already give ``n`` quotes."""
    rng = np.random.default_rng(seed)
    size = int(rng.integers(1, 60))
    scored = pd.DataFrame(
        {
            "doc_id": rng.choice(list("abcdefgh"), size),
            "sent_id": np.arange(size),
            "n_terms": rng.integers(1, 4, size),
            "n_hits": rng.integers(1, 4, size),
            "length": rng.integers(5, 9, size),
        }
    )
    for n in (1, 2, 3, 7):
        for per_doc in (None, 1, 2):
            kept = contenders(scored, n, per_doc)
            assert kept.index.is_monotonic_increasing and kept.index.isin(scored.index).all()
            pd.testing.assert_frame_equal(_quoted(kept, n, per_doc), _quoted(scored, n, per_doc))


def test_contenders_cut_at_the_level_that_completes_n():
    scored = pd.DataFrame(
        {"doc_id": list("aabcd"), "n_terms": [3, 3, 2, 2, 1], "n_hits": [1, 1, 5, 5, 9]}
    )
    # one document at the best level: the next level is needed for a second document
    assert contenders(scored, 2, 1)["doc_id"].tolist() == list("aabc")
    assert contenders(scored, 2, None)["doc_id"].tolist() == list("aa")
    assert contenders(scored, 9, 1).equals(scored)
    assert contenders(scored, 0, 1).equals(scored)


@pytest.mark.parametrize("block_size", [1, 3, 2_000])
@pytest.mark.parametrize("by", ["doc_id", "outlet", "year"])
def test_examples_scored_by_blocks_of_documents_are_the_whole_corpus_examples(
    samples: Corpus, sample_hits: pd.DataFrame, monkeypatch: pytest.MonkeyPatch, block_size, by
):
    expected = reference.theme_examples(samples, sample_hits, by=by)
    monkeypatch.setattr(theme_summaries, "EXAMPLE_BLOCK", block_size)
    got = theme_examples(samples, sample_hits, by=by)
    assert len(expected) > 0
    pd.testing.assert_frame_equal(got, expected)
    shown = sorted(expected[by].unique())[:2]
    some = theme_examples(samples, sample_hits, by=by, groups=shown)
    pd.testing.assert_frame_equal(
        some, expected.loc[expected[by].isin(shown)].reset_index(drop=True)
    )


def test_example_contenders_keep_only_the_best_level_of_each_group_and_theme(
    samples: Corpus, sample_hits: pd.DataFrame
):
    group_of = group_keys(samples.held_documents(), "outlet")
    wanted = counted_hits(sample_hits).index
    mask = sample_hits.index.isin(wanted)
    kept = example_contenders(samples, sample_hits, mask, group_of, block_size=2)
    every = example_contenders(samples, sample_hits, mask, group_of, block_size=10**6)
    key = ["doc_id", "para_id", "sent_id", "theme"]
    pd.testing.assert_frame_equal(
        kept.sort_values(key).reset_index(drop=True), every.sort_values(key).reset_index(drop=True)
    )
    best = kept.groupby(["group", "theme"], observed=True)[["n_terms", "n_hits"]].nunique()
    assert (best == 1).all().all()
    assert kept.groupby(["group", "theme"], observed=True).ngroups == len(
        counted_hits(sample_hits).merge(group_of, on="doc_id")[["group", "theme"]].drop_duplicates()
    )
