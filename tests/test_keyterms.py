"""Key terms, concordances, collocations, coverage and topics."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from analysis.analyses.keyterms import (
    collocations,
    coverage,
    keyness,
    kwic,
    log_likelihood,
    terms_of,
)
from analysis.analyses.topics import fit_topics, topic_paragraphs, topic_terms, topic_themes, topics
from analysis.annotators.themes import (
    content_paragraphs,
    default_themes_path,
    load_themes,
    theme_hits,
)
from analysis.core.errors import ParameterError
from analysis.core.schema import CONTENT_KINDS
from analysis.ingest.corpus import Corpus
from tests.conftest import doc_id_of, toy_corpus


@pytest.mark.parametrize(
    ("text", "max_n", "expected"),
    [
        (
            "The comprehensive strategic partnership",
            1,
            ["comprehensive", "strategic", "partnership"],
        ),
        (
            "Vietnam's bamboo diplomacy",
            2,
            ["vietnam", "bamboo", "diplomacy", "vietnam bamboo", "bamboo diplomacy"],
        ),
        ("Party of Vietnam", 3, ["party", "vietnam", "party of vietnam"]),
        ("the 13th Congress of 2021", 2, ["congress"]),
        (
            "People-to-people diplomacy",
            2,
            ["people-to-people", "diplomacy", "people-to-people diplomacy"],
        ),
    ],
)
def test_terms_of_keeps_stop_words_only_inside(text: str, max_n: int, expected: list[str]):
    assert terms_of(text, max_n=max_n) == expected


def test_log_likelihood_matches_the_two_by_two_formula():
    a, b, total_a, total_b = 20.0, 5.0, 1000.0, 2000.0
    n = total_a + total_b
    cells = [
        (a, (a + b) * total_a / n),
        (b, (a + b) * total_b / n),
        (total_a - a, (n - a - b) * total_a / n),
        (total_b - b, (n - a - b) * total_b / n),
    ]
    expected = 2 * sum(o * math.log(o / e) for o, e in cells)
    got = log_likelihood(np.array([a, 1.0]), np.array([b, 40.0]), total_a, total_b)
    assert got[0] == pytest.approx(expected)
    assert got[1] < 0  # under-used in the target: negative, as quanteda signs it
    assert log_likelihood(np.array([10.0]), np.array([10.0]), 100.0, 100.0)[0] == pytest.approx(0)
    q = 1 + (n / (a + b) + n / (n - a - b) - 1) * (n / total_a + n / total_b - 1) / (6 * n)
    williams = log_likelihood(np.array([a]), np.array([b]), total_a, total_b, correction="williams")
    assert williams[0] == pytest.approx(expected / q)
    assert 0 < williams[0] < expected
    with pytest.raises(ParameterError, match="correction"):
        log_likelihood(np.array([a]), np.array([b]), total_a, total_b, correction="yates")


# --- keyness ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_keyness(samples: Corpus) -> pd.DataFrame:
    return keyness(samples, by="doc_id")


def test_keyness_finds_what_distinguishes_each_document(samples: Corpus, sample_keyness):
    top = sample_keyness.groupby("target").head(25)
    doc003 = top.loc[top["target"] == doc_id_of(samples, "003"), "term"].tolist()
    assert "comprehensive strategic partnership" in doc003
    doc004 = top.loc[top["target"] == doc_id_of(samples, "004"), "term"].tolist()
    assert "pandemic prevention" in doc004
    assert (sample_keyness.groupby("target")["g2"].apply(lambda s: s.is_monotonic_decreasing)).all()
    assert {1, 2, 3} <= set(sample_keyness["n_words"])


def test_keyness_counts_add_up(samples: Corpus, sample_keyness: pd.DataFrame):
    totals = sample_keyness.assign(n=sample_keyness["n_target"] + sample_keyness["n_reference"])
    assert totals.groupby("term")["n"].nunique().max() == 1  # same corpus total per term
    assert (totals["n"] >= 2).all()
    assert sample_keyness["p_value"].between(0, 1).all()


def test_keyness_is_deterministic_and_filters_targets(samples: Corpus, sample_keyness):
    pd.testing.assert_frame_equal(keyness(samples, by="doc_id"), sample_keyness)
    one = keyness(samples, by="outlet", target="Communist Review", top_n=5)
    assert set(one["target"]) == {"Communist Review"} and len(one) == 5
    by_year = keyness(samples, by="year", top_n=3)
    assert set(by_year["target"]) == {"2019", "2021", "2023", "unknown"}
    with pytest.raises(ParameterError, match="Nowhere Times"):
        keyness(samples, by="outlet", target="Nowhere Times")
    with pytest.raises(ParameterError, match="'by'"):
        keyness(samples, by="author")


# --- kwic ---------------------------------------------------------------------------------


def test_kwic_offsets_point_at_the_match(samples: Corpus):
    lines = kwic(samples, "bamboo", window=8)
    keys = ["doc_id", "para_id", "sent_id"]
    joined = lines.merge(samples.sentences[[*keys, "text"]], on=keys)
    assert len(joined) == len(lines) > 0
    for text, start, end, match in joined[["text", "start", "end", "match"]].itertuples(
        index=False
    ):
        assert text[start:end] == match
        assert match.lower() == "bamboo"
    content_text = " ".join(content_paragraphs(samples)["text"]).lower()
    assert len(lines) == content_text.count("bamboo")
    assert (lines["left"].str.split().str.len() <= 8).all()
    assert (lines["right"].str.split().str.len() <= 8).all()


def test_kwic_context_and_wildcards_on_a_toy_corpus():
    lines = kwic(toy_corpus(), "vaccine*", window=2)
    assert lines[["left", "match", "right"]].values.tolist() == [
        ["", "Vaccines", "reached Laos,"],
        ["US sent", "vaccine", "doses."],
    ]
    assert kwic(toy_corpus(), "bamboo", window=0)["left"].tolist() == [""]  # lede only
    assert len(kwic(toy_corpus(), r"ch\w+a", regex=True)) == 2
    with pytest.raises(ParameterError, match="pattern"):
        kwic(toy_corpus(), "(unclosed", regex=True)


def test_kwic_never_reads_captions(samples: Corpus):
    lines = kwic(samples, "Xi Jinping")
    kinds = lines.merge(samples.paragraphs, on=["doc_id", "para_id"])["kind"]
    assert set(kinds) <= set(CONTENT_KINDS)
    caption = samples.paragraphs.loc[samples.paragraphs["kind"] == "caption", "text"]
    assert caption.str.contains("Xi Jinping").any()


# --- collocations and coverage ---------------------------------------------------------------


def test_collocations_rank_multiword_expressions(samples: Corpus):
    table = collocations(samples, min_count=3)
    top = table.head(40)["collocation"].tolist()
    assert "external relations" in top and "general secretary" in top
    assert (table["n"] >= 3).all()
    assert table["g2"].is_monotonic_decreasing
    assert "comprehensive strategic partnership" in table["collocation"].tolist()
    pd.testing.assert_frame_equal(collocations(samples, min_count=3), table)


def test_coverage_lists_unmatched_terms_and_shrinks_when_the_dictionary_grows(
    samples: Corpus, tmp_path: Path
):
    before = coverage(samples, top_n=None, min_count=3)
    assert "political foundation" in before["term"].tolist()
    assert (
        not before["term"].isin(["bamboo diplomacy", "comprehensive strategic partnership"]).any()
    )
    data = yaml.safe_load(default_themes_path().read_text(encoding="utf-8"))
    data["themes"].append({"id": "foundation", "terms": ["political foundation"]})
    path = tmp_path / "more.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    after = coverage(samples, path, top_n=None, min_count=3)
    assert "political foundation" not in after["term"].tolist()
    assert len(after) < len(before)


# --- topics ---------------------------------------------------------------------------------


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
