"""The one disk store of whole-corpus results (``SharedCache``): a second call reads
instead of computing, a changed fingerprint or corpus misses, a broken file is recomputed
with a warning (the corpus snapshot stored in it: ``test_corpus_snapshot.py``). The decorator that uses the store for the
analysis functions is tested in ``test_cached.py``."""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd
import pytest

from analysis.annotators.shared_cache import SharedCache, content_key
from analysis.ingest import store
from analysis.ingest.corpus import Corpus

pytestmark = pytest.mark.usefixtures("private_cache")  # tests/conftest.py


def counting(frame: pd.DataFrame, calls: list[int]):
    def compute() -> pd.DataFrame:
        calls.append(1)
        return frame

    return compute


FRAME = pd.DataFrame({"doc_id": ["a", "b"], "n": [1, 2]}).astype({"doc_id": "str"})


def test_second_call_reads_the_stored_table(tmp_path: Path) -> None:
    store = SharedCache(tmp_path, fingerprint="f1")
    calls: list[int] = []
    first = store.get_or_compute("table", "k", counting(FRAME, calls))
    second = store.get_or_compute("table", "k", counting(FRAME, calls))
    assert calls == [1]
    pd.testing.assert_frame_equal(first, second)
    assert store.path("table", "k").exists()


def test_a_changed_fingerprint_or_key_computes_again(tmp_path: Path) -> None:
    calls: list[int] = []
    SharedCache(tmp_path, fingerprint="f1").get_or_compute("table", "k", counting(FRAME, calls))
    SharedCache(tmp_path, fingerprint="f2").get_or_compute("table", "k", counting(FRAME, calls))
    SharedCache(tmp_path, fingerprint="f2").get_or_compute("table", "k2", counting(FRAME, calls))
    assert len(calls) == 3


def test_fingerprint_follows_the_content_of_its_inputs(tmp_path: Path) -> None:
    data = tmp_path / "themes.yaml"
    data.write_text("a: 1\n")
    before = store.package_fingerprint([data])
    data.write_text("a: 2\n")
    assert store.package_fingerprint([data]) != before
    assert store.package_fingerprint() == store.package_fingerprint()


def test_a_corrupt_file_is_ignored_with_a_warning_and_rewritten(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = SharedCache(tmp_path, fingerprint="f1")
    calls: list[int] = []
    store.get_or_compute("table", "k", counting(FRAME, calls))
    store.path("table", "k").write_bytes(b"not parquet at all")
    with caplog.at_level(logging.WARNING, logger="analysis.ingest.store"):
        again = store.get_or_compute("table", "k", counting(FRAME, calls))
    assert calls == [1, 1]
    assert "cannot be read" in caplog.text
    pd.testing.assert_frame_equal(again, FRAME)
    pd.testing.assert_frame_equal(store.read("table", "k"), FRAME)  # repaired


def test_an_unwritable_folder_is_a_warning_not_an_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    store = SharedCache(blocker, fingerprint="f1")  # its folder cannot be created
    with caplog.at_level(logging.WARNING, logger="analysis.ingest.store"):
        out = store.get_or_compute("table", "k", lambda: FRAME)
    pd.testing.assert_frame_equal(out, FRAME)
    assert "cannot be written" in caplog.text


def test_content_key_changes_with_the_dates_and_the_selection(samples: Corpus) -> None:
    key = content_key(samples)
    assert key == content_key(samples)
    assert content_key(samples.select(samples.documents["doc_id"][:2])) != key
    docs = samples.documents.copy()
    docs.loc[0, "published"] = pd.Timestamp("1999-01-01")
    from dataclasses import replace

    assert content_key(replace(samples, documents=docs)) != key


def test_the_content_key_reads_the_tables_as_held() -> None:
    from analysis.ingest.corpus import load_corpus
    from tests.conftest import SEEDS

    held = load_corpus(SEEDS, cache=False)
    key = content_key(held)
    kinds = [type(held.__dict__[t]).__name__ for t in ("documents", "paragraphs", "sentences")]
    assert kinds == ["DocumentsWithoutText", "ParagraphsWithoutRaw", "SentenceSpans"]
    full = load_corpus(SEEDS, cache=False)
    full.documents, full.paragraphs, full.sentences  # noqa: B018 (makes the text)
    assert content_key(full) == key
