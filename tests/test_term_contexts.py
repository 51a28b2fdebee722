"""Where terms stand (``term_contexts``): keyword in context, its offsets and context words,
never in captions; collocations ranked by association."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.analyses.term_contexts import collocations, kwic
from analysis.annotators.themes import content_paragraphs
from analysis.core.errors import ParameterError
from analysis.core.schema import CONTENT_KINDS
from analysis.ingest.corpus import Corpus
from tests.conftest import toy_corpus

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
