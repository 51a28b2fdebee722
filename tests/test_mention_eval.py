"""Scoring actor mentions against hand-marked gold (``analysis/annotators/mention_eval.py``): the
actor zoo's precision and recall per kind, and gold marks that parse or name the bad row."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.annotators.entities import (
    KINDS,
    extract_mentions,
)
from analysis.annotators.mention_eval import (
    GoldFileError,
    gold_corpus,
    parse_marked,
    read_gold,
    score_mentions,
)

ZOO = Path(__file__).parent / "data" / "actors.csv"


def test_zoo_precision_and_recall_per_kind():
    sentences, gold = read_gold(ZOO, KINDS)
    assert len(sentences) >= 150 and sentences["text"].str.contains("[\u00c0-\u1ef9]").sum() >= 30
    scores = score_mentions(extract_mentions(gold_corpus(sentences)), gold, KINDS)
    scores = scores.set_index("kind")
    assert (scores.loc[list(KINDS), "n_gold"] >= 15).all()
    assert (scores.loc[list(KINDS), ["precision", "recall"]] >= 0.97).all().all(), scores


def test_gold_marks_parse_and_errors_name_the_row(tmp_path: Path):
    assert parse_marked("[Hà Nội](country:Vietnam:metonym)'s envoy") == (
        "Hà Nội's envoy",
        [(0, 6, "Hà Nội", "Vietnam", "country", "metonym")],
    )
    bad = tmp_path / "gold.csv"
    bad.write_text("article,text\nA,fine\nA,[Laos](nation:Laos)\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"gold.csv' row 3: mark 'Laos' has kind 'nation'"):
        read_gold(bad, KINDS)
