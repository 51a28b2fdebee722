"""A seeds folder with every kind of bad file: nothing stops the load, nothing is lost."""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import load_corpus
from analysis.core.errors import RejectedFileError
from analysis.ingest.corpus import parse_document
from analysis.ingest.decode import UndecodableError, decode_bytes
from analysis.ingest.layout import PARAGRAPH_ROW
from tests.conftest import SEEDS

ARTICLE = (
    "Vietnam and Cambodia deepen ties\n\nHanoi and Phnom Penh agreed on Monday to expand "
    "trade, investment and people-to-people exchanges, officials said after the talks.\n"
)
CP1252_ARTICLE = (
    "Café diplomacy – a “new” chapter\n\nThe two sides agreed on closer links in "
    "trade, culture and education, officials said after the talks ended.\n"
)


@pytest.fixture(scope="module")
def messy(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("messy")
    sample = next(SEEDS.glob("004*.txt")).read_bytes()
    files = {
        "empty.txt": b"",
        "blank.txt": b"  \n\n \t\n",
        "saved_pdf.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n" * 20,
        "nul_bytes.txt": bytes(range(256)) * 10,
        "bom.txt": b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
        "utf16.txt": b"\xff\xfe" + ARTICLE.encode("utf-16-le"),
        "utf16_no_bom.txt": ARTICLE.encode("utf-16-be"),
        "windows.txt": CP1252_ARTICLE.encode("cp1252"),
        "crlf.txt": ARTICLE.replace("\n", "\r\n").encode("utf-8"),
        "no_blank_lines.txt": b"A title\nFirst paragraph of the article runs on for quite a "
        b"few words so that it reads as prose.\nSecond one, also long "
        b"enough to be read as running text by the loader.\n",
        "copy_a.txt": sample,
        "copy_b.txt": sample,
        "notes.docx": b"PK\x03\x04 not an article",
        "image.png": b"\x89PNG\r\n\x1a\n",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    with (folder / "huge.txt").open("wb") as fh:  # 50 MB: refused before it is read
        fh.write(b"Huge title\n\n" + b"word " * 10_000_000)
    return folder


@pytest.fixture(scope="module")
def messy_corpus(messy):
    return load_corpus(messy)


def test_bad_files_are_rejected_with_reasons(messy_corpus):
    reasons = {Path(p).name: r for p, r in messy_corpus.rejected.itertuples(index=False)}
    assert "empty file" in reasons["empty.txt"]
    assert "empty file" in reasons["blank.txt"]
    assert "PDF" in reasons["saved_pdf.txt"]
    assert "binary" in reasons["nul_bytes.txt"]
    assert "too large" in reasons["huge.txt"] and "max_file_mb" in reasons["huge.txt"]
    assert "not a .txt file" in reasons["notes.docx"]
    assert "not a .txt file" in reasons["image.png"]
    assert len(reasons) == 7


def test_every_readable_file_is_loaded_and_decoded(messy_corpus):
    docs = messy_corpus.documents.set_index("doc_id")
    assert sorted(docs.index) == [
        "bom",
        "copy_a",
        "copy_b",
        "crlf",
        "no_blank_lines",
        "utf16",
        "utf16_no_bom",
        "windows",
    ]
    for name in ("bom", "utf16", "utf16_no_bom", "crlf"):
        assert docs.loc[name, "title"] == "Vietnam and Cambodia deepen ties"
        assert "people-to-people exchanges" in docs.loc[name, "text"]
    assert docs.loc["bom", "encoding"] == "utf-8+bom"
    assert docs.loc["utf16", "encoding"] == "utf-16-le+bom"
    assert docs.loc["utf16_no_bom", "encoding"] == "utf-16-be"
    assert docs.loc["windows", "encoding"] == "cp1252"
    assert docs.loc["windows", "title"] == "Café diplomacy – a “new” chapter"
    assert docs.loc["no_blank_lines", "title"] == "A title"
    assert docs.loc["no_blank_lines", "n_words"] > 20


def test_duplicates_are_kept_and_marked(messy_corpus):
    docs = messy_corpus.documents.set_index("doc_id")
    assert docs.loc["copy_b", "duplicate_of"] == "copy_a"
    assert docs.loc["copy_a", "duplicate_of"] == ""
    assert docs.loc["crlf", "duplicate_of"] == "bom"  # same text, other bytes


def test_every_loaded_file_rebuilds_byte_for_byte(messy, messy_corpus):
    for doc in messy_corpus.documents.itertuples():
        paras = messy_corpus.paragraphs[messy_corpus.paragraphs["doc_id"] == doc.doc_id]
        decoded = decode_bytes((messy / f"{doc.doc_id}.txt").read_bytes())
        assert "".join(paras["raw"]) == decoded.text
        assert decoded.encode() == (messy / f"{doc.doc_id}.txt").read_bytes()


def test_rejections_are_logged_with_the_file_name(messy, caplog):
    with caplog.at_level(logging.WARNING, logger="analysis"):
        load_corpus(messy)
    assert any("saved_pdf.txt" in r.getMessage() for r in caplog.records)


def test_strict_raises_on_the_first_problem(messy):
    with pytest.raises(RejectedFileError, match=r"(notes\.docx|image\.png|empty\.txt)"):
        load_corpus(messy, strict=True)


def test_sidecar_overrides_and_says_so(tmp_path):
    for path in SEEDS.glob("*.txt"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    doc_004 = next(SEEDS.glob("004*.txt")).stem
    doc_002 = next(SEEDS.glob("002*.txt")).stem
    (tmp_path / "metadata.csv").write_text(
        "doc_id,outlet,published,url\n"
        f"{doc_004},Vietnam.vn,,\n"
        f"{doc_002},,2023-07-25,\n"
        "not_a_document,X,,\n",
        encoding="utf-8",
    )
    docs = load_corpus(tmp_path).documents.set_index("doc_id")
    assert docs.loc[doc_004, "outlet"] == "Vietnam.vn"
    assert docs.loc[doc_004, "date_source"] == "header"
    assert str(docs.loc[doc_002, "published"].date()) == "2023-07-25"
    assert docs.loc[doc_002, "date_source"] == "sidecar"
    assert docs.loc[doc_002, "published_precision"] == "day"


def test_a_broken_sidecar_is_listed_not_fatal(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("title,outlet\nx,y\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert len(corpus) == 1
    assert "doc_id" in corpus.rejected["reason"].iloc[0]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_any_text_loads_and_loses_nothing(text):
    try:
        row, rows = parse_document("x", "x.txt", text.encode("utf-8"))
    except UndecodableError:
        assert not text.strip() or "\x00" in text or any(ord(c) < 32 for c in text)
        return
    paragraphs = pd.DataFrame(rows, columns=list(PARAGRAPH_ROW))
    assert "".join(paragraphs["raw"]) == text
    assert paragraphs["para_id"].tolist() == list(range(len(paragraphs)))
    assert row["n_words"] >= 0


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_are_loaded_exactly_or_rejected(data):
    try:
        decoded = decode_bytes(data)
    except UndecodableError as exc:
        assert str(exc)
        return
    assert decoded.encode() == data
    _, rows = parse_document("x", "x.txt", data)
    raw = PARAGRAPH_ROW.index("raw")
    assert "".join(row[raw] for row in rows) == decoded.text
