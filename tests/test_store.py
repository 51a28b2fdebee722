"""The one on-disk store both caches use (``analysis.ingest.store``): one package
fingerprint names the folder of the parse cache and of the derived tables, and the
store's guarantees (recovery from a broken file, private folders, pruning) hold for both.
The caches' own behaviour is tested in ``test_cache.py`` and ``test_shared_cache.py``."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pandas as pd
import pytest

from analysis.annotators.shared_cache import SharedCache
from analysis.ingest import store
from analysis.ingest.cache import CorpusCache, Parsed

FRAME = pd.DataFrame({"doc_id": ["a", "b"], "n": [1, 2]}).astype({"doc_id": "str"})


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small stand-in package folder (one module, one data file) as the installed one."""
    folder = tmp_path / "package"
    (folder / "data").mkdir(parents=True)
    (folder / "module.py").write_text("VALUE = 1\n")
    (folder / "data" / "words.yaml").write_text("words: [treaty]\n")
    monkeypatch.setattr(store, "PACKAGE_DIR", folder)
    return folder


def fingerprints(root: Path) -> tuple[str, str]:
    """The fingerprint folder names the parse cache and the derived-table cache use now."""
    return CorpusCache(root).folder.name, SharedCache(root).folder.name


def test_a_package_edit_changes_the_fingerprint_of_both_caches(
    package: Path, tmp_path: Path
) -> None:
    parse, derived = fingerprints(tmp_path)
    assert parse == derived == store.package_fingerprint()
    assert SharedCache(tmp_path).folder.parent.name == "derived"

    (package / "data" / "words.yaml").write_text("words: [treaty, accord]\n")
    edited = fingerprints(tmp_path)
    assert edited[0] == edited[1] != parse

    (package / "data" / "new_list.txt").write_text("summit\n")  # a file added after import
    added = fingerprints(tmp_path)
    assert added[0] == added[1] != edited[0]

    (package / "data" / "new_list.txt").unlink()
    assert fingerprints(tmp_path) == edited  # the content decides, not the history


def test_a_truncated_derived_table_is_recomputed_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    shared = SharedCache(tmp_path, fingerprint="f1")
    shared.write("table", "k", FRAME)
    path = shared.path("table", "k")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    calls: list[int] = []

    def compute() -> pd.DataFrame:
        calls.append(1)
        return FRAME

    with caplog.at_level(logging.WARNING, logger="analysis.ingest.store"):
        again = shared.get_or_compute("table", "k", compute)
    assert calls == [1] and "cannot be read" in caplog.text
    pd.testing.assert_frame_equal(again, FRAME)
    pd.testing.assert_frame_equal(shared.read("table", "k"), FRAME)  # rewritten whole


def test_both_caches_create_private_folders(tmp_path: Path) -> None:
    parsed = Parsed(pd.DataFrame({"sha256": ["x"]}), FRAME, FRAME)
    CorpusCache(tmp_path / "parse", fingerprint="f1").write(parsed)
    assert len(list((tmp_path / "parse" / "f1").glob("*.parquet"))) == 3  # one shard
    SharedCache(tmp_path / "derived-root", fingerprint="f1").write("table", "k", FRAME)
    for folder in (
        tmp_path / "derived-root",
        tmp_path / "derived-root" / "derived",
        tmp_path / "derived-root" / "derived" / "f1",
        tmp_path / "parse",
        tmp_path / "parse" / "f1",
    ):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_prune_keeps_the_newest_tables_and_drops_their_locks(tmp_path: Path) -> None:
    kept = store.Store(tmp_path, fingerprint="f1")
    for i in range(3):
        kept.write("table", f"k{i}", FRAME)
        with kept.lock("table", f"k{i}"):
            pass
    stamps = [kept.path("table", f"k{i}") for i in range(3)]
    for age, path in enumerate(stamps):  # k0 the oldest
        os.utime(path, (1_000_000 + age, 1_000_000 + age))
    kept.prune(2)
    assert [p.exists() for p in stamps] == [False, True, True]
    assert not (kept.folder / ".table-k0.lock").exists()
    assert (kept.folder / ".table-k1.lock").exists()


def test_the_cache_switch_is_read_at_call_time(monkeypatch: pytest.MonkeyPatch) -> None:
    for value, enabled in (("0", False), ("off", False), ("no", False), ("1", True)):
        monkeypatch.setenv(store.CACHE_ENV, value)
        assert store.cache_enabled() is enabled


def rewrite_keeping_mtime(path: Path, text: str) -> None:
    """Rewrite ``path`` and set its modification time back, as ``cp -p`` or ``rsync -a``."""
    before = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_mtime_ns == before.st_mtime_ns


def test_an_analysts_stopword_file_rewritten_with_its_old_mtime_is_read_again(
    tmp_path: Path,
) -> None:
    from analysis.analyses.keyterm_counts import load_stopwords

    words = tmp_path / "words.txt"
    words.write_text("# mine\nfoo\n", encoding="utf-8")
    assert "foo" in load_stopwords(words) and "qux" not in load_stopwords(words)
    rewrite_keeping_mtime(words, "# mine\nqux\n")
    assert "qux" in load_stopwords(words) and "foo" not in load_stopwords(words)


def test_an_analysts_gazetteer_rewritten_with_its_old_mtime_is_read_again(
    tmp_path: Path,
) -> None:
    import shutil

    from analysis.annotators.gazetteer import (
        GAZETTEER_FILES,
        default_gazetteer_dir,
        load_gazetteer,
    )

    folder = tmp_path / "gazetteer"
    folder.mkdir()
    for name, _ in GAZETTEER_FILES.values():
        shutil.copy2(default_gazetteer_dir() / name, folder / name)
    regions = folder / "gazetteer_regions.csv"
    first = load_gazetteer(folder)
    assert load_gazetteer(folder) is first  # read once while nothing changes
    rewrite_keeping_mtime(regions, regions.read_text(encoding="utf-8") + "Placeholder Basin,\n")
    again = load_gazetteer(folder)
    assert again is not first
    assert len(again.index) > len(first.index)
