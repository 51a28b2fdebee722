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
