"""Key terms, concordances, collocations, coverage and topics."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.analyses import term_blocks
from analysis.analyses.keyterms import (
    collocations,
    keyness,
    keyness_blocks,
    kwic,
)
from analysis.annotators.themes import (
    content_paragraphs,
)
from analysis.core.errors import ParameterError
from analysis.core.schema import CONTENT_KINDS
from analysis.ingest.corpus import Corpus
from tests.conftest import doc_id_of, toy_corpus

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


@pytest.mark.parametrize(("block", "top_n"), [(1, 5), (2, None), (3, 50), (100, 5)])
def test_keyness_blocks_are_the_keyness_table_in_parts(monkeypatch, samples: Corpus, block, top_n):
    monkeypatch.setattr(term_blocks, "DOC_BLOCK", block)
    parts = list(keyness_blocks(samples, by="doc_id", top_n=top_n))
    n_docs = samples.documents["doc_id"].nunique()
    assert len(parts) == -(-n_docs // block)  # one part per block of documents
    for part in parts:
        assert part["target"].nunique() <= block
    together = pd.concat(parts, ignore_index=True)
    pd.testing.assert_frame_equal(together, keyness(samples, by="doc_id", top_n=top_n))


def test_keyness_blocks_refuse_an_unknown_grouping(samples: Corpus):
    with pytest.raises(ParameterError, match="'by'"):
        next(keyness_blocks(samples, by="author"))


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


# --- collocations ---------------------------------------------------------------------------------


def test_collocations_rank_multiword_expressions(samples: Corpus):
    table = collocations(samples, min_count=3)
    top = table.head(40)["collocation"].tolist()
    assert "external relations" in top and "general secretary" in top
    assert (table["n"] >= 3).all()
    assert table["g2"].is_monotonic_decreasing
    assert "comprehensive strategic partnership" in table["collocation"].tolist()
    pd.testing.assert_frame_equal(collocations(samples, min_count=3), table)
