"""The cache decorator on the analysis functions: one call key (the corpus's content,
the function's arguments, the package fingerprint in the store's folder), the in-process
layer and the one disk store; the annotation tables read from it equal the computed ones
and one ``annotate`` call fills all of them."""

from __future__ import annotations

import importlib
import os
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from analysis.annotators import cached
from analysis.annotators.annotate import (
    annotate,
    corpus_annotations,
    corpus_claims,
    corpus_dates,
    corpus_events,
    corpus_mentions,
    corpus_theme_hits,
    dated_corpus,
    store_annotations,
)
from analysis.annotators.themes import resolve_themes, theme_hits
from analysis.annotators.timeline import with_inferred_dates
from analysis.ingest.corpus import Corpus
from analysis.ingest.table_parts import TableParts

ANNOTATE = importlib.import_module("analysis.annotators.annotate")


pytestmark = pytest.mark.usefixtures("private_cache")  # tests/conftest.py


def count_annotate_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Patch what the cache calls to compute the annotation tables (``annotate``, and
    ``store_annotations`` when it writes them to the store); one item per call."""
    calls: list[int] = []

    def counted(corpus: Corpus, **options: object):
        calls.append(1)
        return annotate(corpus, **options)

    def counted_store(parts: TableParts, corpus: Corpus, **options: object) -> None:
        calls.append(1)
        store_annotations(parts, corpus, **options)

    monkeypatch.setattr(ANNOTATE, "annotate", counted)
    monkeypatch.setattr(corpus_annotations, "store_with", counted_store)
    return calls


def counted_table(calls: list[tuple]):
    """A decorated analysis function that records its calls."""

    @cached.cached_table("counted")
    def doc_lengths(corpus: Corpus, top: int = 3) -> pd.DataFrame:
        """The ``top`` longest documents."""
        calls.append((len(corpus), top))
        frame = corpus.documents[["doc_id", "n_words"]]
        return frame.nlargest(top, "n_words").reset_index(drop=True)

    return doc_lengths


def test_a_decorated_function_is_computed_once_per_corpus_and_arguments(
    samples: Corpus, private_cache: Path
) -> None:
    calls: list[tuple] = []
    doc_lengths = counted_table(calls)
    first = doc_lengths(samples)
    cached.clear()  # as if another kernel: only the disk is shared
    pd.testing.assert_frame_equal(doc_lengths(samples), first)
    assert calls == [(len(samples), 3)]
    assert len(list(private_cache.glob("derived/*/counted-*.parquet"))) == 1
    assert doc_lengths.__doc__ == "The ``top`` longest documents."
    doc_lengths(samples, 3)  # the same call spelled otherwise: the same key
    doc_lengths(samples, top=3)
    assert len(calls) == 1
    doc_lengths(samples, top=2)  # other arguments: another entry
    doc_lengths(samples.select(samples.documents["doc_id"][:2]))  # another corpus
    assert len(calls) == 3
    assert len(list(private_cache.glob("derived/*/counted-*.parquet"))) == 3


def test_the_cache_off_or_a_corpus_without_folder_keeps_only_the_process_layer(
    samples: Corpus, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple] = []
    doc_lengths = counted_table(calls)
    monkeypatch.setenv("VN_CORPUS_CACHE", "0")
    doc_lengths(samples)
    doc_lengths(samples)
    assert len(calls) == 1  # the process layer
    monkeypatch.delenv("VN_CORPUS_CACHE")
    cached.clear()
    doc_lengths(replace(samples, seeds_dir=""))
    assert len(calls) == 2
    assert not list(private_cache.glob("derived/*/counted-*.parquet"))


def test_a_path_argument_is_keyed_by_its_content(samples: Corpus, tmp_path: Path) -> None:
    corpus = samples
    key = cached.call_key(corpus, "t", (tmp_path / "themes.yaml",), {})
    (tmp_path / "themes.yaml").write_text("a: 1\n")
    written = cached.call_key(corpus, "t", (tmp_path / "themes.yaml",), {})
    (tmp_path / "themes.yaml").write_text("a: 2\n")
    assert len({key, written, cached.call_key(corpus, "t", (tmp_path / "themes.yaml",), {})}) == 3


def test_memoized_keeps_any_result_in_the_process_only(
    samples: Corpus, private_cache: Path
) -> None:
    calls: list[int] = []

    def compute() -> dict[str, int]:
        calls.append(1)
        return {"n": len(samples)}

    assert cached.memoized(samples, "n", compute) is cached.memoized(samples, "n", compute)
    cached.memoized(samples, "n", compute, variant="2")
    assert calls == [1, 1]
    assert not private_cache.exists()


def test_cached_dates_and_annotations_equal_the_computed_ones(samples: Corpus) -> None:
    expected = annotate(samples)
    readers = {
        "theme_hits": corpus_theme_hits,
        "mentions": corpus_mentions,
        "dates": corpus_dates,
        "events": corpus_events,
        "claims": corpus_claims,
    }
    for _ in range(2):  # computed, then read back from Parquet
        cached.clear()
        dated = dated_corpus(samples).documents
        pd.testing.assert_frame_equal(dated, with_inferred_dates(samples).documents)
        for name, table in expected.tables():
            pd.testing.assert_frame_equal(readers[name](samples), table)
    with pytest.raises(ValueError, match="must be one of"):
        corpus_annotations.table(samples, "nothing")


def test_chosen_themes_and_a_theme_file_give_the_rows_theme_hits_gives(
    samples: Corpus, tmp_path: Path
) -> None:
    from analysis.annotators.theme_dictionary import default_themes_path

    chosen = resolve_themes(None, ["party_to_party"])
    pd.testing.assert_frame_equal(
        corpus_theme_hits(samples, ["party_to_party"]), theme_hits(samples, chosen)
    )
    own = tmp_path / "themes.yaml"
    own.write_bytes(default_themes_path().read_bytes())
    pd.testing.assert_frame_equal(
        corpus_theme_hits(samples, ["party_to_party"], theme_file=own),
        theme_hits(samples, resolve_themes(own, ["party_to_party"])),
    )


def test_the_build_fills_every_table_the_kernels_read_in_one_annotate_call(
    samples: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = count_annotate_calls(monkeypatch)
    dated = dated_corpus(samples)
    prepared = corpus_annotations(dated, jobs=1)
    corpus_annotations(dated, jobs=2)  # jobs does not change the tables
    assert calls == [1]
    cached.clear()  # a kernel: reads, computes nothing
    for name, table in prepared.tables():
        pd.testing.assert_frame_equal(corpus_annotations.table(dated, name), table)
    assert calls == [1]


def test_the_first_missing_table_computes_all_of_them_in_one_annotate_call(
    samples: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = count_annotate_calls(monkeypatch)
    corpus_dates(samples)
    cached.clear()  # another kernel: only the disk is shared
    for reader in (corpus_events, corpus_claims, corpus_theme_hits, corpus_mentions):
        assert len(reader(samples)) > 0
    assert calls == [1]


def test_two_processes_asking_at_once_compute_the_table_once(
    samples: Corpus, tmp_path: Path
) -> None:
    import multiprocessing
    import time

    log = tmp_path / "computed.txt"

    @cached.cached_table("slow")
    def slow(corpus: Corpus) -> pd.DataFrame:
        with log.open("a") as handle:
            handle.write(f"{os.getpid()}\n")
        time.sleep(1.0)  # the other process asks meanwhile
        return corpus.documents[["doc_id"]]

    def ask() -> None:
        pd.testing.assert_frame_equal(slow(samples), samples.documents[["doc_id"]])

    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=ask) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0]
    assert len(log.read_text().splitlines()) == 1


def test_kept_tables_are_released_only_when_the_disk_holds_them(
    samples: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``release_kept_tables`` (the build, before its kernels and its end step) forgets the
    in-process results when the shared cache holds them, which are then read back from
    disk, not computed again; with the cache off it keeps them (nothing else holds them)."""
    calls: list[tuple] = []
    doc_lengths = counted_table(calls)
    first = doc_lengths(samples)
    assert cached._results
    cached.release_kept_tables()
    assert not cached._results
    pd.testing.assert_frame_equal(doc_lengths(samples), first)
    assert len(calls) == 1
    monkeypatch.setenv("VN_CORPUS_CACHE", "0")
    doc_lengths(samples, 2)
    cached.release_kept_tables()
    assert cached._results


def test_ensure_stored_writes_every_table_without_holding_any(
    samples: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a build calls: every table written to the store (part by part), none kept in
    this process; a second call only looks for the files."""
    calls = count_annotate_calls(monkeypatch)
    corpus_annotations.ensure_stored(samples, jobs=1)
    corpus_annotations.ensure_stored(samples, jobs=2)
    assert calls == [1]
    assert not cached._results
    store, key = cached.corpus_store(samples), corpus_annotations.key(samples)
    assert all(store.path(name, key).exists() for name in corpus_annotations.names)
    assert not list(store.folder.glob(".parts-*"))  # the parts folder is removed
    for name, table in annotate(samples).tables():
        pd.testing.assert_frame_equal(corpus_annotations.table(samples, name), table)
    assert calls == [1]


def test_tables_whose_parts_cannot_be_joined_are_computed_whole(
    samples: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(TableParts, "join", lambda self, name, count: False)
    calls = count_annotate_calls(monkeypatch)
    result = corpus_annotations(samples)
    assert calls == [1, 1]  # the parts, then annotate
    cached.clear()
    for name, table in annotate(samples).tables():
        pd.testing.assert_frame_equal(getattr(result, name), table)
        pd.testing.assert_frame_equal(corpus_annotations.table(samples, name), table)


def test_ensure_stored_with_the_cache_off_keeps_the_tables_in_this_process(
    samples: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VN_CORPUS_CACHE", "0")
    calls = count_annotate_calls(monkeypatch)
    corpus_annotations.ensure_stored(samples)
    corpus_annotations(samples)
    assert calls == [1]
    assert len(cached._results) == len(corpus_annotations.names)
