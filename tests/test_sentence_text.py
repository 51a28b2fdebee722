"""Sentences held as spans of their paragraph's text (``analysis/core/sentence_text.py``):
``corpus.sentences`` is the table the loader always gave, its text made on first read."""

from __future__ import annotations

import pickle
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from analysis import load_corpus
from analysis.core import schema
from analysis.core.sentence_text import SentenceSpans, paragraph_rows, sentence_texts, sliced_texts
from analysis.core.text import split_sentences_table
from analysis.ingest.parallel import corpus_chunks
from tests.conftest import SEEDS


def _fresh():
    return load_corpus(SEEDS, cache=False)


def _split_again(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """The sentences table as the loader built it before: split from the paragraphs."""
    kinds = paragraphs[paragraphs["kind"].isin(schema.SENTENCE_KINDS)]
    return split_sentences_table(kinds).reset_index(drop=True)


def test_the_loader_holds_spans_and_sentences_is_the_split_table() -> None:
    corpus = _fresh()
    assert isinstance(corpus.__dict__["sentences"], SentenceSpans)
    assert "text" not in corpus.held_sentences().columns
    assert "Corpus(5 documents" in repr(corpus)  # repr does not make the text
    assert isinstance(corpus.__dict__["sentences"], SentenceSpans)
    sentences = corpus.sentences
    pd.testing.assert_frame_equal(sentences, _split_again(corpus.paragraphs))
    assert list(sentences.columns) == list(schema.SENTENCE_COLUMNS)
    assert corpus.sentences is sentences  # made once, then kept
    assert not isinstance(corpus.__dict__["sentences"], SentenceSpans)


def test_text_is_the_paragraph_slice_in_any_row_order(samples) -> None:
    sentences = _split_again(samples.paragraphs)
    order = np.random.default_rng(5).permutation(len(sentences))
    shuffled = sentences.take(order).reset_index(drop=True)
    texts = sentence_texts(shuffled.drop(columns="text"), samples.paragraphs)
    pd.testing.assert_series_equal(texts, shuffled["text"])


def test_selections_and_chunks_keep_spans_and_give_the_same_rows(samples) -> None:
    corpus = _fresh()
    ids = sorted(samples.documents["doc_id"])[1:4]
    picked = corpus.select(ids)
    assert isinstance(picked.__dict__["sentences"], SentenceSpans)
    pd.testing.assert_frame_equal(picked.sentences, samples.select(ids).sentences)
    chunks = list(corpus_chunks(corpus, size=2))
    assert len(chunks) == 3
    assert all(isinstance(c.__dict__["sentences"], SentenceSpans) for c in chunks)
    joined = pd.concat([c.sentences for c in chunks], ignore_index=True)
    by_key = ["doc_id", "para_id", "sent_id"]
    expected = samples.sentences.sort_values(by_key, ignore_index=True)
    pd.testing.assert_frame_equal(joined.sort_values(by_key, ignore_index=True), expected)


def test_pickled_and_replaced_corpora_keep_their_sentences(samples) -> None:
    corpus = _fresh()
    again = pickle.loads(pickle.dumps(corpus))
    assert isinstance(again.__dict__["sentences"], SentenceSpans)
    pd.testing.assert_frame_equal(again.sentences, samples.sentences)
    # new paragraphs: the sentences keep the text of the paragraphs they were split from
    body_only = _fresh()
    paragraphs = body_only.paragraphs
    changed = replace(body_only, paragraphs=paragraphs[paragraphs["kind"] == "body"])
    pd.testing.assert_frame_equal(changed.sentences, samples.sentences)


def test_sliced_texts_are_sentence_texts_for_any_rows(samples) -> None:
    sentences = _split_again(samples.paragraphs)
    order = np.random.default_rng(7).permutation(len(sentences))[:40]
    spans = sentences.take(order).reset_index(drop=True)
    rows = paragraph_rows(spans, samples.paragraphs)
    texts = sliced_texts(
        samples.paragraphs[["text"]], rows, spans["start"].to_numpy(), spans["end"].to_numpy()
    )
    assert texts == spans["text"].tolist()
    with pytest.raises(ValueError, match="without their paragraph"):
        paragraph_rows(spans.assign(para_id=10_000), samples.paragraphs)
