"""The corpus snapshot a build shares with its kernels (``corpus_snapshot``): loaded once
per folder state and read back, stored as held (the text once, in the paragraphs), the
paragraphs memory-mapped from their Arrow file, the first load released before it is read
back."""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd
import pytest

from analysis.annotators import corpus_snapshot
from analysis.annotators.shared_cache import SharedCache
from analysis.ingest.corpus import Corpus

pytestmark = pytest.mark.usefixtures("private_cache")  # tests/conftest.py

OTHER = pd.DataFrame({"doc_id": ["a"], "n": [1]})
"""A table of no corpus snapshot (written to prune the store)."""


def test_shared_corpus_reads_the_assembled_tables_until_a_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import shutil

    from tests.conftest import SEEDS

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    loads: list[Path] = []
    original = corpus_snapshot.load_corpus

    def counting_load(folder: Path, **options: object) -> Corpus:
        loads.append(folder)
        return original(folder, **options)

    monkeypatch.setattr(corpus_snapshot, "load_corpus", counting_load)
    first = corpus_snapshot.shared_corpus(seeds)
    second = corpus_snapshot.shared_corpus(seeds)
    assert len(loads) == 1
    for table in corpus_snapshot.CORPUS_TABLES:
        pd.testing.assert_frame_equal(getattr(first, table), getattr(second, table))
    pd.testing.assert_frame_equal(second.documents, original(seeds, cache=False).documents)
    article = next(seeds.glob("*.txt"))
    stat = article.stat()
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    corpus_snapshot.shared_corpus(seeds)
    assert len(loads) == 1  # touched, same content: the stored tables are still right
    data = article.read_bytes()
    article.write_bytes(data.replace(b"a", b"e", 1))  # same size, then the same mtime
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    corpus_snapshot.shared_corpus(seeds)
    assert len(loads) == 2
    monkeypatch.setenv("VN_CORPUS_CACHE", "0")
    corpus_snapshot.shared_corpus(seeds)
    assert len(loads) == 3


def test_the_corpus_is_stored_and_read_as_held_with_the_text_once(
    tmp_path: Path, private_cache: Path
) -> None:
    import pyarrow.parquet as pq

    from analysis.ingest.corpus import load_corpus
    from tests.conftest import SEEDS

    loaded = load_corpus(SEEDS, cache=False)
    store = SharedCache(private_cache)
    corpus_snapshot._write_corpus(store, "k", loaded)
    columns = {
        t: pq.read_schema(store.path(f"corpus_{t}", "k")).names
        for t in ("documents", "paragraphs", "sentences")
    }
    assert "text" not in columns["documents"] and "text" not in columns["sentences"]
    assert "raw" not in columns["paragraphs"] and "text" in columns["paragraphs"]
    read = corpus_snapshot._read_corpus(store, "k", SEEDS)
    kinds = [type(read.__dict__[t]).__name__ for t in ("documents", "paragraphs", "sentences")]
    assert kinds == ["DocumentsWithoutText", "ParagraphsWithoutRaw", "SentenceSpans"]
    reference = load_corpus(SEEDS, cache=False)
    for table in corpus_snapshot.CORPUS_TABLES:
        pd.testing.assert_frame_equal(getattr(read, table), getattr(reference, table))
    # a corpus whose text was made is stored whole, and read back whole
    corpus_snapshot._write_corpus(store, "full", reference)
    whole = corpus_snapshot._read_corpus(store, "full", SEEDS)
    assert all(isinstance(whole.__dict__[t], pd.DataFrame) for t in ("documents", "sentences"))
    pd.testing.assert_frame_equal(whole.sentences, reference.sentences)
    # a file with neither the full columns nor the held ones is removed and not used
    store.write("corpus_sentences", "k", reference.held_sentences().drop(columns="end"))
    assert corpus_snapshot._read_corpus(store, "k", SEEDS) is None
    assert not store.path("corpus_sentences", "k").exists()


def test_the_paragraphs_are_mapped_from_their_arrow_file_not_copied(
    private_cache: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import pyarrow as pa

    from analysis.ingest.corpus import load_corpus
    from tests.conftest import SEEDS

    loaded = load_corpus(SEEDS, cache=False)
    store = SharedCache(private_cache)
    corpus_snapshot._write_corpus(store, "k", loaded)
    mapped = corpus_snapshot.mapped_path(store, "corpus_paragraphs", "k")
    assert mapped.exists()
    before = pa.total_allocated_bytes()
    read = corpus_snapshot._read_corpus(store, "k", SEEDS)
    text_bytes = loaded.held_paragraphs()["text"].str.len().sum()
    assert pa.total_allocated_bytes() - before < text_bytes / 2  # the text stays in the file
    reference = load_corpus(SEEDS, cache=False)
    for table in corpus_snapshot.CORPUS_TABLES:  # the same tables as parsed (and as from Parquet)
        pd.testing.assert_frame_equal(getattr(read, table), getattr(reference, table))
    # a broken mapped file: a warning, removed, the Parquet file read instead
    mapped.write_bytes(b"not an arrow file")
    with caplog.at_level(logging.WARNING):
        again = corpus_snapshot._read_corpus(store, "k", SEEDS)
    assert "cannot be read" in caplog.text and not mapped.exists()
    pd.testing.assert_frame_equal(again.paragraphs, reference.paragraphs)
    # the mapped form of a pruned table goes with it
    corpus_snapshot.write_mapped(store, "corpus_paragraphs", "k", loaded.held_paragraphs())
    store.path("corpus_paragraphs", "k").unlink()
    store.write("other", "k", OTHER)
    assert not mapped.exists()


def _seeds_copy_keeping_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, list[Corpus]]:
    """A copy of the samples' folder, and the list every ``load_corpus`` that
    ``corpus_snapshot`` runs from now on is appended to."""
    import shutil

    from analysis.ingest.corpus import load_corpus
    from tests.conftest import SEEDS

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    loaded: list[Corpus] = []

    def keeping_load(folder: Path, **options: object) -> Corpus:
        loaded.append(load_corpus(folder, **options))
        return loaded[-1]

    monkeypatch.setattr(corpus_snapshot, "load_corpus", keeping_load)
    return seeds, loaded


def test_a_first_load_returns_the_stored_snapshot_with_its_text_mapped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, loaded = _seeds_copy_keeping_loads(tmp_path, monkeypatch)
    mapped: list[str] = []
    read_mapped = corpus_snapshot.read_mapped

    def spying_read_mapped(store: SharedCache, name: str, key: str) -> pd.DataFrame | None:
        mapped.append(name)
        return read_mapped(store, name, key)

    monkeypatch.setattr(corpus_snapshot, "read_mapped", spying_read_mapped)
    first = corpus_snapshot.shared_corpus(seeds)
    assert len(loaded) == 1 and first is not loaded[0]  # the snapshot read back, not the load
    assert mapped == ["corpus_paragraphs"]  # its text mapped from the stored Arrow file
    kinds = [type(first.__dict__[t]).__name__ for t in ("documents", "paragraphs", "sentences")]
    assert kinds == ["DocumentsWithoutText", "ParagraphsWithoutRaw", "SentenceSpans"]
    second = corpus_snapshot.shared_corpus(seeds)  # what a later kernel reads
    from analysis.ingest.corpus import load_corpus

    reference = load_corpus(seeds, cache=False)
    for table in corpus_snapshot.CORPUS_TABLES:
        pd.testing.assert_frame_equal(getattr(first, table), getattr(reference, table))
        pd.testing.assert_frame_equal(getattr(first, table), getattr(second, table))
    assert corpus_snapshot.snapshot_key(first) == corpus_snapshot.snapshot_key(reference)


def test_a_first_load_is_loaded_again_when_its_snapshot_cannot_be_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, loaded = _seeds_copy_keeping_loads(tmp_path, monkeypatch)
    monkeypatch.setattr(corpus_snapshot, "_read_corpus", lambda *a, **k: None)
    corpus = corpus_snapshot.shared_corpus(seeds)
    assert len(loaded) == 2 and corpus is loaded[1]  # the first was released before reading
    for table in corpus_snapshot.CORPUS_TABLES:
        pd.testing.assert_frame_equal(getattr(corpus, table), getattr(loaded[0], table))


def test_a_first_load_is_returned_itself_when_its_snapshot_cannot_be_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, loaded = _seeds_copy_keeping_loads(tmp_path, monkeypatch)
    read: list[str] = []
    monkeypatch.setattr(SharedCache, "write", lambda self, name, key, frame: False)
    monkeypatch.setattr(corpus_snapshot, "_read_corpus", lambda *a, **k: read.append("read"))
    assert corpus_snapshot.shared_corpus(seeds) is loaded[0]
    assert read == []  # nothing stored: nothing read back


def test_write_corpus_says_whether_every_table_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analysis.ingest.corpus import load_corpus
    from tests.conftest import SEEDS

    store = SharedCache(tmp_path, fingerprint="f1")
    loaded = load_corpus(SEEDS, cache=False)
    assert corpus_snapshot._write_corpus(store, "k", loaded) is True
    write = SharedCache.write
    monkeypatch.setattr(  # the sentences cannot be written (a full disk, say)
        SharedCache,
        "write",
        lambda self, name, key, frame: name != "corpus_sentences" and write(self, name, key, frame),
    )
    assert corpus_snapshot._write_corpus(store, "k2", loaded) is False


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
    read_corpus = corpus_snapshot._read_corpus

    def watched_load(folder: Path, **options: object) -> Corpus:
        corpus = load_corpus(folder, **options)
        refs.append(weakref.ref(corpus))
        return corpus

    def watched_read(*args: object, **kwargs: object) -> Corpus | None:
        alive_when_read.append(refs[0]() is not None)
        return read_corpus(*args, **kwargs)

    monkeypatch.setattr(corpus_snapshot, "load_corpus", watched_load)
    monkeypatch.setattr(corpus_snapshot, "_read_corpus", watched_read)
    corpus_snapshot.shared_corpus(seeds)
    assert alive_when_read == [False]  # never the loaded tables and the read-back at once
