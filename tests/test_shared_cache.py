"""The one disk store of whole-corpus results (``SharedCache``) and the corpus snapshot:
a second call reads instead of computing, a changed fingerprint or corpus misses, a
broken file is recomputed with a warning. The decorator that uses the store for the
analysis functions is tested in ``test_cached.py``."""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd
import pytest

from analysis.annotators import shared_cache
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


def test_shared_corpus_reads_the_assembled_tables_until_a_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import shutil

    from tests.conftest import SEEDS

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    loads: list[Path] = []
    original = shared_cache.load_corpus

    def counting_load(folder: Path, **options: object) -> Corpus:
        loads.append(folder)
        return original(folder, **options)

    monkeypatch.setattr(shared_cache, "load_corpus", counting_load)
    first = shared_cache.shared_corpus(seeds)
    second = shared_cache.shared_corpus(seeds)
    assert len(loads) == 1
    for table in shared_cache.CORPUS_TABLES:
        pd.testing.assert_frame_equal(getattr(first, table), getattr(second, table))
    pd.testing.assert_frame_equal(second.documents, original(seeds, cache=False).documents)
    article = next(seeds.glob("*.txt"))
    stat = article.stat()
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    shared_cache.shared_corpus(seeds)
    assert len(loads) == 1  # touched, same content: the stored tables are still right
    data = article.read_bytes()
    article.write_bytes(data.replace(b"a", b"e", 1))  # same size, then the same mtime
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    shared_cache.shared_corpus(seeds)
    assert len(loads) == 2
    monkeypatch.setenv("VN_CORPUS_CACHE", "0")
    shared_cache.shared_corpus(seeds)
    assert len(loads) == 3


def test_the_corpus_is_stored_and_read_as_held_with_the_text_once(
    tmp_path: Path, private_cache: Path
) -> None:
    import pyarrow.parquet as pq

    from analysis.ingest.corpus import load_corpus
    from tests.conftest import SEEDS

    loaded = load_corpus(SEEDS, cache=False)
    store = SharedCache(private_cache)
    shared_cache._write_corpus(store, "k", loaded)
    columns = {
        t: pq.read_schema(store.path(f"corpus_{t}", "k")).names
        for t in ("documents", "paragraphs", "sentences")
    }
    assert "text" not in columns["documents"] and "text" not in columns["sentences"]
    assert "raw" not in columns["paragraphs"] and "text" in columns["paragraphs"]
    read = shared_cache._read_corpus(store, "k", SEEDS)
    kinds = [type(read.__dict__[t]).__name__ for t in ("documents", "paragraphs", "sentences")]
    assert kinds == ["DocumentsWithoutText", "ParagraphsWithoutRaw", "SentenceSpans"]
    reference = load_corpus(SEEDS, cache=False)
    for table in shared_cache.CORPUS_TABLES:
        pd.testing.assert_frame_equal(getattr(read, table), getattr(reference, table))
    # a corpus whose text was made is stored whole, and read back whole
    shared_cache._write_corpus(store, "full", reference)
    whole = shared_cache._read_corpus(store, "full", SEEDS)
    assert all(isinstance(whole.__dict__[t], pd.DataFrame) for t in ("documents", "sentences"))
    pd.testing.assert_frame_equal(whole.sentences, reference.sentences)
    # a file with neither the full columns nor the held ones is removed and not used
    store.write("corpus_sentences", "k", reference.held_sentences().drop(columns="end"))
    assert shared_cache._read_corpus(store, "k", SEEDS) is None
    assert not store.path("corpus_sentences", "k").exists()


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


def test_the_paragraphs_are_mapped_from_their_arrow_file_not_copied(
    private_cache: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import pyarrow as pa

    from analysis.ingest.corpus import load_corpus
    from tests.conftest import SEEDS

    loaded = load_corpus(SEEDS, cache=False)
    store = SharedCache(private_cache)
    shared_cache._write_corpus(store, "k", loaded)
    mapped = shared_cache.mapped_path(store, "corpus_paragraphs", "k")
    assert mapped.exists()
    before = pa.total_allocated_bytes()
    read = shared_cache._read_corpus(store, "k", SEEDS)
    text_bytes = loaded.held_paragraphs()["text"].str.len().sum()
    assert pa.total_allocated_bytes() - before < text_bytes / 2  # the text stays in the file
    reference = load_corpus(SEEDS, cache=False)
    for table in shared_cache.CORPUS_TABLES:  # the same tables as parsed (and as from Parquet)
        pd.testing.assert_frame_equal(getattr(read, table), getattr(reference, table))
    # a broken mapped file: a warning, removed, the Parquet file read instead
    mapped.write_bytes(b"not an arrow file")
    with caplog.at_level(logging.WARNING):
        again = shared_cache._read_corpus(store, "k", SEEDS)
    assert "cannot be read" in caplog.text and not mapped.exists()
    pd.testing.assert_frame_equal(again.paragraphs, reference.paragraphs)
    # the mapped form of a pruned table goes with it
    shared_cache.write_mapped(store, "corpus_paragraphs", "k", loaded.held_paragraphs())
    store.path("corpus_paragraphs", "k").unlink()
    store.write("other", "k", FRAME)
    assert not mapped.exists()


def _seeds_copy_keeping_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, list[Corpus]]:
    """A copy of the samples' folder, and the list every ``load_corpus`` that
    ``shared_cache`` runs from now on is appended to."""
    import shutil

    from analysis.ingest.corpus import load_corpus
    from tests.conftest import SEEDS

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    loaded: list[Corpus] = []

    def keeping_load(folder: Path, **options: object) -> Corpus:
        loaded.append(load_corpus(folder, **options))
        return loaded[-1]

    monkeypatch.setattr(shared_cache, "load_corpus", keeping_load)
    return seeds, loaded


def test_a_first_load_returns_the_stored_snapshot_with_its_text_mapped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, loaded = _seeds_copy_keeping_loads(tmp_path, monkeypatch)
    mapped: list[str] = []
    read_mapped = shared_cache.read_mapped

    def spying_read_mapped(store: SharedCache, name: str, key: str) -> pd.DataFrame | None:
        mapped.append(name)
        return read_mapped(store, name, key)

    monkeypatch.setattr(shared_cache, "read_mapped", spying_read_mapped)
    first = shared_cache.shared_corpus(seeds)
    assert len(loaded) == 1 and first is not loaded[0]  # the snapshot read back, not the load
    assert mapped == ["corpus_paragraphs"]  # its text mapped from the stored Arrow file
    kinds = [type(first.__dict__[t]).__name__ for t in ("documents", "paragraphs", "sentences")]
    assert kinds == ["DocumentsWithoutText", "ParagraphsWithoutRaw", "SentenceSpans"]
    second = shared_cache.shared_corpus(seeds)  # what a later kernel reads
    from analysis.ingest.corpus import load_corpus

    reference = load_corpus(seeds, cache=False)
    for table in shared_cache.CORPUS_TABLES:
        pd.testing.assert_frame_equal(getattr(first, table), getattr(reference, table))
        pd.testing.assert_frame_equal(getattr(first, table), getattr(second, table))
    assert shared_cache.snapshot_key(first) == shared_cache.snapshot_key(reference)


def test_a_first_load_is_loaded_again_when_its_snapshot_cannot_be_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, loaded = _seeds_copy_keeping_loads(tmp_path, monkeypatch)
    monkeypatch.setattr(shared_cache, "_read_corpus", lambda *a, **k: None)
    corpus = shared_cache.shared_corpus(seeds)
    assert len(loaded) == 2 and corpus is loaded[1]  # the first was released before reading
    for table in shared_cache.CORPUS_TABLES:
        pd.testing.assert_frame_equal(getattr(corpus, table), getattr(loaded[0], table))


def test_a_first_load_is_returned_itself_when_its_snapshot_cannot_be_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, loaded = _seeds_copy_keeping_loads(tmp_path, monkeypatch)
    read: list[str] = []
    monkeypatch.setattr(SharedCache, "write", lambda self, name, key, frame: False)
    monkeypatch.setattr(shared_cache, "_read_corpus", lambda *a, **k: read.append("read"))
    assert shared_cache.shared_corpus(seeds) is loaded[0]
    assert read == []  # nothing stored: nothing read back


def test_write_corpus_says_whether_every_table_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analysis.ingest.corpus import load_corpus
    from tests.conftest import SEEDS

    store = SharedCache(tmp_path, fingerprint="f1")
    loaded = load_corpus(SEEDS, cache=False)
    assert shared_cache._write_corpus(store, "k", loaded) is True
    write = SharedCache.write
    monkeypatch.setattr(  # the sentences cannot be written (a full disk, say)
        SharedCache,
        "write",
        lambda self, name, key, frame: name != "corpus_sentences" and write(self, name, key, frame),
    )
    assert shared_cache._write_corpus(store, "k2", loaded) is False


def test_a_first_load_is_released_before_its_snapshot_is_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import weakref

    from analysis.ingest.corpus import load_corpus
    from tests.conftest import SEEDS

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    refs: list[weakref.ref] = []
    alive_when_read: list[bool] = []
    read_corpus = shared_cache._read_corpus

    def watched_load(folder: Path, **options: object) -> Corpus:
        corpus = load_corpus(folder, **options)
        refs.append(weakref.ref(corpus))
        return corpus

    def watched_read(*args: object, **kwargs: object) -> Corpus | None:
        alive_when_read.append(refs[0]() is not None)
        return read_corpus(*args, **kwargs)

    monkeypatch.setattr(shared_cache, "load_corpus", watched_load)
    monkeypatch.setattr(shared_cache, "_read_corpus", watched_read)
    shared_cache.shared_corpus(seeds)
    assert alive_when_read == [False]  # never the loaded tables and the read-back at once
