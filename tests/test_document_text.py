"""Documents held without their text (``analysis/core/document_text.py``):
``corpus.documents`` is the table the loader always gave, its text made on first read."""

from __future__ import annotations

import pickle

import pandas as pd

from analysis import load_corpus
from analysis.core import schema
from analysis.core.document_text import DocumentsWithoutText, document_texts
from analysis.ingest.file_parsing import parse_document
from analysis.ingest.parallel import corpus_chunks
from tests.conftest import SEEDS


def _fresh():
    return load_corpus(SEEDS, cache=False)


def _held(corpus, name: str) -> bool:
    return not isinstance(corpus.__dict__[name], pd.DataFrame)


def test_the_text_is_what_parsing_each_file_gives() -> None:
    corpus = _fresh()
    assert _held(corpus, "documents") and "text" not in corpus.held_documents().columns
    parsed = {
        doc_id: parse_document(doc_id, path, corpus.file_path(path).read_bytes())[0]["text"]
        for doc_id, path in zip(corpus.documents["doc_id"], corpus.documents["path"], strict=True)
    }
    assert corpus.documents["text"].tolist() == [parsed[d] for d in corpus.documents["doc_id"]]
    assert list(corpus.documents.columns) == list(schema.DOCUMENT_COLUMNS)
    assert corpus.documents is corpus.documents  # made once, then kept


def test_length_hash_filters_and_chunks_do_not_make_the_text(samples) -> None:
    corpus = _fresh()
    assert len(corpus) == 5 and corpus.corpus_hash == samples.corpus_hash
    assert "5 documents" in repr(corpus)
    outlet = samples.documents["outlet"].iloc[0]
    picked = corpus.filter(outlets=[outlet], date_from="2000-01-01")
    chunks = list(corpus_chunks(corpus, size=2))
    assert _held(corpus, "documents") and _held(picked, "documents")
    assert all(_held(chunk, "documents") for chunk in chunks)
    expected = samples.filter(outlets=[outlet], date_from="2000-01-01").documents
    pd.testing.assert_frame_equal(picked.documents, expected)
    joined = pd.concat([chunk.documents for chunk in chunks], ignore_index=True)
    by_id = samples.documents.sort_values("doc_id", ignore_index=True)
    pd.testing.assert_frame_equal(joined.sort_values("doc_id", ignore_index=True), by_id)
    assert _held(pickle.loads(pickle.dumps(corpus)), "documents")


def test_a_document_without_content_paragraphs_has_empty_text(samples) -> None:
    paragraphs = samples.paragraphs
    first = samples.documents["doc_id"].iloc[0]
    only_titles = paragraphs[(paragraphs["doc_id"] != first) | (paragraphs["kind"] == "title")]
    texts = document_texts(samples.documents["doc_id"], only_titles)
    assert texts.iloc[0] == ""
    assert texts.iloc[1:].tolist() == samples.documents["text"].iloc[1:].tolist()
    held = DocumentsWithoutText.of(samples.documents)
    pd.testing.assert_frame_equal(held.with_text(paragraphs), samples.documents)
