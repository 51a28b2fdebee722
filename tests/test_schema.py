"""The core tables' schema (``analysis/core/schema.py``): the kinds nest as documented and the
samples' tables carry exactly the declared columns and kinds."""

from __future__ import annotations

from analysis.core import schema


def test_content_and_sentence_kinds_are_paragraph_kinds() -> None:
    assert set(schema.CONTENT_KINDS) <= set(schema.SENTENCE_KINDS) <= set(schema.PARAGRAPH_KINDS)
    assert len(set(schema.PARAGRAPH_KINDS)) == len(schema.PARAGRAPH_KINDS)
    assert "caption" in schema.SENTENCE_KINDS and "caption" not in schema.CONTENT_KINDS


def test_the_samples_tables_have_the_declared_columns_and_kinds(samples) -> None:
    assert tuple(samples.documents.columns) == schema.DOCUMENT_COLUMNS
    assert tuple(samples.paragraphs.columns) == schema.PARAGRAPH_COLUMNS
    assert tuple(samples.sentences.columns) == schema.SENTENCE_COLUMNS
    assert tuple(samples.rejected.columns) == schema.REJECTED_COLUMNS
    assert set(samples.paragraphs["kind"]) <= set(schema.PARAGRAPH_KINDS)
    kinds = samples.paragraphs.set_index(["doc_id", "para_id"])["kind"]
    split = {kinds[key] for key in samples.sentences.set_index(["doc_id", "para_id"]).index}
    assert split <= set(schema.SENTENCE_KINDS)
