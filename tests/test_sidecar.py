"""Tests of ``analysis.ingest.sidecar``: reading ``seeds/metadata.csv`` into a frame
indexed by ``doc_id``, with errors naming the file and the bad entry."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from analysis.ingest.sidecar import SIDECAR_COLUMNS, SidecarError, read_sidecar


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "metadata.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_reads_columns_trimmed_and_indexed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Doc_ID ,Title,Published,url\n"
        "visit.txt, Party delegation visits Laos ,13/12/2021,https://example.org/a\n"
        "talks,,,\n",
    )
    frame = read_sidecar(path)
    assert list(frame.index) == ["visit", "talks"]  # ".txt" dropped
    assert list(frame.columns) == ["title", "published", "url"]
    assert frame.loc["visit", "title"] == "Party delegation visits Laos"
    assert frame.loc["talks", "title"] == ""  # empty cells stay empty strings, not NaN
    assert set(frame.columns) <= set(SIDECAR_COLUMNS)


def test_utf8_with_bom_and_vietnamese(tmp_path: Path) -> None:
    path = write(tmp_path, "doc_id,author\nbai1,Nguyễn Hồng\n", encoding="utf-8-sig")
    assert read_sidecar(path).loc["bai1", "author"] == "Nguyễn Hồng"


def test_bytes_given_are_read_instead_of_the_file(tmp_path: Path) -> None:
    frame = read_sidecar(tmp_path / "metadata.csv", data=b"doc_id,outlet\na,VNA\n")
    assert frame.loc["a", "outlet"] == "VNA"


def test_unknown_columns_are_ignored_with_a_warning(tmp_path: Path, caplog) -> None:
    path = write(tmp_path, "doc_id,title,colour\na,T,red\n")
    with caplog.at_level(logging.WARNING):
        frame = read_sidecar(path)
    assert "colour" not in frame.columns
    assert "metadata.csv: ignoring unknown columns colour" in caplog.text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title,author\nA,B\n", "metadata.csv: has no 'doc_id' column (columns: title, author)"),
        ("doc_id,title\na,One\na.txt,Two\nb,x\n", "metadata.csv: doc_id listed twice: a;"),
        ("", "metadata.csv: cannot be read as CSV"),
        ('doc_id,title\na,"unclosed\n', "metadata.csv: cannot be read as CSV"),
    ],
)
def test_bad_file_names_itself_and_the_entry(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(SidecarError) as raised:
        read_sidecar(write(tmp_path, text))
    assert message in str(raised.value)


def test_not_utf8_is_an_error_naming_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "doc_id,title\na,caf\xe9\n", encoding="latin-1")
    with pytest.raises(SidecarError, match=r"metadata\.csv: cannot be read as CSV"):
        read_sidecar(path)
