"""Topics fitted on a sample of many paragraphs (``analysis/analyses/topics.py``): the
TF-IDF rows made a block of paragraphs at a time, and every paragraph's weights from
their product with the topics, must be exactly the model of the one TF-IDF matrix of
every paragraph (``tests/topics_reference.py``): the same terms, topics and weights,
bit for bit, on the samples and on generated articles, at blocks of 1, 2, 3 and all
paragraphs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.analyses import topics as topics_module
from analysis.analyses.topics import fit_topics, topic_paragraphs, topic_terms, topic_themes
from analysis.annotators.themes import theme_hits
from analysis.ingest.corpus import Corpus, load_corpus
from benchmarks.generate import write_corpus
from tests import topics_reference as reference


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """30 generated articles (``benchmarks/generate.py``)."""
    folder: Path = tmp_path_factory.mktemp("generated")
    write_corpus(folder, 30, seed=11)
    return load_corpus(folder, cache=False)


def _same_model(got: topics_module.TopicModel, expected: topics_module.TopicModel) -> None:
    assert got.terms.tolist() == expected.terms.tolist()
    assert np.array_equal(got.components, expected.components)
    assert np.array_equal(got.weights, expected.weights)
    # the model keeps the keys, and reads the text of the rows asked for from the corpus
    keys = expected.paragraphs[["doc_id", "para_id"]]
    pd.testing.assert_frame_equal(got.paragraphs, keys)
    every = np.arange(len(keys))
    assert got.text_of(every) == expected.paragraphs["text"].tolist()
    assert got.text_of(every[::-3]) == expected.text_of(every[::-3])


@pytest.mark.parametrize("block", [1, 2, 3, 10**9])
@pytest.mark.parametrize(("which", "k", "sample"), [("samples", 4, 40), ("generated", 6, 150)])
def test_a_fit_on_a_sample_in_blocks_is_the_whole_matrix_fit(
    samples: Corpus,
    generated: Corpus,
    monkeypatch: pytest.MonkeyPatch,
    block: int,
    which: str,
    k: int,
    sample: int,
):
    corpus = samples if which == "samples" else generated
    monkeypatch.setattr(topics_module, "PARAGRAPH_BLOCK", block)
    expected = reference.fit_topics(corpus, k=k, max_fit_paragraphs=sample)
    assert len(expected.paragraphs) > sample  # the sample path, not a fit on everything
    got = fit_topics(corpus, k=k, max_fit_paragraphs=sample)
    _same_model(got, expected)
    hits = theme_hits(corpus)
    for table in (topic_terms, topic_paragraphs):
        pd.testing.assert_frame_equal(table(got), table(expected), check_exact=True)
    pd.testing.assert_frame_equal(
        topic_themes(got, hits), topic_themes(expected, hits), check_exact=True
    )


def test_a_fit_on_every_paragraph_is_unchanged(samples: Corpus):
    _same_model(fit_topics(samples, k=5), reference.fit_topics(samples, k=5))


@pytest.mark.parametrize(
    ("min_df", "message"),
    [(129, "no terms remain"), (10**6, "max_df corresponds to < documents than min_df")],
)
def test_a_sample_with_every_term_pruned_is_refused_as_before(
    samples: Corpus, min_df: int, message: str
):
    assert len(reference.topic_input(samples)) == 129  # min_df = every paragraph
    with pytest.raises(ValueError, match=message):
        reference.fit_topics(samples, k=2, max_fit_paragraphs=20, min_df=min_df)
    with pytest.raises(ValueError, match=message):
        fit_topics(samples, k=2, max_fit_paragraphs=20, min_df=min_df)


def test_without_scikit_learns_private_step_the_weights_come_from_transform(
    generated: Corpus, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    """The weights of the sample path run scikit-learn's private coordinate-descent step;
    a scikit-learn without it (removed or changed signature) gives the same model through
    the public ``NMF.transform``, and says so in the log."""
    import builtins
    import logging

    expected = reference.fit_topics(generated, k=6, max_fit_paragraphs=150)
    real_import = builtins.__import__

    def no_private_step(name, *args, **kwargs):
        if name == "sklearn.decomposition._cdnmf_fast":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_private_step)
    with caplog.at_level(logging.INFO, logger="analysis.analyses.topics"):
        assert topics_module._cd_update() is None
        got = fit_topics(generated, k=6, max_fit_paragraphs=150)
    assert "weights by NMF.transform" in caplog.text
    _same_model(got, expected)
