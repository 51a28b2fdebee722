"""Overview and per-document profile tables on the samples."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.analyses import term_blocks
from analysis.analyses.profile import (
    document_event_list,
    document_keyterms,
    document_metadata,
    document_outline,
    document_themes,
    keyness_by_document,
    keyness_by_document_blocks,
    pick_document,
)
from analysis.annotators.themes import theme_hits
from analysis.core.errors import ParameterError
from tests.conftest import doc_id_of


def test_pick_document(samples):
    assert pick_document(samples, "") == samples.documents["doc_id"].iloc[0]
    with pytest.raises(ParameterError, match="'doc_id' = 'nope'"):
        pick_document(samples, "nope")


def test_profile_of_the_communist_review_article(samples):
    doc = doc_id_of(samples, "000")
    meta = dict(document_metadata(samples, doc).itertuples(index=False))
    assert meta["published"] == "2023-02" and meta["date on the web page"] == "2024-02-06"
    assert meta["author"] == "Le Hoai Trung" and meta["date read from"] == "footer"
    outline = document_outline(samples, doc)
    assert outline["kind"].iloc[0] == "title" and len(outline) == 45
    themes = document_themes(samples, doc)
    assert themes.equals(document_themes(samples, doc, hits=theme_hits(samples)))
    assert themes["theme"].iloc[0] == "party_to_party"
    assert (themes["quote"].str.len() > 0).all()


def test_profile_events_and_key_terms(dated):
    doc = doc_id_of(dated, "003")
    events = document_event_list(dated, doc)
    china = events[events["when"].str.contains("October 30 to November 1, 2022")]
    assert len(china) == 1 and china["sources"].iloc[0] == 2
    assert china["from"].iloc[0] == pd.Timestamp("2022-10-30")
    assert not events.duplicated(subset=["when", "from", "to", "type"]).any()
    terms = document_keyterms(dated, doc)
    assert "comprehensive strategic partnership" in set(terms["term"])
    assert document_keyterms(dated.select([doc]), doc).empty  # nothing to compare with


def test_whole_corpus_tables_give_each_documents_profile(dated):
    """The ``_by_document`` tables (what the site's pages slice) hold, for every document,
    exactly the notebook's table, and the quotes and events are the ones the theme and
    timeline modules pick for one document."""
    from analysis.analyses.profile import (
        events_by_document,
        keyterms_by_document,
        metadata_by_document,
        one_document,
        outline_by_document,
        themes_by_document,
    )
    from analysis.annotators.themes import theme_evidence
    from analysis.annotators.timeline import document_events, event_sources

    hits, sources = theme_hits(dated), event_sources(dated)
    whole = {
        document_metadata: metadata_by_document(dated),
        document_outline: outline_by_document(dated),
        document_themes: themes_by_document(dated, hits),
        document_keyterms: keyterms_by_document(dated),
        document_event_list: events_by_document(dated, sources=sources),
    }
    for doc in dated.documents["doc_id"]:
        for function, table in whole.items():
            pd.testing.assert_frame_equal(one_document(table, doc), function(dated, doc))
        themes = document_themes(dated, doc)
        for theme, quote in zip(themes["theme"], themes["quote"], strict=True):
            best = theme_evidence(dated.select([doc]), hits, theme, doc_id=doc, n=1)
            assert quote == best["text"].iloc[0]
        events = document_events(dated, doc, sources=sources).drop_duplicates(
            subset=["date_start", "date_end", "type", "date_text"]
        )
        listed = document_event_list(dated, doc)
        assert listed["when"].tolist() == events["date_text"].tolist()
        assert listed["sources"].tolist() == events["n_sources"].tolist()
        assert listed["evidence"].tolist() == events["evidence"].tolist()


def test_keyness_by_document_in_blocks_is_the_whole_table(monkeypatch, samples):
    monkeypatch.setattr(term_blocks, "DOC_BLOCK", 2)
    parts = list(keyness_by_document_blocks(samples))
    assert len(parts) > 1
    whole = keyness_by_document(samples)
    pd.testing.assert_frame_equal(pd.concat(parts, ignore_index=True), whole)


def test_keyness_by_document_in_blocks_of_one_document_is_one_empty_table(samples):
    one = samples.select([samples.documents["doc_id"].iloc[0]])
    parts = list(keyness_by_document_blocks(one))
    assert len(parts) == 1 and parts[0].empty
    pd.testing.assert_frame_equal(parts[0], keyness_by_document(one))
