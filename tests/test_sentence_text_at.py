"""Tables that quote or count content sentences without making every sentence's text
(issue 13): theme examples and evidence, mention and co-mention examples, party
candidates, coverage, keyness and the topics' input must be exactly the tables of the
code that read ``corpus.sentences`` (``tests/theme_tables_reference.py``,
``tests/keyterms_reference.py``), on the samples, a selection of them, generated
articles, and with the sentence text held or made on demand, at blocks of 1, 2, 3 and
all documents or sentences; and the corpus's sentence text must stay unmade."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.analyses import term_blocks
from analysis.analyses.keyterms import coverage, keyness
from analysis.analyses.topics import topic_input
from analysis.annotators import theme_coding
from analysis.annotators.country_tables import comention_examples, country_comentions
from analysis.annotators.entities import (
    extract_mentions,
    mention_counts,
    mention_examples,
    party_candidates,
)
from analysis.annotators.themes import (
    content_paragraphs,
    content_sentence_rows,
    content_sentences,
    evidence_table,
    sentence_text_at,
    theme_evidence,
    theme_examples,
    theme_hits,
)
from analysis.core.paragraph_raw import ParagraphsWithoutRaw
from analysis.core.sentence_text import SentenceSpans
from analysis.ingest.corpus import Corpus, load_corpus
from benchmarks.generate import write_corpus
from tests import keyterms_reference
from tests import theme_tables_reference as reference
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def generated_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 generated articles (``benchmarks/generate.py``)."""
    folder = tmp_path_factory.mktemp("generated")
    write_corpus(folder, 40, seed=5)
    return folder


def _fresh(kind: str, generated_folder: Path) -> tuple[Corpus, Corpus]:
    """(the corpus a table is computed on, the whole corpus its hits and mentions come
    from): freshly loaded, so its sentence text is not made yet (``spans``), or made
    first (``held``); ``subset`` is three of the samples, as ``pool_stories`` selects."""
    folder = generated_folder if kind == "generated" else SEEDS
    whole = load_corpus(folder, cache=False)
    if kind == "held":
        assert len(whole.sentences)  # make the text: a plain frame from now on
        assert isinstance(whole.__dict__["sentences"], pd.DataFrame)
    if kind == "subset":
        return whole.select(sorted(whole.held_documents()["doc_id"])[1:4]), whole
    return whole, whole


KINDS = ["samples", "held", "subset", "generated"]


@pytest.fixture(scope="module")
def annotations(generated_folder: Path) -> dict[str, tuple[pd.DataFrame, pd.DataFrame]]:
    """Per kind of corpus, the theme hits and mentions of the whole corpus."""
    found = {}
    for kind in KINDS:
        _, whole = _fresh(kind, generated_folder)
        found[kind] = (theme_hits(whole), extract_mentions(whole))
    return found


@pytest.fixture(params=KINDS)
def case(request: pytest.FixtureRequest, generated_folder: Path, annotations):
    """A corpus loaded for this test alone, and the theme hits and mentions of the whole
    corpus it was taken from."""
    corpus, _ = _fresh(request.param, generated_folder)
    return request.param, corpus, *annotations[request.param]


def _spans_still_held(kind: str, corpus: Corpus) -> None:
    if kind != "held":
        assert isinstance(corpus.__dict__["sentences"], SentenceSpans)


@pytest.mark.parametrize("by", ["doc_id", "outlet", "year"])
def test_theme_examples_are_the_whole_text_examples(case, by: str):
    kind, corpus, hits, _ = case
    got = theme_examples(corpus, hits, by=by)
    _spans_still_held(kind, corpus)
    expected = reference.theme_examples(corpus, hits, by=by)
    assert len(expected) > 0
    pd.testing.assert_frame_equal(got, expected)


def test_theme_examples_of_hits_outside_the_corpus_are_empty_as_before(case):
    _, corpus, hits, _ = case
    elsewhere = hits.assign(doc_id="no such document")
    pd.testing.assert_frame_equal(
        theme_examples(corpus, elsewhere), reference.theme_examples(corpus, elsewhere)
    )
    nothing = hits.iloc[:0]
    pd.testing.assert_frame_equal(
        theme_examples(corpus, nothing), reference.theme_examples(corpus, nothing)
    )


def test_evidence_is_the_whole_text_evidence(case):
    kind, corpus, hits, _ = case
    got = evidence_table(corpus, hits, n=3, per_doc=2)
    _spans_still_held(kind, corpus)
    expected = reference.evidence_table(corpus, hits, n=3, per_doc=2)
    assert len(expected) > 0
    pd.testing.assert_frame_equal(got, expected)
    pd.testing.assert_frame_equal(  # the thematic report's call
        evidence_table(corpus, hits, n=2), reference.evidence_table(corpus, hits, n=2)
    )
    doc_id = hits["doc_id"].iloc[0]
    theme = hits.loc[hits["doc_id"] == doc_id, "theme"].iloc[0]
    pd.testing.assert_frame_equal(
        theme_evidence(corpus, hits, theme, doc_id=doc_id, n=4),
        reference.theme_evidence(corpus, hits, theme, doc_id=doc_id, n=4),
    )


@pytest.mark.parametrize("kind", ["country", "party", "person"])
def test_mention_examples_are_the_whole_text_examples(case, kind: str):
    corpus_kind, corpus, _, mentions = case
    counts = mention_counts(mentions, kind=kind)
    got = mention_examples(corpus, mentions, counts)
    _spans_still_held(corpus_kind, corpus)
    expected = reference.mention_examples(corpus, mentions, counts)
    assert len(expected) > 0
    pd.testing.assert_frame_equal(got, expected)


def test_comention_examples_are_the_whole_text_examples(case):
    kind, corpus, _, mentions = case
    comentions = country_comentions(mentions)
    got = comention_examples(corpus, mentions, comentions)
    _spans_still_held(kind, corpus)
    expected = reference.comention_examples(corpus, mentions, comentions)
    if kind != "subset":  # three samples may name no two countries together
        assert len(expected) > 0
    pd.testing.assert_frame_equal(got, expected)


@pytest.mark.parametrize("block", [1, 2, 3, 10**9])
def test_party_candidates_counted_per_block_are_the_found_rows(
    case, block: int, monkeypatch: pytest.MonkeyPatch
):
    kind, corpus, _, _ = case
    monkeypatch.setattr(theme_coding, "SENTENCE_BLOCK", block)
    got = party_candidates(corpus)
    _spans_still_held(kind, corpus)
    pd.testing.assert_frame_equal(got, reference.party_candidates(corpus))


def test_party_candidates_of_generated_text_are_found(case):
    kind, corpus, _, _ = case
    if kind == "generated":
        assert len(reference.party_candidates(corpus)) > 0  # the check above is not vacuous


@pytest.mark.parametrize("block", [1, 2, 3, 10**9])
def test_coverage_and_keyness_with_text_per_block_are_the_whole_matrix_tables(
    case, block: int, monkeypatch: pytest.MonkeyPatch
):
    kind, corpus, hits, mentions = case
    monkeypatch.setattr(term_blocks, "DOC_BLOCK", block)
    got = coverage(corpus, top_n=None, min_count=2, hits=hits, mentions=mentions)
    _spans_still_held(kind, corpus)
    expected = keyterms_reference.coverage(
        corpus, top_n=None, min_count=2, hits=hits, mentions=mentions
    )
    assert len(expected) > 10
    pd.testing.assert_frame_equal(got, expected)
    pd.testing.assert_frame_equal(
        keyness(corpus, by="doc_id", top_n=5), keyterms_reference.keyness(corpus, top_n=5)
    )


def test_content_sentence_rows_and_their_text_are_content_sentences(case):
    kind, corpus, _, _ = case
    rows = content_sentence_rows(corpus)
    rows_again = rows["row"].to_numpy()[::-1].copy()  # any order, repeats allowed
    texts = sentence_text_at(corpus, np.concatenate([rows_again, rows_again[:3]]))
    _spans_still_held(kind, corpus)
    expected = content_sentences(corpus)
    pd.testing.assert_frame_equal(
        rows.drop(columns="row"), expected[["doc_id", "para_id", "sent_id"]]
    )
    assert texts[: len(rows)] == expected["text"].tolist()[::-1]
    assert texts[len(rows) :] == expected["text"].tolist()[::-1][:3]


def test_a_text_reader_gives_sentence_text_at_for_any_positions(case):
    """``theme_coding.sentence_text_reader`` (each row's paragraph looked up once) reads
    what ``sentence_text_at`` reads, for positions in any order, with repeats."""
    kind, corpus, _, _ = case
    rows = content_sentence_rows(corpus)["row"].to_numpy()[::-1].copy()
    read = theme_coding.sentence_text_reader(corpus, rows)
    positions = np.random.default_rng(3).integers(0, len(rows), 2 * len(rows))
    assert read(positions) == sentence_text_at(corpus, rows[positions])
    assert read(np.zeros(0, dtype=np.int64)) == []
    _spans_still_held(kind, corpus)


def test_topic_input_reads_the_paragraphs_as_held(case):
    kind, corpus, _, _ = case
    if kind == "held":
        return
    got = topic_input(corpus)
    assert isinstance(corpus.__dict__["paragraphs"], ParagraphsWithoutRaw)  # raw not made
    paras = content_paragraphs(corpus)  # the full table, as topic_input read it before
    expected = paras.loc[paras["kind"].isin(["lede", "body"]), ["doc_id", "para_id", "text"]]
    expected = expected.sort_values(["doc_id", "para_id"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected)
