"""Tests of ``analysis.ingest.file_parsing``: one file's bytes to its documents row and
paragraphs, runs of files parsed (rejected, known and repeated contents), and the tables
assembled per file from content-keyed parses. Files are written in ``tmp_path``."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings

from analysis.core import schema
from analysis.core.document_text import DocumentsWithoutText
from analysis.core.errors import RejectedFileError
from analysis.core.paragraph_raw import ParagraphsWithoutRaw
from analysis.core.sentence_text import SentenceSpans
from analysis.core.text import split_sentences_table
from analysis.dates import parse_date
from analysis.ingest.dask_engine import EngineError
from analysis.ingest.decode import UndecodableError
from analysis.ingest.file_parsing import (
    ENGINES,
    HELD_DOCUMENTS,
    HELD_PARAGRAPHS,
    HELD_SENTENCES,
    PARAGRAPH_DTYPES,
    _split,
    assemble_tables,
    build_documents,
    check_engine,
    date_fields,
    first_of_each_content,
    key_by_content,
    keyed_rows,
    parse_all,
    parse_all_to_parts,
    parse_document,
    parse_files,
    parse_files_to_parts,
    without_tables,
)
from analysis.ingest.layout import PARAGRAPH_ROW
from analysis.ingest.store import Store
from analysis.ingest.table_parts import TableParts
from tests.conftest import SEEDS
from tests.strategies import articles

ARTICLE = b"""Party delegation visits Laos

Tuesday, February 6, 2024 08:41

By Nguyen Hong

VIENTIANE (VNA) - A delegation arrived in Vientiane on February 5 for talks. The two \
sides reviewed cooperation.

They agreed to hold further talks next year.

Related Articles
"""


def test_parse_document_reads_the_metadata_and_text() -> None:
    row, paragraphs = parse_document("visit", "visit.txt", ARTICLE)
    assert row["doc_id"] == row["story_id"] == "visit"
    assert row["sha256"] == hashlib.sha256(ARTICLE).hexdigest()
    assert row["encoding"] == "utf-8"
    assert row["title"] == "Party delegation visits Laos"
    assert row["author"] == "Nguyen Hong"
    assert row["published"] == pd.Timestamp("2024-02-06")
    assert (row["published_precision"], row["date_source"]) == ("day", "header")
    assert row["text"].startswith("A delegation arrived")
    assert "Related Articles" not in row["text"]  # boilerplate is not content
    assert row["n_words"] == len(row["text"].split())
    kinds = [p[2] for p in paragraphs]
    assert kinds[0] == "title" and "boilerplate" in kinds
    # the raw column rebuilds the file byte for byte
    assert "".join(p[4] for p in paragraphs).encode() == ARTICLE


def test_parse_document_refuses_binary_bytes() -> None:
    with pytest.raises(UndecodableError, match="PDF"):
        parse_document("x", "x.txt", b"%PDF-1.4 binary")


def test_date_fields() -> None:
    match = parse_date("May 2023")
    assert date_fields(match, "header", "May 2023") == {
        "published": pd.Timestamp("2023-05-01"),
        "published_precision": "month",
        "date_source": "header",
        "date_evidence": "May 2023",
    }
    assert date_fields(parse_date("summer 2023"), "footer", "e")["published_precision"] == "year"
    empty = date_fields(parse_date("31/02/2021"), "header", "31/02/2021")  # impossible
    assert empty["published"] is pd.NaT and empty["date_source"] == ""
    assert date_fields(None, "header", "")["published_precision"] == ""


def test_build_documents_has_the_schema_columns_and_dtypes() -> None:
    empty = build_documents([])
    assert tuple(empty.columns) == schema.DOCUMENT_COLUMNS
    assert str(empty["published"].dtype) == "datetime64[us]"
    assert str(empty["n_words"].dtype) == "int64"
    row, _ = parse_document("visit", "visit.txt", ARTICLE)
    one = build_documents([row])
    assert one.loc[0, "published"] == pd.Timestamp("2024-02-06")


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    (tmp_path / "a.txt").write_bytes(ARTICLE)
    (tmp_path / "b.txt").write_bytes(ARTICLE)  # the same content under another name
    (tmp_path / "c.txt").write_bytes(b"Short note\n\nHanoi talks on 13/12/2021 went well.\n")
    (tmp_path / "d.txt").write_bytes(b"")
    return sorted(tmp_path.glob("*.txt"))


def test_parse_files_parses_each_content_once_and_rejects_with_reason(files) -> None:
    batch = parse_files(files, max_bytes=10_000)
    assert [doc_id for doc_id, _, _ in batch.listing] == ["a", "b", "c"]
    assert list(batch.documents["doc_id"]) == ["a", "c"]  # b repeats a's bytes
    assert batch.rejected == [("d.txt", batch.rejected[0][1])]
    assert batch.rejected[0][1].startswith("empty file")
    assert set(batch.paragraphs["doc_id"]) == {"a", "c"}
    assert set(batch.sentences["doc_id"]) <= {"a", "c"}


def test_parse_files_skips_known_contents_and_strict_raises(files) -> None:
    known = frozenset({hashlib.sha256(ARTICLE).hexdigest()})
    batch = parse_files(files, max_bytes=10_000, known=known)
    assert list(batch.documents["doc_id"]) == ["c"]
    assert len(batch.listing) == 3  # known files are still listed
    with pytest.raises(RejectedFileError, match=r"d\.txt: empty file"):
        parse_files(files, max_bytes=10_000, strict=True)
    assert parse_files(files[:1], max_bytes=10).rejected[0][1].startswith("too large")


def test_tables_are_assembled_per_file_from_the_content_keyed_parse(files) -> None:
    batch = parse_all(files, max_bytes=10_000, known=frozenset(), strict=False)[0]
    parsed = key_by_content([batch.documents], [batch.paragraphs], [batch.sentences])
    assert "sha256" in parsed.paragraphs.columns and "doc_id" not in parsed.paragraphs.columns
    documents, paragraphs, sentences = assemble_tables(batch.listing, parsed)
    assert list(documents["doc_id"]) == ["a", "b", "c"]
    assert documents.loc[1, "title"] == documents.loc[0, "title"]
    a, b = (paragraphs[paragraphs["doc_id"] == d].drop(columns="doc_id") for d in "ab")
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True))
    assert tuple(documents.columns) == HELD_DOCUMENTS  # as a Corpus holds them
    assert tuple(paragraphs.columns) == HELD_PARAGRAPHS
    assert tuple(sentences.columns) == HELD_SENTENCES
    empty = assemble_tables([], None)
    assert [len(t) for t in empty] == [0, 0, 0]
    assert [tuple(t.columns) for t in empty] == [HELD_DOCUMENTS, HELD_PARAGRAPHS, HELD_SENTENCES]


def test_a_parsed_run_holds_the_text_once_and_gives_back_what_each_file_parses_to() -> None:
    files = sorted(SEEDS.glob("*.txt"))
    batch = parse_files(files, max_bytes=10_000_000)
    assert "text" not in batch.documents.columns and "raw" not in batch.paragraphs.columns
    assert "text" not in batch.sentences.columns and "text" in batch.paragraphs.columns
    assert tuple(batch.documents.columns) == HELD_DOCUMENTS
    assert tuple(batch.paragraphs.columns) == HELD_PARAGRAPHS
    assert tuple(batch.sentences.columns) == HELD_SENTENCES
    rows, paragraph_rows = [], []
    for (doc_id, shown, _), path in zip(batch.listing, files, strict=True):
        row, paragraphs = parse_document(doc_id, shown, path.read_bytes())
        rows.append(row)
        paragraph_rows.extend(paragraphs)
    full = pd.DataFrame(paragraph_rows, columns=list(PARAGRAPH_ROW)).astype(PARAGRAPH_DTYPES)
    sentences = split_sentences_table(full[full["kind"].isin(schema.SENTENCE_KINDS)])
    held = batch.paragraphs
    documents = DocumentsWithoutText.held(batch.documents).with_text(held)
    pd.testing.assert_frame_equal(documents, build_documents(rows))
    pd.testing.assert_frame_equal(ParagraphsWithoutRaw.held(held).with_text(held), full)
    pd.testing.assert_frame_equal(SentenceSpans.held(batch.sentences).with_text(held), sentences)
    assert len(sentences) > 300 and documents["text"].str.len().min() > 1000


def test_check_engine_and_split() -> None:
    assert [check_engine(e) for e in ENGINES] == list(ENGINES)
    with pytest.raises(EngineError, match="engine = 'spark' is invalid; must be one of"):
        check_engine("spark")
    assert _split(list(range(7)), 3) == [[0, 1, 2], [3, 4, 5], [6]]
    assert _split([], 4) == []


@settings(max_examples=30, deadline=None)
@given(articles())
def test_paragraph_raw_rebuilds_any_text(text: str) -> None:
    data = text.encode("utf-8")
    if not text.strip() or len(data) < 2:
        return
    try:
        row, paragraphs = parse_document("doc", "doc.txt", data)
    except UndecodableError:
        return  # not an article (control characters): refused with a reason
    assert "".join(p[4] for p in paragraphs).encode(row["encoding"].split("+")[0]) == data


def test_keyed_rows_puts_the_content_in_place_of_the_doc_id_and_drops_other_documents() -> None:
    frame = pd.DataFrame({"doc_id": ["a", "b", "a"], "para_id": [0, 0, 1]}).astype(
        {"doc_id": "str"}
    )
    keyed = keyed_rows(frame, {"a": "sha-a"})
    assert list(keyed.columns) == ["sha256", "para_id"]
    assert list(keyed["sha256"]) == ["sha-a", "sha-a"] and list(keyed["para_id"]) == [0, 1]


def test_a_run_parsed_to_parts_writes_its_keyed_tables_and_keeps_its_documents(
    files, tmp_path: Path
) -> None:
    parts = TableParts.open(Store(tmp_path / "cache", fingerprint="f"), "shard")
    batch = parse_files_to_parts(parts, (3, files), max_bytes=10_000)
    whole = parse_files(files, max_bytes=10_000)
    assert batch.listing == whole.listing and batch.rejected == whole.rejected
    pd.testing.assert_frame_equal(batch.documents, whole.documents)
    assert len(batch.paragraphs) == len(batch.sentences) == 0  # they are in the parts
    keyed = key_by_content([whole.documents], [whole.paragraphs], [whole.sentences])
    for name in ("paragraphs", "sentences"):
        part = pd.read_parquet(parts.part_path(name, 3))
        pd.testing.assert_frame_equal(part, getattr(keyed, name))


def test_without_tables_keeps_the_listing_documents_and_rejected_files(files) -> None:
    batch = parse_files(files, max_bytes=10_000)
    empty = without_tables(batch)
    assert (empty.listing, empty.rejected) == (batch.listing, batch.rejected)
    assert empty.documents is batch.documents
    assert len(empty.paragraphs) == len(empty.sentences) == 0
    assert list(empty.paragraphs.columns) == list(batch.paragraphs.columns)


def test_all_runs_parsed_to_parts_in_processes_join_to_the_gathered_tables(
    tmp_path: Path,
) -> None:
    files = sorted(SEEDS.glob("*.txt"))  # the samples, in runs of two files
    parts = TableParts.open(Store(tmp_path / "cache", fingerprint="f"), "shard")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("analysis.ingest.file_parsing.PROGRESS_EVERY", 2)
        batches = parse_all_to_parts(
            files, parts, max_bytes=10_000_000, known=frozenset(), strict=False, jobs=2
        )
        gathered = parse_all(files, max_bytes=10_000_000, known=frozenset(), strict=False)
    assert len(batches) == len(gathered) == 3
    whole = key_by_content(
        *([getattr(b, t) for b in gathered] for t in ("documents", "paragraphs", "sentences"))
    )
    documents, select = first_of_each_content([b.documents for b in batches])
    pd.testing.assert_frame_equal(documents, whole.documents)
    for name in ("paragraphs", "sentences"):
        assert parts.join(name, len(batches), select=select, key="joined")
        joined = pd.read_parquet(parts.store.path(name, "joined"))
        pd.testing.assert_frame_equal(joined, getattr(whole, name))


def test_the_first_parse_of_a_content_parsed_in_two_runs_is_kept(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(ARTICLE)
    (tmp_path / "b.txt").write_bytes(b"Short note\n\nHanoi talks on 13/12/2021 went well.\n")
    (tmp_path / "c.txt").write_bytes(ARTICLE)  # a's content again, in the second run
    files = sorted(tmp_path.glob("*.txt"))
    parts = TableParts.open(Store(tmp_path / "cache", fingerprint="f"), "shard")
    runs = [
        parse_files_to_parts(parts, (i, run), max_bytes=10_000)
        for i, run in enumerate([files[:2], files[2:]])
    ]
    documents, select = first_of_each_content([r.documents for r in runs])
    assert list(documents["doc_id"]) == ["a", "b"]  # c's parse is left out
    whole = parse_files(files, max_bytes=10_000)  # one run: c is not parsed again
    keyed = key_by_content([whole.documents], [whole.paragraphs], [whole.sentences])
    assert parts.join("paragraphs", 2, select=select, key="k")
    joined = pd.read_parquet(parts.store.path("paragraphs", "k"))
    pd.testing.assert_frame_equal(joined, keyed.paragraphs)
