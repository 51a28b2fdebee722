"""Dictionary coverage (``analysis/analyses/keyterm_coverage.py``): frequent terms the theme
dictionary does not match."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from analysis.analyses.keyterms import (
    coverage,
)
from analysis.annotators.themes import (
    default_themes_path,
)
from analysis.ingest.corpus import Corpus


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


def test_sentence_spans_sorted_and_found_by_sentence():
    from analysis.analyses.keyterm_coverage import SentenceSpans

    spans = SentenceSpans.of(
        np.array([1, 0, 1, 1, 0]),
        np.array([2, 5, 2, 0, 5]),
        np.array([0, 1, 0, 3, 1]),
        np.array([9, 4, 3, 0, 4]),
        np.array([12, 8, 5, 2, 6]),
    )
    assert spans.doc.tolist() == [0, 0, 1, 1, 1]
    assert list(zip(spans.starts.tolist(), spans.ends.tolist(), strict=True)) == [
        (4, 6),
        (4, 8),
        (0, 2),
        (3, 5),
        (9, 12),
    ]
    low, high = spans.ranges(
        np.array([0, 0, 1, 1, 2]), np.array([5, 5, 0, 2, 2]), np.array([0, 1, 3, 0, 0])
    )
    assert low.tolist() == [0, 0, 2, 3, 5]
    assert high.tolist() == [0, 2, 3, 5, 5]
    empty = SentenceSpans.of(*(np.zeros(0, np.int64) for _ in range(5)))
    low, high = empty.ranges(np.array([3]), np.array([1]), np.array([0]))
    assert low.tolist() == high.tolist() == [0]


@pytest.mark.parametrize("block_size", [1, 7, 100_000])
def test_segments_equal_the_cut_of_one_dict_of_every_match(samples: Corpus, block_size: int):
    from analysis.analyses.keyterm_coverage import _match_tables, _MatchSpans, _outside, _segments
    from analysis.annotators.themes import content_sentence_rows, sentence_text_at
    from tests.keyterms_reference import _spans_by_sentence

    sentences = content_sentence_rows(samples)
    docs, codes = np.unique(sentences["doc_id"].to_numpy(dtype=object), return_inverse=True)
    spans = _MatchSpans(_match_tables(samples, None, True, None, None), docs)
    by_sentence = _spans_by_sentence(samples, None, True, None, None)
    rows = np.argsort(codes, kind="stable")
    got = list(_segments(samples, sentences, codes, spans, rows, block_size))
    texts = sentence_text_at(samples, sentences["row"].to_numpy()[rows])
    keys = sentences[["doc_id", "para_id", "sent_id"]].to_numpy()[rows]
    expected = [
        text if (key := tuple(k)) not in by_sentence else _outside(text, by_sentence[key])
        for k, text in zip(keys.tolist(), texts, strict=True)
    ]
    assert any(isinstance(segment, list) for segment in got)
    assert got == expected


@pytest.mark.parametrize("skip_actors", [True, False])
def test_coverage_equals_the_reference_count(samples: Corpus, skip_actors: bool):
    from tests import keyterms_reference as reference

    got = coverage(samples, top_n=None, min_count=1, skip_actors=skip_actors)
    expected = reference.coverage(samples, top_n=None, min_count=1, skip_actors=skip_actors)
    pd.testing.assert_frame_equal(got, expected)


def test_document_codes_of_categorical_and_plain_columns():
    from analysis.analyses.keyterm_coverage import document_codes

    docs = pd.Index(["a", "c", "d"])
    plain = pd.Series(["d", "b", "a", "d"])
    categorical = pd.Series(pd.Categorical(["d", "b", None, "a"], categories=["b", "a", "d", "x"]))
    assert document_codes(plain, docs).tolist() == [2, -1, 0, 2]
    assert document_codes(categorical, docs).tolist() == [2, -1, -1, 0]
