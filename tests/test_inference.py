"""Publication dates inferred for undated documents (``analysis/annotators/inference.py``) on the
samples."""

from __future__ import annotations

import pandas as pd

from analysis.annotators import inference
from analysis.annotators.timeline import (
    infer_publication_dates,
    with_inferred_dates,
)
from tests.conftest import doc

T = pd.Timestamp


def test_sample_inferred_dates_fall_in_their_windows(corpus):
    inferred = infer_publication_dates(corpus).set_index("doc_id")
    assert set(inferred.index) == {doc(corpus, "002"), doc(corpus, "003")}
    d002 = inferred.loc[doc(corpus, "002")]
    d003 = inferred.loc[doc(corpus, "003")]
    assert T("2023-06-01") <= d002["published"] <= T("2023-08-31")
    assert T("2023-12-01") <= d003["published"] <= T("2024-02-29")
    assert "16th month" in d002["date_evidence"]
    assert "last year" in d003["date_evidence"]
    assert (inferred["published_precision"] == "month").all()
    assert (inferred["date_source"] == "inferred").all()


def test_ordinal_bounds_skip_only_paragraphs_without_an_ordinal_unit(samples):
    """The quick test for "16th month" leaves out no paragraph the whole pattern reads."""
    texts = [
        *samples.paragraphs["text"],
        "The Russia-Ukraine conflict has entered its 16th MONTH.",
        "The war entered the 3rd week; talks reached their 2nd round.",
    ]
    for text in texts:
        if not inference._ORDINAL_UNIT_CORE.search(text):
            assert not inference._ORDINAL_UNIT.search(text), text
    found = inference._ordinal_bounds(texts[-2])
    assert len(found) == 1
    assert "16th MONTH" in found[0].reason


def test_inferred_dates_leave_the_corpus_text_unmade() -> None:
    from analysis.ingest.corpus import load_corpus
    from tests.conftest import SEEDS

    corpus = load_corpus(SEEDS, cache=False)
    documents = corpus.held_documents().copy()
    documents["published"] = pd.NaT  # every document to infer
    undated = corpus.with_documents(documents)
    dated = with_inferred_dates(undated)
    kinds = [type(dated.__dict__[t]).__name__ for t in ("documents", "paragraphs", "sentences")]
    assert kinds == ["DocumentsWithoutText", "ParagraphsWithoutRaw", "SentenceSpans"]
    assert dated.held_documents()["date_source"].eq("inferred").any()
    full = load_corpus(SEEDS, cache=False)
    reference = with_inferred_dates(full.with_documents(full.documents.assign(published=pd.NaT)))
    pd.testing.assert_frame_equal(dated.documents, reference.documents)


def _every_undated(corpus):
    return corpus.with_documents(corpus.held_documents().assign(published=pd.NaT))


def test_evidence_blocks_give_each_documents_paragraphs_in_order(samples) -> None:
    """Block by block, each undated document gets its own paragraphs of the kinds asked, in
    (doc_id, para_id) order: what grouping the whole sorted table gives, for any size."""
    undated = _every_undated(samples)
    kinds = inference._inference_config()["kinds"]
    paragraphs = samples.paragraphs
    chosen = paragraphs.loc[paragraphs["kind"].isin(kinds)].sort_values(["doc_id", "para_id"])
    expected: dict[str, list[tuple[str, str]]] = {}
    for doc_id, kind, text in chosen[["doc_id", "kind", "text"]].itertuples(index=False):
        expected.setdefault(doc_id, []).append((kind, text))
    ids = undated.held_documents()["doc_id"]
    for size in (1, 2, 500):
        blocks = list(inference.evidence_blocks(undated, kinds, ids, size=size))
        assert len(blocks) == -(-len(expected) // size)
        assert all(len(block) <= size for block in blocks)
        joined = {k: v for block in blocks for k, v in block.items()}
        assert joined == expected and list(joined) == sorted(expected)
    one = ids.iloc[:1]  # only the documents asked for
    assert list(inference.evidence_blocks(undated, kinds, one)) == [
        {ids.iloc[0]: expected[ids.iloc[0]]}
    ]
    assert list(inference.evidence_blocks(undated, kinds, ids.iloc[:0])) == []


def test_inferred_dates_do_not_depend_on_the_block_size(samples, monkeypatch) -> None:
    undated = _every_undated(samples)
    whole = inference.infer_publication_dates(undated)
    assert whole["published"].notna().any()
    monkeypatch.setattr(inference, "BLOCK_DOCUMENTS", 1)
    pd.testing.assert_frame_equal(inference.infer_publication_dates(undated), whole)


def test_the_dating_gives_its_freed_text_back_after_its_last_block(samples, monkeypatch) -> None:
    undated = _every_undated(samples)
    events: list[str] = []
    blocks = inference.evidence_blocks

    def counted_blocks(*args, **kwargs):
        for block in blocks(*args, **kwargs):
            events.append("block")
            yield block

    monkeypatch.setattr(inference, "evidence_blocks", counted_blocks)
    monkeypatch.setattr(inference, "release_free_memory", lambda: events.append("release"))
    monkeypatch.setattr(inference, "BLOCK_DOCUMENTS", 1)
    inference.infer_publication_dates(undated)
    assert events.count("block") > 1
    assert events[-1] == "release" and events.count("release") == 1  # once, after the last
