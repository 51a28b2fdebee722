"""The benchmark corpus generator (``benchmarks/generate.py``): deterministic, as varied
as a real folder (a per-sentence cache must not gain more on it than on real articles),
the samples' sizes, and every kind of content the reports need."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from analysis import annotate, load_corpus
from analysis.core.schema import CONTENT_KINDS
from benchmarks.generate import generate_article, load_pool, main, write_corpus
from tests.conftest import SEEDS

ARTICLES = 200


@pytest.fixture(scope="module")
def pool():
    return load_pool()


@pytest.fixture(scope="module")
def generated(tmp_path_factory, pool):
    """``ARTICLES`` generated articles, loaded."""
    folder = tmp_path_factory.mktemp("generated")
    write_corpus(folder, ARTICLES, seed=3, pool=pool)
    return load_corpus(folder, cache=False)


def _content_sentences(corpus):
    paras = corpus.paragraphs
    content = paras.loc[paras["kind"].isin(CONTENT_KINDS), ["doc_id", "para_id"]]
    return corpus.sentences.merge(content, on=["doc_id", "para_id"])["text"]


def test_the_same_index_and_seed_give_the_same_article(pool):
    assert generate_article(pool, 7, seed=1) == generate_article(pool, 7, seed=1)
    assert generate_article(pool, 7, seed=1) != generate_article(pool, 7, seed=2)
    assert generate_article(pool, 7, seed=1) != generate_article(pool, 8, seed=1)


def test_sentences_are_as_varied_as_a_real_folder(generated):
    sentences = generated.sentences["text"]
    assert sentences.nunique() / len(sentences) > 0.9
    content = _content_sentences(generated)
    assert content.nunique() / len(content) > 0.9


def test_articles_keep_the_samples_sizes(generated, pool):
    """6 to 18 paragraphs of 2 to 5 sentences each, sentences as long as the samples'."""
    per_article = len(generated.sentences) / ARTICLES
    assert 35 < per_article < 55  # 12 paragraphs of 3.5 sentences on average, and a header
    words = _content_sentences(generated).str.split().str.len()
    sample_words = statistics.median(len(s.split()) for s in pool.sentences)
    assert 0.8 * sample_words <= words.median() <= 1.2 * sample_words
    assert words.max() > 60  # the samples' long sentences are kept


def test_every_report_has_material(generated):
    """The kinds of content of the samples: every theme the samples touch, actors of every
    kind, dates, dated events and quantitative claims, in most articles."""
    found, samples = annotate(generated, jobs=1), annotate(load_corpus(SEEDS), jobs=1)
    assert set(samples.theme_hits["theme"]) <= set(found.theme_hits["theme"])
    assert {"country", "party", "person", "organisation"} <= set(found.mentions["kind"])
    for table in (found.theme_hits, found.mentions, found.dates):
        assert table["doc_id"].nunique() == ARTICLES
    assert found.events["doc_id"].nunique() > ARTICLES / 2
    assert found.claims["doc_id"].nunique() > ARTICLES / 4


def test_the_command_line_writes_n_articles(tmp_path: Path):
    main(["3", str(tmp_path / "out"), "--seed", "2"])
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["gen_02_000000.txt", "gen_02_000001.txt", "gen_02_000002.txt"]
