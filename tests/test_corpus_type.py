"""``Corpus`` (``analysis/core/corpus_type.py``) on a tiny literal corpus: selection and filters
return new corpora with the rows of the kept documents, the hash follows the contents."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.core.corpus_type import Corpus


def _tiny(seeds_dir: str = "") -> Corpus:
    documents = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "sha256": ["11", "22", "33"],
            "outlet": ["Nhan Dan", "VNA", "VNA"],
            "published": pd.to_datetime(["2020-01-05", "2022-06-30", None]),
            "path": ["a.txt", "b.txt", "sub/c.txt"],
        }
    )
    paragraphs = pd.DataFrame({"doc_id": ["a", "b", "b", "c"], "para_id": [0, 0, 1, 0]})
    sentences = pd.DataFrame({"doc_id": ["c", "a", "b"], "sent_id": [0, 0, 0]})
    rejected = pd.DataFrame({"path": ["x.txt"], "reason": ["empty"]})
    return Corpus(documents, paragraphs, sentences, rejected, seeds_dir)


def test_select_keeps_the_documents_rows_in_their_order_and_leaves_the_original() -> None:
    corpus = _tiny()
    picked = corpus.select(["c", "b", "nope"])
    assert picked.documents["doc_id"].tolist() == ["b", "c"]
    assert picked.paragraphs["doc_id"].tolist() == ["b", "b", "c"]
    assert picked.sentences["doc_id"].tolist() == ["c", "b"]
    assert picked.paragraphs.index.tolist() == [0, 1, 2]
    assert len(picked.rejected) == 1 and len(corpus) == 3 and len(picked) == 2


def test_filters_combine_and_a_date_bound_leaves_undated_documents_out() -> None:
    corpus = _tiny()
    assert len(corpus.filter()) == 3
    assert corpus.filter(outlets=["VNA"]).documents["doc_id"].tolist() == ["b", "c"]
    assert corpus.filter(date_from="2021-01-01").documents["doc_id"].tolist() == ["b"]
    assert corpus.filter(date_to="2022-06-30").documents["doc_id"].tolist() == ["a", "b"]
    both = corpus.filter(outlets=["VNA"], doc_ids=["a", "c"])
    assert both.documents["doc_id"].tolist() == ["c"]


def test_the_hash_depends_on_contents_not_on_order() -> None:
    corpus = _tiny()
    docs = corpus.documents
    reordered = Corpus(docs.iloc[::-1], corpus.paragraphs, corpus.sentences, corpus.rejected)
    assert reordered.corpus_hash == corpus.corpus_hash
    changed = docs.assign(sha256=["11", "22", "34"])
    other = Corpus(changed, corpus.paragraphs, corpus.sentences, corpus.rejected)
    assert other.corpus_hash != corpus.corpus_hash
    assert corpus.select(["a", "b"]).corpus_hash != corpus.corpus_hash
    assert f"hash {corpus.corpus_hash}" in repr(corpus) and "3 documents" in repr(corpus)


def test_file_paths_are_under_the_seeds_folder(tmp_path: Path) -> None:
    assert _tiny(str(tmp_path)).file_path("sub/c.txt") == tmp_path / "sub" / "c.txt"
    assert _tiny().file_path("a.txt") == Path("a.txt")


def _held_kinds(corpus: Corpus) -> list[str]:
    """The class each text-holding table is held as (``DataFrame`` once its text is made)."""
    return [type(corpus.__dict__[t]).__name__ for t in ("documents", "paragraphs", "sentences")]


def test_no_filter_gives_the_same_tables_not_copies(samples) -> None:
    same = samples.filter()
    assert same is samples
    kept = samples.filter(date_from="1900-01-01")  # a bound every dated document passes
    assert kept is not samples
    assert len(kept) < len(samples) or kept.held_documents().equals(samples.held_documents())


def test_with_documents_keeps_the_other_tables_held_and_the_text_right() -> None:
    from analysis.ingest.corpus import load_corpus
    from tests.conftest import SEEDS

    corpus = load_corpus(SEEDS, cache=False)
    assert _held_kinds(corpus) == ["DocumentsWithoutText", "ParagraphsWithoutRaw", "SentenceSpans"]
    documents = corpus.held_documents().copy()
    documents["outlet"] = "Elsewhere"
    changed = corpus.with_documents(documents)
    assert _held_kinds(changed) == _held_kinds(corpus)  # no text made by the change
    assert _held_kinds(corpus) == ["DocumentsWithoutText", "ParagraphsWithoutRaw", "SentenceSpans"]
    expected = load_corpus(SEEDS, cache=False).documents.assign(outlet="Elsewhere")
    pd.testing.assert_frame_equal(changed.documents, expected)
    # a corpus holding its documents in full gives its own text to the new table
    full = load_corpus(SEEDS, cache=False)
    full.documents  # noqa: B018 (makes the text)
    pd.testing.assert_frame_equal(full.with_documents(documents).documents, expected)
