"""Paragraphs held without ``raw`` (``analysis/core/paragraph_raw.py``): ``corpus.paragraphs``
is the table the loader always gave; joining ``raw`` still rebuilds every file."""

from __future__ import annotations

import pandas as pd

from analysis import load_corpus
from analysis.core.paragraph_raw import PIECES, ParagraphsWithoutRaw
from analysis.ingest.decode import decode_bytes
from tests.conftest import SEEDS


def test_raw_made_back_rebuilds_every_sample_file() -> None:
    corpus = load_corpus(SEEDS, cache=False)
    assert isinstance(corpus.__dict__["paragraphs"], ParagraphsWithoutRaw)
    assert "raw" not in corpus.held_paragraphs().columns
    paragraphs = corpus.paragraphs
    assert "raw" in paragraphs.columns and not set(PIECES) & set(paragraphs.columns)
    for doc_id, path in zip(corpus.documents["doc_id"], corpus.documents["path"], strict=True):
        rows = paragraphs[paragraphs["doc_id"] == doc_id].sort_values("para_id")
        text = decode_bytes(corpus.file_path(path).read_bytes()).text
        assert "".join(rows["raw"]) == text


def test_a_raw_that_does_not_hold_its_text_is_kept_whole(samples) -> None:
    paragraphs = samples.paragraphs.copy()
    paragraphs.loc[0, "raw"] = "  Cleaned away \u00a0 \n\n"  # text not part of raw
    paragraphs.loc[1, "text"] = ""  # empty text: raw is all "before"
    held = ParagraphsWithoutRaw.of(paragraphs)
    assert held.frame.loc[0, "raw_whole"] == paragraphs.loc[0, "raw"]
    pd.testing.assert_frame_equal(held.with_text(held.frame), paragraphs)
    some = held.take(pd.Series([3, 0, 1]).to_numpy()).with_text(held.frame)
    pd.testing.assert_frame_equal(some, paragraphs.take([3, 0, 1]).reset_index(drop=True))
