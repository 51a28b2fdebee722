"""Theme prevalence counted on integer codes, and heatmap examples for only the groups a
chart shows (issue 13): the tables must be exactly those of the code that grouped the
counted hits' strings (``tests/theme_tables_reference.py``), on the samples, a selection
of them, generated articles, and hits changed to reach the edge cases."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.annotators.themes import theme_examples, theme_hits, theme_prevalence
from analysis.ingest.corpus import Corpus, load_corpus
from analysis.plots.themes import shown_groups, top_groups
from benchmarks.generate import write_corpus
from tests import theme_tables_reference as reference
from tests.conftest import SEEDS

BY = ["doc_id", "outlet", "year"]


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Corpus, pd.DataFrame]]:
    """Per kind: (the corpus, the theme hits of the whole corpus it was taken from)."""
    folder = tmp_path_factory.mktemp("generated")
    write_corpus(folder, 40, seed=7)
    samples = load_corpus(SEEDS, cache=False)
    generated = load_corpus(folder, cache=False)
    sample_hits = theme_hits(samples)
    subset = samples.select(sorted(samples.held_documents()["doc_id"])[1:4])
    return {
        "samples": (samples, sample_hits),
        "subset": (subset, sample_hits),
        "generated": (generated, theme_hits(generated)),
    }


def _variants(hits: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The hits as found, and changed: without the coding columns, none coded, a hit in a
    paragraph that is not content, a theme the dictionary lacks, no hits at all."""
    first = hits.index[:3]
    return {
        "found": hits,
        "uncoded_columns": hits.drop(columns=["coded", "weight"]),
        "none_coded": hits.assign(coded=False),
        "outside_content": hits.assign(para_id=hits["para_id"].where(hits.index > 0, 10_000)),
        "unknown_theme": hits.assign(theme=hits["theme"].where(~hits.index.isin(first), "zz")),
        "empty": hits.iloc[:0],
    }


@pytest.mark.parametrize("kind", ["samples", "subset", "generated"])
@pytest.mark.parametrize("by", BY)
def test_prevalence_is_the_string_grouped_prevalence(corpora, kind: str, by: str):
    corpus, hits = corpora[kind]
    for name, variant in _variants(hits).items():
        got = theme_prevalence(corpus, variant, by=by)
        expected = reference.theme_prevalence(corpus, variant, by=by)
        assert len(expected) > 0, name
        pd.testing.assert_frame_equal(got, expected, obj=name)
    assert theme_prevalence(corpus, hits, by=by)["n_hits"].sum() > 0


def test_prevalence_of_a_theme_selection_is_the_string_grouped_prevalence(corpora):
    corpus, hits = corpora["samples"]
    found = theme_prevalence(corpus, hits)
    themes = [t for t in reference.resolve_themes(None) if t.id in set(found["theme"][::3])]
    pd.testing.assert_frame_equal(
        theme_prevalence(corpus, hits, themes=themes),
        reference.theme_prevalence(corpus, hits, themes=themes),
    )


@pytest.mark.parametrize("kind", ["samples", "subset", "generated"])
@pytest.mark.parametrize("by", BY)
def test_examples_of_the_shown_groups_are_those_rows_of_all_examples(corpora, kind, by):
    corpus, hits = corpora[kind]
    prevalence = theme_prevalence(corpus, hits, by=by)
    shown = shown_groups(prevalence, by=by, max_groups=2)
    assert 0 < len(shown) <= 2
    every = reference.theme_examples(corpus, hits, by=by)
    expected = every.loc[every[by].astype(str).isin(shown)].reset_index(drop=True)
    got = theme_examples(corpus, hits, by=by, groups=shown)
    assert len(expected) > 0
    pd.testing.assert_frame_equal(got, expected)
    pd.testing.assert_frame_equal(theme_examples(corpus, hits, by=by, groups=None), every)


def test_examples_of_no_shown_group_are_empty(corpora):
    corpus, hits = corpora["samples"]
    got = theme_examples(corpus, hits, groups=["no such document"])
    assert got.empty
    assert list(got.columns) == ["doc_id", "theme", "para_id", "sent_id", "text"]


def test_shown_groups_are_the_top_groups_drawn(corpora):
    corpus, hits = corpora["generated"]
    prevalence = theme_prevalence(corpus, hits)
    n_docs = prevalence["doc_id"].nunique()
    shown = shown_groups(prevalence, by="doc_id", max_groups=5)
    assert len(shown) == 5 < n_docs
    assert shown == [
        str(g) for g in top_groups(prevalence, by="doc_id", max_groups=5)["doc_id"].unique()
    ]
    totals = prevalence.groupby("doc_id")["share"].sum()
    assert totals[shown].min() >= totals.drop(shown).max()
    assert sorted(shown_groups(prevalence, by="doc_id", max_groups=n_docs)) == sorted(
        prevalence["doc_id"].unique()
    )
