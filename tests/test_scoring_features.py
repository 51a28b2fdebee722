"""Tests of ``analysis.ingest.scoring_features``: a weight of ``header_scoring.yaml`` that
names no feature of its section is refused with the file, the section and the entry named,
and the scorers give no feature missing from the declared lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.ingest import date_scoring, title_scoring
from analysis.ingest import metadata as metadata_module
from analysis.ingest.layout import read_article
from analysis.ingest.layout import title as title_module
from analysis.ingest.metadata import ScoringError, _weights, load_scoring
from analysis.ingest.scoring_features import (
    DATE_FEATURES,
    TITLE_FEATURES,
    check_weight_names,
    unknown_weights,
)

SEEDS = sorted(Path(__file__).parents[1].joinpath("seeds").glob("*.txt"))
ZOO = Path(__file__).parent / "data" / "layouts"


def test_a_stray_weight_among_the_date_weights_is_refused() -> None:
    """Session 25: a title feature's weight (``menu_run``) sat among the date weights."""
    data = {"date": {"min_score": 1, "close_margin": 1, "weights": {"dateline": 3, "menu_run": -2}}}
    with pytest.raises(ScoringError, match=r"x\.yaml: date\.weights\.menu_run names no date "):
        _weights(data, "date", "x.yaml")
    with pytest.raises(ScoringError, match=r"the date features: before_headline, caption_line"):
        _weights(data, "date", "x.yaml")


def test_the_error_names_the_file_the_section_and_the_entry() -> None:
    with pytest.raises(ScoringError) as raised:
        check_weight_names(["good_length", "godo_length"], "title", "h.yaml", error=ScoringError)
    assert raised.value.file == "h.yaml"
    assert raised.value.entry == "title.weights.godo_length"
    assert "good_length" in str(raised.value)  # the known features are listed


def test_the_shipped_weights_name_known_features() -> None:
    scoring = load_scoring()
    assert unknown_weights(scoring.title_weights, "title") == []
    assert unknown_weights(scoring.date_weights, "date") == []
    assert unknown_weights(["menu_run"], "date") == ["menu_run"]


def test_every_title_check_is_a_declared_feature() -> None:
    assert {name for name, _ in title_scoring._TITLE_CHECKS} <= TITLE_FEATURES


def test_the_scorers_give_no_undeclared_feature(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every feature the title and date scorers give the lines of the samples and of a few
    zoo pages is declared (a new feature must be added to the lists)."""
    seen: dict[str, set[str]] = {"title": set(), "date": set()}

    def spy(section: str):
        def scored(features: list[str], weights: dict[str, float]) -> float:
            seen[section].update(features)
            return metadata_module.score(features, weights)

        return scored

    monkeypatch.setattr(title_module, "score", spy("title"))
    monkeypatch.setattr(date_scoring, "score", spy("date"))
    pages = SEEDS + sorted(ZOO.glob("*.txt"))[::40]
    for path in pages:
        read_article(path.read_text(encoding="utf-8"))
    assert seen["title"] and seen["date"]
    assert seen["title"] <= TITLE_FEATURES, seen["title"] - TITLE_FEATURES
    assert seen["date"] <= DATE_FEATURES, seen["date"] - DATE_FEATURES
