"""A seeds folder unpacked from a scraped archive, or arranged by a hostile user: only
regular files inside it are read, names of any bytes load, paths are shown relative to the
folder, the logs cannot be forged, and no cached table outlives an edit it depends on."""

from __future__ import annotations

import io
import logging
import os
import shutil
import stat
import threading
from pathlib import Path

import pandas as pd
import pytest

from analysis import load_corpus
from analysis.analyses.tables import build_table, write_table
from analysis.ingest.corpus import SYMLINK_REASON, UnreadableFileError, list_article_files
from analysis.ingest.seeds_folder import read_file_bytes
from tests.conftest import SEEDS

ARTICLE = (
    "Vietnam and Laos renew a cooperation plan\n\nThe two foreign ministers met in Hanoi on "
    "Tuesday and agreed to widen cooperation in trade, energy and education, the ministry "
    "said in a statement after the talks.\n"
)
SECRET = "root:x:0:0:SECRET-FIRST-LINE:/root:/bin/bash\nsecond secret line\n"


def article(n: int) -> str:
    """A distinct placeholder article."""
    return ARTICLE.replace("Tuesday", f"Tuesday (note {n})")


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A seeds folder with one good article, and a secret file outside it."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "secret").write_text(SECRET, encoding="utf-8")
    return folder


def reasons(corpus) -> dict[str, str]:
    return dict(corpus.rejected.itertuples(index=False))


def everything_published(corpus) -> str:
    """Every text a report could show: documents, paragraphs, rejected files."""
    return "\n".join(
        frame.astype("str").to_csv(index=False)
        for frame in (corpus.documents, corpus.paragraphs, corpus.rejected)
    )


def load_within(folder: Path, seconds: float = 30.0, **kwargs):
    """``load_corpus(folder)`` in a daemon thread: fails (instead of hanging the test run)
    when the load does not return within ``seconds``."""
    result: dict[str, object] = {}

    def run() -> None:
        try:
            result["corpus"] = load_corpus(folder, **kwargs)
        except BaseException as exc:  # reported below
            result["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"load_corpus did not return within {seconds} s"
    if "error" in result:
        raise result["error"]  # type: ignore[misc]
    return result["corpus"]


# --- 1. only regular files inside the folder are read ------------------------------------


def test_a_symlink_to_a_file_outside_is_rejected_and_never_read(seeds: Path) -> None:
    os.symlink(seeds.parent / "secret", seeds / "passwd.txt")
    corpus = load_corpus(seeds, cache=False)
    assert corpus.documents["doc_id"].tolist() == ["good"]
    assert reasons(corpus) == {"passwd.txt": SYMLINK_REASON}
    assert "SECRET" not in everything_published(corpus)


def test_every_symlink_is_rejected_even_inside_the_folder_or_dangling(seeds: Path) -> None:
    os.symlink(seeds / "good.txt", seeds / "alias.txt")
    os.symlink(seeds / "missing.txt", seeds / "dangling.txt")
    os.symlink("loop.txt", seeds / "loop.txt")
    corpus = load_corpus(seeds, cache=False)
    assert corpus.documents["doc_id"].tolist() == ["good"]
    assert reasons(corpus) == {
        "alias.txt": SYMLINK_REASON,
        "dangling.txt": SYMLINK_REASON,
        "loop.txt": SYMLINK_REASON,
    }


def test_a_fifo_is_rejected_without_hanging(seeds: Path) -> None:
    os.mkfifo(seeds / "pipe.txt")
    corpus = load_within(seeds, cache=False)
    assert corpus.documents["doc_id"].tolist() == ["good"]
    assert "named pipe (FIFO)" in reasons(corpus)["pipe.txt"]


def test_a_device_is_rejected_without_being_opened(seeds: Path) -> None:
    try:
        os.mknod(seeds / "zero.txt", 0o600 | stat.S_IFCHR, os.makedev(1, 5))  # /dev/zero
    except PermissionError:
        pytest.skip("creating a device node needs root")
    corpus = load_within(seeds, cache=False)
    assert corpus.documents["doc_id"].tolist() == ["good"]
    assert "character device" in reasons(corpus)["zero.txt"]


def test_a_file_swapped_for_a_link_or_fifo_after_the_listing_is_not_read(
    seeds: Path,
) -> None:
    files, _ = list_article_files(seeds)
    (seeds / "good.txt").unlink()
    os.symlink(seeds.parent / "secret", seeds / "good.txt")
    with pytest.raises(UnreadableFileError, match="symbolic link"):
        read_file_bytes(files[0], 10_000_000)
    (seeds / "good.txt").unlink()
    os.mkfifo(seeds / "good.txt")
    with pytest.raises(UnreadableFileError, match="named pipe"):
        read_file_bytes(files[0], 10_000_000)


def test_a_symlinked_sidecar_is_never_read(seeds: Path, caplog: pytest.LogCaptureFixture) -> None:
    os.symlink(seeds.parent / "secret", seeds / "metadata.csv")
    with caplog.at_level(logging.WARNING, logger="analysis"):
        corpus = load_corpus(seeds, cache=False)
    assert corpus.documents["doc_id"].tolist() == ["good"]
    assert "symbolic link" in reasons(corpus)["metadata.csv"]
    assert "SECRET" not in everything_published(corpus)
    assert "SECRET" not in caplog.text


def test_a_fifo_sidecar_is_rejected_without_hanging(seeds: Path) -> None:
    os.mkfifo(seeds / "metadata.csv")
    corpus = load_within(seeds, cache=False)
    assert "named pipe" in reasons(corpus)["metadata.csv"]


# --- 2. names of any bytes ------------------------------------------------------------------


def test_a_name_that_is_not_utf8_loads_with_an_escaped_doc_id(seeds: Path) -> None:
    raw_name = os.path.join(os.fsencode(seeds), b"r\xe9sum\xe9 \x93quoted\x94.txt")
    with open(raw_name, "wb") as fh:
        fh.write(article(1).encode("utf-8"))
    corpus = load_corpus(seeds, cache=False)
    assert corpus.documents["doc_id"].tolist() == ["good", "r\\xe9sum\\xe9 \\x93quoted\\x94"]
    assert corpus.rejected.empty
    buffer = io.BytesIO()  # every table can be stored (no lone surrogates)
    for frame in (corpus.documents, corpus.paragraphs, corpus.sentences):
        frame.to_parquet(buffer)


def test_names_differing_only_in_case_keep_one_and_reject_the_others(seeds: Path) -> None:
    """Kept: a name ending in ``.txt`` (lowercase) before ``.TXT``, then the first in
    code-point order; the others are rejected naming the kept file."""
    (seeds / "report.TXT").write_text(article(1), encoding="utf-8")
    (seeds / "report.txt").write_text(article(2), encoding="utf-8")
    corpus = load_corpus(seeds, cache=False)
    assert corpus.documents["doc_id"].tolist() == ["good", "report"]
    assert "(note 2)" in corpus.documents.set_index("doc_id").loc["report", "text"]
    assert list(reasons(corpus)) == ["report.TXT"]
    assert "same doc_id as report.txt apart from letter case" in reasons(corpus)["report.TXT"]
    (seeds / "Report.txt").write_text(article(3), encoding="utf-8")
    corpus = load_corpus(seeds, cache=False)
    assert corpus.documents["doc_id"].tolist() == ["Report", "good"]
    assert sorted(reasons(corpus)) == ["report.TXT", "report.txt"]


def test_hash_and_question_mark_load_and_control_characters_are_refused(
    seeds: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (seeds / "a#1.txt").write_text(article(1), encoding="utf-8")
    (seeds / "b?2.txt").write_text(article(2), encoding="utf-8")
    (seeds / "evil\n[ERROR] forged.txt").write_text(article(3), encoding="utf-8")
    (seeds / "esc\x1b[2Jname.txt").write_text(article(4), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="analysis"):
        corpus = load_corpus(seeds, cache=False)
    assert corpus.documents["doc_id"].tolist() == ["a#1", "b?2", "good"]
    assert set(corpus.paragraphs["doc_id"]) == {"a#1", "b?2", "good"}
    found = reasons(corpus)
    assert "control characters" in found["evil\n[ERROR] forged.txt"]
    assert "control characters" in found["esc\x1b[2Jname.txt"]
    assert "\x1b" not in caplog.text
    assert all(not line.startswith("[ERROR]") for line in caplog.text.splitlines())
    assert "evil\\n[ERROR] forged.txt" in caplog.text


# --- 3. paths relative to the seeds folder -----------------------------------------------


def test_paths_are_relative_to_the_seeds_folder(seeds: Path, tmp_path: Path) -> None:
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "notes.docx").write_bytes(b"PK\x03\x04")
    corpus = load_corpus(seeds, cache=False)
    assert corpus.documents["path"].tolist() == ["good.txt"]
    assert sorted(corpus.rejected["path"]) == ["empty.txt", "notes.docx"]
    assert str(tmp_path) not in everything_published(corpus)
    assert corpus.file_path("good.txt") == seeds.resolve() / "good.txt"
    exported = tmp_path / "documents.csv"
    write_table(build_table(corpus, "documents"), exported, "csv")
    assert pd.read_csv(exported, encoding="utf-8-sig")["path"].tolist() == ["good.txt"]
    assert str(tmp_path) not in exported.read_text(encoding="utf-8-sig")


# --- 7. logging ---------------------------------------------------------------------------


def test_thousands_of_unreadable_files_log_a_few_lines_and_a_summary(
    seeds: Path, caplog: pytest.LogCaptureFixture
) -> None:
    for n in range(60):
        (seeds / f"empty_{n:03d}.txt").write_bytes(b"")
    with caplog.at_level(logging.WARNING, logger="analysis"):
        corpus = load_corpus(seeds, cache=False)
    assert len(corpus.rejected) == 60
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 11
    assert warnings[0].startswith("skipped empty_000.txt: empty file")
    assert "and 50 more files skipped" in warnings[-1]
    assert "rejected files" in warnings[-1]


def test_the_samples_still_load_the_same(tmp_path: Path) -> None:
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    corpus = load_corpus(copy, cache=False)
    assert corpus.rejected.empty
    assert corpus.documents["path"].tolist() == sorted(p.name for p in SEEDS.glob("*.txt"))


# --- 4. every cached table follows every edit it depends on --------------------------------


@pytest.fixture
def samples_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the samples, with its own cache folder."""
    monkeypatch.setenv("VN_CORPUS_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def report_documents(seeds: Path) -> pd.DataFrame:
    """The documents table as every report notebook reads it (``start_report`` without
    its display set-up): shared corpus, then shared inferred dates."""
    from analysis.annotators.annotate import dated_corpus
    from analysis.annotators.corpus_snapshot import shared_corpus

    return dated_corpus(shared_corpus(seeds)).documents.set_index("doc_id")


def test_an_edited_sidecar_reaches_the_tables_the_reports_read(samples_copy: Path) -> None:
    doc_id = next(SEEDS.glob("004*.txt")).stem
    sidecar = samples_copy / "metadata.csv"
    header = "doc_id,title,outlet,author,url\n"
    sidecar.write_text(header + f"{doc_id},First title,Outlet A,Ann Author,https://a.example/1\n")
    first = report_documents(samples_copy).loc[doc_id]
    assert (first["title"], first["outlet"], first["author"]) == (
        "First title",
        "Outlet A",
        "Ann Author",
    )
    sidecar.write_text(header + f"{doc_id},Second title,Outlet B,Bo Author,https://b.example/2\n")
    second = report_documents(samples_copy).loc[doc_id]
    assert (second["title"], second["outlet"], second["author"], second["url"]) == (
        "Second title",
        "Outlet B",
        "Bo Author",
        "https://b.example/2",
    )


def test_a_file_rewritten_with_its_size_and_mtime_kept_gives_its_new_text(
    samples_copy: Path,
) -> None:
    article = next(samples_copy.glob("004*.txt"))
    report_documents(samples_copy)
    data, before = article.read_bytes(), article.stat()
    assert b"Vietnam" in data
    article.write_bytes(data.replace(b"Vietnam", b"Vietnum"))  # cp -p, rsync -a, tar x
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert article.stat().st_size == before.st_size
    assert article.stat().st_mtime_ns == before.st_mtime_ns
    text = report_documents(samples_copy).loc[article.stem, "text"]
    assert "Vietnum" in text and "Vietnam" not in text
    assert (
        "Vietnum"
        in load_corpus(samples_copy).documents.set_index("doc_id").loc[article.stem, "text"]
    )


def test_every_module_and_data_file_and_the_runtime_key_the_parse_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from analysis.ingest import store

    package = Path(store.__file__).parents[1]  # analysis/, above the ingest folder
    inputs = set(store.package_inputs())
    assert set(package.rglob("*.py")) <= inputs
    assert {p for p in (package / "data").rglob("*") if p.is_file()} <= inputs
    before = store.package_fingerprint()
    monkeypatch.setattr(store, "runtime_versions", lambda: "python 9.9 pandas 9 pyarrow 9")
    assert store.package_fingerprint() != before


# --- 5. one build reads one snapshot of the folder ---------------------------------------


def test_kernels_of_a_build_read_the_snapshot_the_build_loaded(
    samples_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analysis.annotators import corpus_snapshot

    loaded = corpus_snapshot.shared_corpus(samples_copy)  # what the build process loads
    env = corpus_snapshot.snapshot_env(samples_copy, loaded)
    for n in range(3):  # articles arrive while the build runs
        (samples_copy / f"late_{n}.txt").write_text(article(n), encoding="utf-8")
    monkeypatch.setenv(corpus_snapshot.SNAPSHOT_ENV, env[corpus_snapshot.SNAPSHOT_ENV])
    assert len(corpus_snapshot.shared_corpus(samples_copy)) == 8  # the build itself: a new listing
    build_pid = os.getpid()
    monkeypatch.setattr(os, "getpid", lambda: build_pid + 1)  # a kernel the build started
    kernel = corpus_snapshot.shared_corpus(samples_copy)
    assert kernel.documents["doc_id"].tolist() == loaded.documents["doc_id"].tolist()
    assert kernel.corpus_hash == loaded.corpus_hash
    assert len(corpus_snapshot.shared_corpus(samples_copy.parent / "seeds")) == 5
    other = samples_copy.parent / "other"
    shutil.copytree(samples_copy, other)
    assert len(corpus_snapshot.shared_corpus(other)) == 8  # the snapshot names one folder only


# --- 6. a cache that is not what it should be is recomputed, and kept private --------------


def test_a_shared_cache_file_with_wrong_columns_or_types_is_recomputed(
    samples_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from analysis.annotators import cached, corpus_snapshot, shared_cache
    from analysis.annotators.annotate import corpus_annotations, corpus_theme_hits

    expected = load_corpus(samples_copy, cache=False)
    corpus_snapshot.shared_corpus(samples_copy)
    stored = list((samples_copy.parent / "cache").rglob("corpus_documents-*.parquet"))
    assert stored
    for path in stored:  # valid Parquet, wrong type: n_words as text
        expected.documents.assign(n_words=expected.documents["n_words"].astype("str")).to_parquet(
            path
        )
    with caplog.at_level(logging.WARNING, logger="analysis.ingest.store"):
        again = corpus_snapshot.shared_corpus(samples_copy)
    assert "column 'n_words' has type" in caplog.text
    pd.testing.assert_frame_equal(again.documents, expected.documents)
    cached.clear()
    key = corpus_annotations.key(again)
    store = shared_cache.SharedCache(samples_copy.parent / "cache")
    pd.DataFrame({"wrong": [1]}).to_parquet(store.path("theme_hits", key))
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="analysis.ingest.store"):
        hits = corpus_theme_hits(again)
    assert "columns [wrong]" in caplog.text
    assert "theme" in hits.columns and len(hits)


def test_a_parse_cache_shard_with_wrong_columns_or_truncated_is_dropped_once(
    samples_copy: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analysis.ingest import file_parsing

    calls: list[str] = []
    original = file_parsing.parse_document

    def counting(doc_id: str, path: str, data: bytes):
        calls.append(doc_id)
        return original(doc_id, path, data)

    monkeypatch.setattr(file_parsing, "parse_document", counting)
    expected = load_corpus(samples_copy)
    root = samples_copy.parent / "cache"
    (shard,) = root.glob("*/documents-*.parquet")
    pd.read_parquet(shard).drop(columns=["title"]).to_parquet(shard)
    with caplog.at_level(logging.WARNING, logger="analysis.ingest.store"):
        again = load_corpus(samples_copy)
    assert "instead of" in caplog.text
    pd.testing.assert_frame_equal(again.documents, expected.documents)
    assert len(calls) == 10
    (shard,) = root.glob("*/sentences-*.parquet")
    shard.write_bytes(shard.read_bytes()[: shard.stat().st_size // 2])  # truncated
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="analysis.ingest.store"):
        load_corpus(samples_copy)
    assert "cannot be read" in caplog.text
    assert len(calls) == 15
    pd.testing.assert_frame_equal(load_corpus(samples_copy).sentences, expected.sentences)
    assert len(calls) == 15  # the broken shard is gone: nothing parsed again


def test_the_cache_never_goes_where_other_users_can_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analysis.ingest.store import default_cache_dir

    monkeypatch.delenv("VN_CORPUS_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp
    seeds = shared / "seeds"
    shutil.copytree(SEEDS, seeds)
    seeds.chmod(0o755)
    cache_dir = default_cache_dir(seeds)
    assert cache_dir.parent == tmp_path / "xdg" / "vn-corpus"
    load_corpus(seeds)
    assert not (shared / ".cache").exists()
    assert list(cache_dir.glob("*/documents-*.parquet"))
    assert stat.S_IMODE((tmp_path / "xdg" / "vn-corpus").stat().st_mode) == 0o700
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700

    own = tmp_path / "own"
    own.mkdir(mode=0o755)
    shutil.copytree(SEEDS, own / "seeds")
    assert default_cache_dir(own / "seeds") == own / ".cache" / "corpus"
    load_corpus(own / "seeds")
    assert stat.S_IMODE((own / ".cache").stat().st_mode) == 0o700
    (own / "seeds").chmod(0o775)  # group-writable seeds: not beside them
    assert default_cache_dir(own / "seeds").parent == tmp_path / "xdg" / "vn-corpus"
    (own / "seeds").chmod(0o755)
    shutil.rmtree(own / ".cache")
    os.symlink(shared, own / ".cache")  # a planted link where the cache would go
    assert default_cache_dir(own / "seeds").parent == tmp_path / "xdg" / "vn-corpus"
    monkeypatch.setenv("VN_CORPUS_CACHE_DIR", str(tmp_path / "chosen"))
    assert default_cache_dir(own / "seeds") == tmp_path / "chosen"


@pytest.mark.slow
def test_articles_added_during_a_build_are_in_no_page_of_it(
    samples_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    from analysis.site import reports

    original = reports.corpus_annotations.ensure_stored

    def add_articles_then_prepare(*args, **kwargs):  # after the build loaded the folder
        for n in range(3):
            (samples_copy / f"late_{n}.txt").write_text(article(n), encoding="utf-8")
        return original(*args, **kwargs)

    monkeypatch.setattr(reports.corpus_annotations, "ensure_stored", add_articles_then_prepare)
    out = tmp_path / "reports"
    reports.build_reports(samples_copy, out, only=["overview"])
    page = (out / "overview.html").read_text(encoding="utf-8")
    headline = re.search(r">documents</td>\s*<td[^>]*>(\d+)<", page)
    assert headline is not None and headline.group(1) == "5"
    assert "late_0" not in page
    assert "late_0" not in (out / "index.html").read_text(encoding="utf-8")


def test_a_strict_load_names_a_bad_file_on_one_line(seeds: Path) -> None:
    from analysis.core.errors import RejectedFileError

    (seeds / "two\nlines.txt").write_text(article(1), encoding="utf-8")
    (seeds / "spoof\u202etxt.exe.txt").write_text(article(2), encoding="utf-8")
    with pytest.raises(RejectedFileError) as failure:
        load_corpus(seeds, strict=True, cache=False)
    assert "\n" not in str(failure.value) and "control characters" in str(failure.value)
    corpus = load_corpus(seeds, cache=False)
    assert "text-direction" in reasons(corpus)["spoof\u202etxt.exe.txt"]


@pytest.mark.slow  # runs the command line in a fresh interpreter (about 15 s)
def test_the_command_line_log_stays_short_and_escaped(seeds: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    for n in range(200):
        (seeds / f"blank_{n:03d}.txt").write_bytes(b" \n")
    (seeds / "\x1b]0;owned\x07title.txt").write_text(article(1), encoding="utf-8")
    out = tmp_path / "rejected.csv"
    command = ["export", "rejected", "--seeds", str(seeds), "--format", "csv", "--out", str(out)]
    run = subprocess.run(
        [sys.executable, "-m", "analysis", *command],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "VN_CORPUS_CACHE": "0"},
        cwd=Path(__file__).resolve().parents[1],
    )
    assert run.returncode == 0, run.stderr
    assert "\x1b" not in run.stderr and "\x07" not in run.stderr
    skipped = [line for line in run.stderr.splitlines() if "skipped" in line]
    assert len(skipped) == 11
    assert "and 191 more files skipped" in skipped[-1]
    assert len(pd.read_csv(out, encoding="utf-8-sig")) == 201
