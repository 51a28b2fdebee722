"""Topic models of the content paragraphs (``analysis/analyses/topics.py``): deterministic, related
to the dictionary's themes, with terms and representative paragraphs; a bad k is refused."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.analyses.topics import fit_topics, topic_paragraphs, topic_terms, topic_themes, topics
from analysis.annotators.themes import (
    content_paragraphs,
    load_themes,
    theme_hits,
)
from analysis.core.errors import ParameterError
from analysis.ingest.corpus import Corpus


@pytest.fixture(scope="module")
def sample_topics(samples: Corpus) -> pd.DataFrame:
    return topics(samples, k=5, seed=0)


def test_topics_are_deterministic(samples: Corpus, sample_topics: pd.DataFrame):
    pd.testing.assert_frame_equal(topics(samples, k=5, seed=0), sample_topics)
    assert len(sample_topics) == 5
    assert sample_topics["n_paragraphs"].sum() <= len(content_paragraphs(samples))
    assert sample_topics["weight_share"].sum() == pytest.approx(1)


def test_topics_relate_to_dictionary_themes(samples: Corpus, sample_topics: pd.DataFrame):
    themes = {t.id for t in load_themes()}
    assert set(sample_topics["closest_theme"]) - {""} <= themes
    assert "party_to_party" in set(sample_topics["closest_theme"])
    model = fit_topics(samples, k=5)
    overlap = topic_themes(model, theme_hits(samples))
    assert overlap["share"].between(0, 1).all()
    assert set(overlap["topic"]) <= set(range(5))


def test_topic_terms_and_representative_paragraphs(samples: Corpus):
    model = fit_topics(samples, k=4)
    terms = topic_terms(model, top_n=6)
    assert terms.groupby("topic").size().tolist() == [6, 6, 6, 6]
    paras = topic_paragraphs(model, n=2)
    kinds = paras.merge(samples.paragraphs, on=["doc_id", "para_id"])["kind"]
    assert set(kinds) <= {"lede", "body"}
    assert (paras.groupby("topic")["weight"].apply(lambda s: s.is_monotonic_decreasing)).all()


def test_topics_reject_bad_k(samples: Corpus):
    with pytest.raises(ParameterError, match="'k'"):
        fit_topics(samples, k=0)
    with pytest.raises(ParameterError, match="'k'"):
        fit_topics(samples, k=100_000)
