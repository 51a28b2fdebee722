"""Tests of ``analysis.ingest.seeds_folder``: which entries of a seeds folder are
article files (regular ``.txt`` files with safe, unique names), reading their bytes
within a size limit, ``metadata.csv`` read the same way, the folder's fingerprint and
the log of rejected files. Every folder is built in ``tmp_path``."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from analysis.core.errors import SeedsNotFoundError
from analysis.ingest.seeds_folder import (
    SYMLINK_REASON,
    UnreadableFileError,
    describe_folder,
    display_name,
    doc_id_of,
    list_article_files,
    log_rejected,
    read_file_bytes,
    read_sidecar_file,
)
from analysis.ingest.sidecar import SidecarError

BODY = b"Hanoi (VNA) - A delegation arrived on 13/12/2021.\n"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "b_visit.txt").write_bytes(BODY)
    (folder / "a_talks.txt").write_bytes(BODY + b"More.\n")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    (folder / "README.md").write_text("about the folder")
    (folder / "metadata.csv").write_text("doc_id,title\na_talks,Talks\n")
    (folder / ".hidden.txt").write_bytes(BODY)
    (folder / "sub").mkdir()
    (folder / "sub" / "inner.txt").write_bytes(BODY)
    return folder


def test_lists_txt_files_sorted_and_says_why_others_are_skipped(seeds: Path) -> None:
    files, skipped = list_article_files(seeds)
    assert [p.name for p in files] == ["a_talks.txt", "b_visit.txt"]
    assert skipped == [("notes.docx", skipped[0][1])]
    assert "not a .txt file (.docx)" in skipped[0][1]


def test_links_and_control_characters_are_refused(seeds: Path) -> None:
    (seeds / "link.txt").symlink_to(seeds / "a_talks.txt")
    (seeds / "bad\nname.txt").write_bytes(BODY)
    files, skipped = list_article_files(seeds)
    reasons = dict(skipped)
    assert reasons["link.txt"] == SYMLINK_REASON
    assert "control characters" in reasons["bad\nname.txt"]
    assert "link.txt" not in [p.name for p in files]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_listed_not_opened(seeds: Path) -> None:
    os.mkfifo(seeds / "pipe.txt")
    reasons = dict(list_article_files(seeds)[1])
    assert reasons["pipe.txt"].startswith("a named pipe (FIFO), not a regular file")
    with pytest.raises(UnreadableFileError, match="named pipe"):
        read_file_bytes(seeds / "pipe.txt", 1000)


def test_names_differing_only_in_case_keep_one(seeds: Path) -> None:
    (seeds / "A_TALKS.TXT").write_bytes(BODY)
    files, skipped = list_article_files(seeds)
    assert "A_TALKS.TXT" not in [p.name for p in files]
    assert dict(skipped)["A_TALKS.TXT"].startswith("same doc_id as a_talks.txt")


def test_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(SeedsNotFoundError):
        list_article_files(tmp_path / "nowhere")


def test_names_that_are_not_utf8_are_escaped() -> None:
    raw = os.fsdecode(b"bai\xe9.txt")  # latin-1 byte kept as a surrogate
    assert display_name(raw) == "bai\\xe9.txt"
    assert display_name("bài.txt") == "bài.txt"
    assert doc_id_of(Path(raw)) == "bai\\xe9"


def test_read_file_bytes_within_the_limit(seeds: Path) -> None:
    assert read_file_bytes(seeds / "b_visit.txt", len(BODY)) == BODY
    with pytest.raises(UnreadableFileError, match="too large for one article"):
        read_file_bytes(seeds / "b_visit.txt", len(BODY) - 1)
    with pytest.raises(UnreadableFileError, match="cannot be opened"):
        read_file_bytes(seeds / "gone.txt", 100)


def test_read_file_bytes_does_not_follow_a_link(seeds: Path) -> None:
    (seeds / "link.txt").symlink_to(seeds / "a_talks.txt")
    with pytest.raises(UnreadableFileError, match="symbolic link"):
        read_file_bytes(seeds / "link.txt", 1000)


def test_sidecar_read_or_none_or_refused(seeds: Path, tmp_path: Path) -> None:
    assert read_sidecar_file(seeds).loc["a_talks", "title"] == "Talks"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert read_sidecar_file(empty) is None
    (empty / "metadata.csv").symlink_to(seeds / "metadata.csv")
    with pytest.raises(SidecarError, match=r"metadata\.csv: symbolic link"):
        read_sidecar_file(empty)


def test_describe_folder_changes_with_content_only(seeds: Path) -> None:
    before = list(describe_folder(seeds))
    assert sum(line.startswith("file\x1f") for line in before) == 2
    assert any(line.startswith("skipped\x1f") for line in before)
    assert any(line.startswith("sidecar\x1f") for line in before)
    os.utime(seeds / "a_talks.txt", (0, 0))  # a new modification time changes nothing
    assert list(describe_folder(seeds)) == before
    (seeds / "a_talks.txt").write_bytes(BODY + b"Edited.\n")
    assert list(describe_folder(seeds)) != before


def test_log_rejected_caps_the_lines(caplog) -> None:
    rejected = [(f"f{i}.pdf", "not a .txt file") for i in range(15)]
    with caplog.at_level(logging.WARNING):
        log_rejected(rejected, limit=3)
    assert len(caplog.records) == 4
    assert caplog.records[0].getMessage() == "skipped f0.pdf: not a .txt file"
    assert "… and 12 more files skipped" in caplog.records[-1].getMessage()
