"""The loader on the five samples: every cell of the issue's table, and the core tables."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import load_corpus
from analysis.core import schema
from analysis.core.errors import SeedsNotFoundError
from analysis.core.text import normalize_text
from analysis.ingest.corpus import mark_duplicates
from tests.conftest import SEEDS, doc_id_of

EXPECTED = [
    # prefix, title, outlet, author, published, precision, source
    (
        "000",
        "Party’s 2022 external relations continue to shine as a key pillar of Vietnam’s "
        "foreign affairs",
        "Communist Review",
        "Le Hoai Trung",
        "2023-02-01",
        "month",
        "footer",
    ),
    (
        "001",
        "Important contribution of party external relations on the country’s diplomatic front",
        "Political Theory Journal",
        "Ho Thi Thanh Truc",
        "2019-12-26",
        "day",
        "header",
    ),
    (
        "002",
        "Mid-term review of external relations activities since 13th Party National Congress",
        "The World & Vietnam Report",
        "",
        None,
        "",
        "",
    ),
    (
        "003",
        "Vietnam secures significant results in external affairs under Party’s leadership: "
        "official",
        "Vietnam Law & Legal Forum",
        "",
        None,
        "",
        "",
    ),
    (
        "004",
        "The Party’s External Affairs: Five overarching goals and four main focuses",
        "",
        "Nguyen Hong",
        "2021-12-13",
        "day",
        "header",
    ),
]


@pytest.mark.parametrize(
    ("prefix", "title", "outlet", "author", "published", "precision", "source"),
    EXPECTED,
    ids=[e[0] for e in EXPECTED],
)
def test_sample_metadata(samples, prefix, title, outlet, author, published, precision, source):
    doc = samples.documents.set_index("doc_id").loc[doc_id_of(samples, prefix)]
    assert doc["title"] == title
    assert doc["outlet"] == outlet
    assert doc["author"] == author
    if published is None:
        assert pd.isna(doc["published"])
    else:
        assert doc["published"] == pd.Timestamp(published)
    assert doc["published_precision"] == precision
    assert doc["date_source"] == source


def test_date_evidence_quotes_the_text_it_came_from(samples):
    docs = samples.documents.set_index("doc_id")
    d000 = docs.loc[doc_id_of(samples, "000")]
    assert normalize_text(d000["date_evidence"]) == (
        "This article was published in the Communist Review No. 1007 (February 2023)"
    )
    assert d000["page_date"] == pd.Timestamp("2024-02-06")
    assert docs.loc[doc_id_of(samples, "004"), "date_evidence"] == "13/12/2021| 16:40"
    assert "26 December 2019" in docs.loc[doc_id_of(samples, "001"), "date_evidence"]
    assert pd.isna(docs.loc[doc_id_of(samples, "001"), "page_date"])


def test_vna_is_credited_beside_the_outlet(samples):
    docs = samples.documents.set_index("doc_id")
    assert docs.loc[doc_id_of(samples, "003"), "credited"] == "VNA"
    assert docs.loc[doc_id_of(samples, "000"), "credited"] == ""


def test_tables_have_the_documented_columns(samples):
    assert tuple(samples.documents.columns) == schema.DOCUMENT_COLUMNS
    assert tuple(samples.paragraphs.columns) == schema.PARAGRAPH_COLUMNS
    assert tuple(samples.sentences.columns) == schema.SENTENCE_COLUMNS
    assert tuple(samples.rejected.columns) == schema.REJECTED_COLUMNS
    assert set(samples.paragraphs["kind"]) <= set(schema.PARAGRAPH_KINDS)
    assert pd.api.types.is_string_dtype(samples.documents["title"])
    assert pd.api.types.is_datetime64_any_dtype(samples.documents["published"])
    assert samples.rejected.empty
    assert samples.documents["doc_id"].tolist() == sorted(p.stem for p in SEEDS.glob("*.txt"))


def test_raw_files_rebuild_exactly_from_paragraphs(samples):
    for doc in samples.documents.itertuples():
        raw = "".join(samples.paragraphs.loc[samples.paragraphs["doc_id"] == doc.doc_id, "raw"])
        assert raw.encode("utf-8") == samples.file_path(doc.path).read_bytes()


def test_sentence_offsets_point_into_paragraph_text(samples):
    merged = samples.sentences.merge(
        samples.paragraphs, on=["doc_id", "para_id"], suffixes=("", "_para")
    )
    assert len(merged) == len(samples.sentences) > 300
    for row in merged.itertuples():
        assert row.text_para[row.start : row.end] == row.text


def test_document_text_holds_only_article_text(samples):
    docs = samples.documents.set_index("doc_id")
    text_002 = docs.loc[doc_id_of(samples, "002"), "text"]
    assert "TIN LIÊN QUAN" not in text_002
    assert "(Photo:" not in text_002
    assert "Translated by" not in text_002
    assert "WVR -" not in text_002
    repeated = "During the first half term of the 13th Party National Congress, the world"
    assert text_002.count(repeated) == 1
    text_001 = docs.loc[doc_id_of(samples, "001"), "text"]
    assert "Lượt xem" not in text_001 and "Related Articles" not in text_001
    assert text_001.rstrip().endswith("as stated in the 12th Party Congress Resolution.")
    text_003 = docs.loc[doc_id_of(samples, "003"), "text"]
    assert "VNA/VLLF" not in text_003 and "back to top" not in text_003
    assert text_003.count("Amid numerous difficulties and uncertainties") == 1
    assert docs["n_words"].between(1000, 4000).all()


def test_missing_folder_names_it(tmp_path):
    missing = tmp_path / "no-such-seeds"
    with pytest.raises(SeedsNotFoundError, match="no-such-seeds"):
        load_corpus(missing)


def test_filter_by_outlet_date_and_ids(samples):
    assert set(samples.filter(outlets=["Communist Review"]).documents["outlet"]) == {
        "Communist Review"
    }
    dated = samples.filter(date_from="2020-01-01", date_to="2023-12-31")
    assert sorted(d[:3] for d in dated.documents["doc_id"]) == ["000", "004"]
    one = samples.filter(doc_ids=[doc_id_of(samples, "003")])
    assert len(one) == 1 and set(one.paragraphs["doc_id"]) == {doc_id_of(samples, "003")}
    assert set(one.sentences["doc_id"]) == {doc_id_of(samples, "003")}
    assert len(samples.filter()) == 5


def test_corpus_hash_is_stable_and_content_based(samples, tmp_path):
    assert load_corpus(SEEDS).corpus_hash == samples.corpus_hash
    for path in SEEDS.glob("*.txt"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    assert load_corpus(tmp_path).corpus_hash == samples.corpus_hash
    next(tmp_path.glob("000*.txt")).write_text("changed\n\nA new article body.", encoding="utf-8")
    assert load_corpus(tmp_path).corpus_hash != samples.corpus_hash


def test_duplicates_are_marked_alike_from_the_text_or_from_the_paragraphs(tmp_path):
    first, second = sorted(SEEDS.glob("*.txt"))[:2]
    files = {"a": first.read_bytes(), "b": first.read_bytes() + b"\n", "c": second.read_bytes()}
    files |= {"d": b"Only a title\n", "e": b"Only a title\n\n"}  # no body: never duplicates
    for name, data in files.items():
        (tmp_path / f"{name}.txt").write_bytes(data)
    loaded = load_corpus(tmp_path, cache=False)
    held = loaded.held_documents().assign(duplicate_of="")
    assert "text" not in held.columns
    from_paragraphs = mark_duplicates(held, loaded.held_paragraphs())["duplicate_of"]
    from_text = mark_duplicates(loaded.documents.assign(duplicate_of=""))["duplicate_of"]
    pd.testing.assert_series_equal(from_paragraphs, from_text)
    assert from_text.tolist() == ["", "a", "", "", ""]
    assert loaded.documents["duplicate_of"].tolist() == from_text.tolist()
