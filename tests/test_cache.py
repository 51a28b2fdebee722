"""The Parquet corpus cache: a reload parses only new files, a parser change invalidates,
a broken cache never stops a load, and cached tables equal uncached ones."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import load_corpus
from analysis.ingest import cache, corpus, file_parsing, store, table_parts
from analysis.ingest.table_parts import TableParts
from tests.conftest import SEEDS


@pytest.fixture(autouse=True)
def default_cache_location(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests check where the cache goes by default (conftest points it elsewhere)."""
    monkeypatch.delenv("VN_CORPUS_CACHE_DIR", raising=False)


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A copy of the samples in a private folder (its cache goes to tmp_path/.cache)."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def parse_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The doc_ids ``parse_document`` is called with."""
    calls: list[str] = []
    original = file_parsing.parse_document

    def counting(doc_id: str, path: str, data: bytes):
        calls.append(doc_id)
        return original(doc_id, path, data)

    monkeypatch.setattr(file_parsing, "parse_document", counting)
    return calls


def assert_same_corpus(a: corpus.Corpus, b: corpus.Corpus) -> None:
    for table in ("documents", "paragraphs", "sentences", "rejected"):
        pd.testing.assert_frame_equal(getattr(a, table), getattr(b, table))


def test_cache_goes_next_to_the_seeds_folder(seeds: Path) -> None:
    load_corpus(seeds)
    assert list((seeds.parent / ".cache" / "corpus").glob("*/documents-*.parquet"))


def test_the_cache_holds_the_text_once_and_a_cached_load_gives_the_files_back(
    seeds: Path,
) -> None:
    load_corpus(seeds)
    folder = seeds.parent / ".cache" / "corpus"
    stored = {t: pd.read_parquet(next(folder.glob(f"*/{t}-*.parquet"))) for t in cache.TABLES}
    assert "text" not in stored["documents"].columns
    assert "raw" not in stored["paragraphs"].columns and "text" in stored["paragraphs"].columns
    assert "text" not in stored["sentences"].columns and "end" in stored["sentences"].columns
    cached = load_corpus(seeds)  # from the cache: the full tables are made back on read
    paragraphs = cached.paragraphs
    for path in cached.documents["path"]:
        doc_id = cached.documents.loc[cached.documents["path"] == path, "doc_id"].item()
        raw = "".join(paragraphs.loc[paragraphs["doc_id"] == doc_id, "raw"])
        assert raw.encode("utf-8") == cached.file_path(path).read_bytes()
    assert cached.documents["text"].str.len().min() > 1000
    assert (cached.sentences["text"].str.len() > 0).all()


def test_second_load_parses_nothing_and_one_new_file_parses_one(
    seeds: Path, parse_calls: list[str]
) -> None:
    first = load_corpus(seeds)
    assert len(parse_calls) == 5
    second = load_corpus(seeds)
    assert len(parse_calls) == 5
    assert_same_corpus(first, second)
    text = (SEEDS / "001_2f82076b8a4d9850.txt").read_text(encoding="utf-8")
    (seeds / "new_article.txt").write_text(text.replace("2019", "2020"), encoding="utf-8")
    third = load_corpus(seeds)
    assert parse_calls[5:] == ["new_article"]
    assert len(third) == 6
    load_corpus(seeds)
    assert len(parse_calls) == 6


def test_cached_tables_equal_an_uncached_load(seeds: Path) -> None:
    shutil.copy(seeds / "003_e2da6bdc5db98ea3.txt", seeds / "zz_copy.txt")  # a duplicate
    (seeds / "empty.txt").write_text("")
    uncached = load_corpus(seeds, cache=False)
    load_corpus(seeds)  # fills the cache
    cached = load_corpus(seeds)
    assert_same_corpus(uncached, cached)
    assert uncached.documents["duplicate_of"].tolist().count("003_e2da6bdc5db98ea3") == 1
    assert_same_corpus(load_corpus(SEEDS, cache=False), load_corpus(SEEDS))


def test_renamed_file_is_not_parsed_again_and_gets_its_new_name(
    seeds: Path, parse_calls: list[str]
) -> None:
    load_corpus(seeds)
    (seeds / "004_c29610c3c6377c5a.txt").rename(seeds / "renamed.txt")
    renamed = load_corpus(seeds)
    assert len(parse_calls) == 5
    assert "renamed" in set(renamed.documents["doc_id"])
    assert set(renamed.paragraphs["doc_id"]) == set(renamed.documents["doc_id"])


def test_editing_a_parser_data_file_invalidates(
    seeds: Path, tmp_path: Path, parse_calls: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data_file = tmp_path / "outlets.yaml"
    data_file.write_text("outlets: []\n")
    packaged = store.package_inputs()
    monkeypatch.setattr(store, "package_inputs", lambda: (*packaged, data_file))
    load_corpus(seeds)
    load_corpus(seeds)
    assert len(parse_calls) == 5
    data_file.write_text("outlets: [{name: X, markers: [X]}]\n")
    load_corpus(seeds)
    assert len(parse_calls) == 10


def test_a_new_package_version_invalidates(
    seeds: Path, parse_calls: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_corpus(seeds)
    monkeypatch.setattr(store, "package_version", lambda: "99.0")
    load_corpus(seeds)
    assert len(parse_calls) == 10


def test_the_packaged_parser_inputs_exist() -> None:
    assert all(path.is_file() for path in store.package_inputs())


def test_a_broken_cache_falls_back_to_parsing_with_a_warning(
    seeds: Path, parse_calls: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    expected = load_corpus(seeds)
    for shard in (seeds.parent / ".cache" / "corpus").glob("*/paragraphs-*.parquet"):
        shard.write_bytes(b"not parquet at all")
    with caplog.at_level(logging.WARNING, logger="analysis.ingest.store"):
        again = load_corpus(seeds)
    assert "cannot be read" in caplog.text
    assert len(parse_calls) == 10
    assert_same_corpus(expected, again)


def test_an_unwritable_cache_folder_only_warns(
    seeds: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    with caplog.at_level(logging.WARNING, logger="analysis.ingest.store"):
        loaded = load_corpus(seeds, cache=blocker)
    assert len(loaded) == 5
    assert "cannot be written" in caplog.text


def test_cache_can_be_turned_off(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(store.CACHE_ENV, "0")
    load_corpus(seeds)
    assert not (seeds.parent / ".cache").exists()


def test_shards_are_merged_above_the_limit(
    seeds: Path, monkeypatch: pytest.MonkeyPatch, parse_calls: list[str]
) -> None:
    monkeypatch.setattr(cache, "MAX_SHARDS", 2)
    text = (SEEDS / "002_f1b871ecf6e7b9cb.txt").read_text(encoding="utf-8")
    for n in range(4):
        (seeds / f"extra_{n}.txt").write_text(text + f"\nExtra line {n}.\n", encoding="utf-8")
        load_corpus(seeds)
    folder = next((seeds.parent / ".cache" / "corpus").iterdir())
    assert len(list(folder.glob("documents-*.parquet"))) <= 2
    calls = len(parse_calls)
    assert len(load_corpus(seeds)) == 9
    assert len(parse_calls) == calls


def _parsed_runs(
    parts: TableParts, runs: list[list[Path]]
) -> tuple[pd.DataFrame, table_parts.Select, cache.Parsed]:
    """``runs`` of files parsed into ``parts``; their documents (one per content), the
    selection of their parts' rows and the same files' tables gathered in memory."""
    batches = [
        file_parsing.parse_files_to_parts(parts, (i, run), max_bytes=10_000_000)
        for i, run in enumerate(runs)
    ]
    documents, select = file_parsing.first_of_each_content([b.documents for b in batches])
    whole = file_parsing.parse_files([f for run in runs for f in run], max_bytes=10_000_000)
    gathered = file_parsing.key_by_content([whole.documents], [whole.paragraphs], [whole.sentences])
    return documents, select, gathered


def test_shard_name_depends_only_on_the_set_of_contents() -> None:
    one = pd.DataFrame({"sha256": ["b", "a"]})
    assert cache.shard_name(one) == cache.shard_name(one.iloc[::-1])
    assert cache.shard_name(one) != cache.shard_name(one.iloc[:1])
    assert len(cache.shard_name(one)) == 16


def test_a_shard_written_part_by_part_reads_back_as_the_gathered_tables(tmp_path: Path) -> None:
    store_ = cache.CorpusCache(tmp_path, fingerprint="f")
    parts = store_.open_parts()
    files = sorted(SEEDS.glob("*.txt"))
    documents, select, gathered = _parsed_runs(parts, [files[:2], files[2:]])
    fresh = store_.write_parts(documents, parts, 2, select)
    parts.discard()
    assert fresh is not None
    for table in cache.TABLES:
        pd.testing.assert_frame_equal(getattr(fresh, table), getattr(gathered, table))
    again = store_.read()  # what the next load reads: the same shard
    assert again is not None
    pd.testing.assert_frame_equal(again.paragraphs, gathered.paragraphs)
    assert not list(store_.folder.glob(".parts-*"))


@pytest.mark.parametrize("damage", ["missing", "broken", "partial"])
def test_a_missing_or_broken_part_stores_no_shard(
    tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    store_ = cache.CorpusCache(tmp_path, fingerprint="f")
    parts = store_.open_parts()
    files = sorted(SEEDS.glob("*.txt"))
    documents, select, _ = _parsed_runs(parts, [files[:2], files[2:]])
    part = parts.part_path("sentences", 1)
    if damage == "missing":
        part.unlink()
    elif damage == "broken":
        part.write_bytes(b"PAR1 not a table")
    else:
        part.write_bytes(part.read_bytes()[: part.stat().st_size // 2])
    with caplog.at_level(logging.WARNING):
        assert store_.write_parts(documents, parts, 2, select) is None
    assert "could not be joined" in caplog.text
    assert store_.read() is None  # no shard, not even its documents or paragraphs
    assert not list(store_.folder.glob("*.parquet"))


def test_a_load_whose_parts_are_broken_parses_again_in_memory_with_a_warning(
    seeds: Path,
    parse_calls: list[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    expected = load_corpus(seeds, cache=False)
    calls = len(parse_calls)

    def broken(self: TableParts, name: str, index: int, frame: pd.DataFrame) -> bool:
        self.part_path(name, index).write_bytes(b"PAR1 broken")
        return True

    monkeypatch.setattr(TableParts, "write_part", broken)
    with caplog.at_level(logging.WARNING):
        loaded = load_corpus(seeds)
    assert "parsing them again" in caplog.text
    assert len(parse_calls) - calls == 10  # once into the parts, once in memory
    assert_same_corpus(expected, loaded)
    monkeypatch.undo()
    calls = len(parse_calls)
    assert_same_corpus(expected, load_corpus(seeds))  # the shard the second parse stored
    assert len(parse_calls) == calls


def test_a_cold_load_through_the_parts_equals_one_without_the_cache(seeds: Path) -> None:
    folder = seeds.parent / ".cache" / "corpus"
    assert_same_corpus(load_corpus(seeds, cache=False), load_corpus(seeds))
    assert len(list(folder.glob("*/paragraphs-*.parquet"))) == 1
    assert not list(folder.glob("*/.parts-*"))  # the parts are removed once joined
