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
from analysis.corpus import SYMLINK_REASON, UnreadableFileError, _read_one, list_article_files
from analysis.errors import safe_name
from analysis.tables import build_table, write_table
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
        _read_one(files[0], 10_000_000)
    (seeds / "good.txt").unlink()
    os.mkfifo(seeds / "good.txt")
    with pytest.raises(UnreadableFileError, match="named pipe"):
        _read_one(files[0], 10_000_000)


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


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("plain name.txt", "plain name.txt"),
        ("Việt Nam – đối ngoại.txt", "Việt Nam – đối ngoại.txt"),
        ("a\nb\rc\td.txt", "a\\nb\\rc\\td.txt"),
        ("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"),
        ("bidi\u202etxt.exe", "bidi\\u202etxt.exe"),
        ("undecodable \udce9.txt", "undecodable \\xe9.txt"),
        ("back\\slash", "back\\\\slash"),
    ],
)
def test_safe_name_escapes_what_could_forge_a_line_or_drive_a_terminal(
    name: str, shown: str
) -> None:
    assert safe_name(name) == shown
    assert safe_name("x" * 500, limit=20) == "x" * 19 + "…"


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
