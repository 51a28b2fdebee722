"""``analysis.annotators.annotate``: one call gives exactly the tables of the individual annotators."""

from __future__ import annotations

import importlib
from pathlib import Path

import pandas as pd
import pytest

from analysis import Annotations, Corpus, annotate
from analysis.annotators.annotate import (
    ANNOTATION_TABLES,
    CANDIDATES_TABLE,
    corpus_annotations,
    corpus_event_candidates,
    store_annotations,
)
from analysis.annotators.cached import corpus_store
from analysis.annotators.entities import extract_mentions
from analysis.annotators.shared_cache import SharedCache
from analysis.annotators.themes import theme_hits
from analysis.annotators.timeline import (
    event_candidate_table,
    extract_claims,
    extract_dates,
    extract_events,
)
from analysis.ingest.table_parts import TableParts


@pytest.fixture(scope="module")
def annotations(samples: Corpus) -> Annotations:
    return annotate(samples)


@pytest.mark.parametrize(
    ("name", "function"),
    [
        ("theme_hits", theme_hits),
        ("mentions", extract_mentions),
        ("dates", extract_dates),
        ("events", extract_events),
        ("claims", extract_claims),
    ],
)
def test_each_table_equals_its_own_function(
    annotations: Annotations, samples: Corpus, name: str, function
) -> None:
    pd.testing.assert_frame_equal(getattr(annotations, name), function(samples))


def test_tables_are_named_in_order_and_not_empty(annotations: Annotations) -> None:
    names = [name for name, _ in annotations.tables()]
    assert names == ["theme_hits", "mentions", "dates", "events", "claims"]
    assert all(len(table) > 0 for _, table in annotations.tables())
    assert "theme_hits:" in repr(annotations)


def test_corpus_is_not_mutated(samples: Corpus) -> None:
    before = samples.documents.copy()
    annotate(samples)
    pd.testing.assert_frame_equal(samples.documents, before)


def test_annotations_are_frozen(annotations: Annotations) -> None:
    with pytest.raises(AttributeError):
        annotations.events = pd.DataFrame()  # type: ignore[misc]


def test_stored_tables_equal_annotate_over_several_chunks_and_workers(
    samples: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``store_annotations`` writes the tables ``annotate`` returns, exactly, whatever the
    chunks (here 3 chunks of 2 documents, 2 worker processes); a part that is not written
    leaves its table unstored and the others stored."""
    module = importlib.import_module("analysis.annotators.annotate")
    monkeypatch.setattr(module, "CHUNK_DOCUMENTS", 2)
    store = SharedCache(tmp_path, fingerprint="f")
    parts = TableParts.open(store, "k")
    store_annotations(parts, samples, jobs=2)
    for name, table in annotate(samples).tables():
        pd.testing.assert_frame_equal(store.read(name, "k"), table, check_exact=True)
    candidates = event_candidate_table(samples)  # kept for the document pages
    pd.testing.assert_frame_equal(store.read(CANDIDATES_TABLE, "k"), candidates, check_exact=True)
    assert not list(parts.folder.iterdir())  # every part joined and removed
    broken = TableParts.open(store, "k2")
    real = TableParts.write_part

    def lose_one(self: TableParts, name: str, index: int, frame: pd.DataFrame) -> bool:
        return False if (name, index) == ("mentions", 1) else real(self, name, index, frame)

    monkeypatch.setattr(TableParts, "write_part", lose_one)
    store_annotations(broken, samples, jobs=1)
    stored = {name for name in ANNOTATION_TABLES if store.path(name, "k2").exists()}
    assert stored == set(ANNOTATION_TABLES) - {"mentions"}


def test_annotate_cuts_chunks_of_250_documents(
    samples: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``annotate`` cuts the corpus into chunks of 250 documents
    (``annotate.CHUNK_DOCUMENTS``, half the load's 500: the last chunk's working set made the
    peak at 10,000 articles), not the load's ``parallel.CHUNK_DOCUMENTS``."""
    module = importlib.import_module("analysis.annotators.annotate")
    sizes: list[int] = []
    real = module.corpus_chunks

    def spy(corpus: Corpus, size: int) -> object:
        sizes.append(size)
        return real(corpus, size)

    monkeypatch.setattr(module, "corpus_chunks", spy)
    annotate(samples)
    assert sizes == [250]
    assert module.CHUNK_DOCUMENTS == 250


def test_stored_tables_of_an_empty_corpus_are_the_empty_tables(
    samples: Corpus, tmp_path: Path
) -> None:
    empty = samples.filter(doc_ids=["nothing"])
    store = SharedCache(tmp_path, fingerprint="f")
    store_annotations(TableParts.open(store, "k"), empty, jobs=2)
    for name, table in annotate(empty).tables():
        pd.testing.assert_frame_equal(store.read(name, "k"), table, check_exact=True)


def test_the_stored_event_candidates_are_the_candidate_table(
    samples: Corpus, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``corpus_event_candidates`` stores the annotations first and reads the candidates
    kept with them; without the cache, or with a store that lacks them, None."""
    expected = event_candidate_table(samples)
    pd.testing.assert_frame_equal(corpus_event_candidates(samples), expected, check_exact=True)
    store = corpus_store(samples)
    assert store is not None
    store.remove(
        CANDIDATES_TABLE, corpus_annotations.key(samples)
    )  # as stored by a version that did not keep them
    assert corpus_event_candidates(samples) is None
    monkeypatch.setenv("VN_CORPUS_CACHE", "0")
    assert corpus_event_candidates(samples) is None
