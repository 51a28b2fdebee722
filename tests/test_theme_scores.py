"""The dictionary measured against a hand-coded sample (``analysis/annotators/theme_scores.py``):
precision, recall and F1 on a toy sample and on the samples' hand coding."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.annotators.themes import (
    content_paragraphs,
    load_hand_coded,
    load_themes,
    score_dictionary,
    theme_hits,
)
from analysis.ingest.corpus import Corpus
from tests.conftest import toy_corpus

HAND_CODED = Path(__file__).parent / "data" / "hand_coded_themes.csv"


def test_scores_on_a_toy_sample(toy_dictionary: Path):
    hits = theme_hits(toy_corpus(), toy_dictionary)
    coded = pd.DataFrame(
        [("a", 1, "alpha"), ("a", 3, "beta"), ("b", 0, "alpha"), ("b", 1, "none")],
        columns=["doc_id", "para_id", "theme"],
    )
    scores = score_dictionary(hits, coded).set_index("theme")
    assert scores.loc["alpha", ["tp", "fp", "fn"]].tolist() == [1, 0, 1]
    assert scores.loc["beta", ["tp", "fp", "fn"]].tolist() == [1, 2, 0]  # Laos in a/1 and b/0
    assert scores.loc["gamma", ["tp", "fp", "fn"]].tolist() == [0, 2, 0]
    assert scores.at["alpha", "recall"] == 0.5
    assert scores.at["beta", "precision"] == pytest.approx(1 / 3)
    assert scores.loc["all", ["tp", "fp", "fn"]].tolist() == [2, 4, 1]
    strict = score_dictionary(hits, coded, min_hits=2).set_index("theme")
    assert strict.loc["gamma", ["tp", "fp", "fn"]].tolist() == [0, 1, 0]  # b/0: two vaccines
    assert strict.loc["beta", ["tp", "fp", "fn"]].tolist() == [0, 0, 1]


def test_hand_coded_sample_covers_real_content_paragraphs(samples: Corpus):
    coded = load_hand_coded(HAND_CODED)
    paragraphs = coded[["doc_id", "para_id"]].drop_duplicates()
    assert len(paragraphs) >= 40
    assert set(paragraphs["doc_id"]) == set(samples.documents["doc_id"])
    content = content_paragraphs(samples)[["doc_id", "para_id"]]
    assert len(paragraphs.merge(content)) == len(paragraphs)
    assert set(coded["theme"]) <= {t.id for t in load_themes()} | {"none"}


def test_dictionary_agrees_with_the_hand_coding(sample_hits: pd.DataFrame):
    scores = score_dictionary(sample_hits, load_hand_coded(HAND_CODED)).set_index("theme")
    assert scores.at["all", "f1"] >= 0.6
    assert scores.at["all", "recall"] >= 0.8
    coded_themes = scores.drop(index="all")
    assert (coded_themes.loc[coded_themes["support"] > 0, "recall"] >= 0.5).all()
    strict = score_dictionary(sample_hits, load_hand_coded(HAND_CODED), min_hits=2)
    strict = strict.set_index("theme")
    assert strict.at["all", "precision"] > scores.at["all", "precision"]
    assert strict.at["all", "recall"] < scores.at["all", "recall"]
