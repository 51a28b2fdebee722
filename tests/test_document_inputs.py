"""The whole-corpus inputs of the document pages (``document_inputs``): the pages' theme
hits, whole or in batches read from the stored table, and the event sources from the
stored candidates or computed in chunks, each the same table as computed whole."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.analyses import profile
from analysis.annotators.timeline import event_candidate_table, event_sources
from analysis.site import document_inputs as di


def test_page_hits_give_the_themes_of_the_whole_hits_table(dated):
    """The pages' hits (the counted ones, the columns the page reads) give every document's
    themes exactly as the whole stored table does, and hold fewer rows and columns."""
    from analysis.annotators.annotate import corpus_theme_hits

    whole = corpus_theme_hits(dated)
    read = di.page_hits(dated)
    assert len(read) < len(whole)
    assert set(read.columns) < set(whole.columns)
    pd.testing.assert_frame_equal(
        profile.themes_by_document(dated, read), profile.themes_by_document(dated, whole)
    )


@pytest.mark.parametrize("rows", [1, 7, 1000, 0])
def test_page_hits_in_batches_are_the_page_hits(dated, rows):
    """Read a batch of stored rows at a time, the pieces are the page hits in order."""
    pieces = list(di.page_hit_batches(dated, rows))
    whole = di.page_hits(dated)
    if rows:
        assert len(pieces) >= -(-len(whole) // rows)
    together = pd.concat([di.text_again(p) for p in pieces], ignore_index=True)
    pd.testing.assert_frame_equal(together, whole)
    assert all(isinstance(p["term"].dtype, pd.CategoricalDtype) for p in pieces)


def test_page_hits_in_batches_need_the_cache(monkeypatch, dated):
    monkeypatch.setenv("VN_CORPUS_CACHE", "0")
    assert di.page_hit_batches(dated) is None


@pytest.mark.parametrize("size", [1, 2, 3])
def test_event_candidates_in_chunks_are_the_whole_corpus_table(dated, size):
    """Each document's event candidates from its own chunk: the same table."""
    pd.testing.assert_frame_equal(
        di.computed_event_candidates(dated, size), event_candidate_table(dated), check_exact=True
    )


def test_event_sources_from_the_stored_candidates_are_the_whole_corpus_table(
    monkeypatch, private_cache, dated
):
    """From the candidates the annotation stored (nothing computed again), and without the
    cache (computed in chunks), the same table as ``event_sources``."""
    expected = event_sources(dated)
    computed = []
    real = di.computed_event_candidates
    monkeypatch.setattr(di, "computed_event_candidates", lambda *a: computed.append(1) or real(*a))
    pd.testing.assert_frame_equal(di.chunked_event_sources(dated), expected, check_exact=True)
    assert not computed  # read from the store
    monkeypatch.setenv("VN_CORPUS_CACHE", "0")
    pd.testing.assert_frame_equal(di.chunked_event_sources(dated, 2), expected, check_exact=True)
    assert computed == [1]
