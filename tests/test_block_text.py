"""The document pages' stage without the corpus's text (``analysis/site/block_text.py``):
a block of the corpus opened without text, given its paragraphs from the stored file, is
the block of the text-ful corpus, table for table; the stage's pages from a build's stored
corpus are byte for byte the pages of the corpus itself, with or without filters, in one
process or several; without the mapped file the stage reads the text as before."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.annotators.annotate import corpus_annotations, dated_corpus
from analysis.annotators.corpus_snapshot import mapped_path, shared_corpus, snapshot_env
from analysis.annotators.shared_cache import SharedCache
from analysis.ingest.corpus import Corpus
from analysis.ingest.parallel import corpus_chunks
from analysis.ingest.store import default_cache_dir
from analysis.site import block_text, document_blocks
from analysis.site.block_text import stored_text, with_block_text, with_stored_text
from analysis.site.build_corpus import BuildCorpus, build_corpus
from analysis.site.notebook import apply_filters
from tests.conftest import PAGE_FOOTER as FOOTER
from tests.conftest import SEEDS

pytestmark = pytest.mark.usefixtures("private_cache")

OUTLET = {"outlets": ["Communist Review"]}


def _built(filters: dict[str, object]) -> tuple[Corpus, BuildCorpus]:
    """As ``build_reports`` does: the snapshot, dated, annotated, stored; what it keeps."""
    loaded = shared_corpus(SEEDS)
    corpus = dated_corpus(loaded)
    corpus_annotations(apply_filters(corpus, **filters))
    snapshot_env(SEEDS, loaded)
    return corpus, build_corpus(loaded, corpus, SEEDS, filters)


def _same_tables(a: Corpus, b: Corpus) -> None:
    for name in ("documents", "paragraphs", "sentences"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))
    pd.testing.assert_frame_equal(a.held_paragraphs(), b.held_paragraphs())


@pytest.mark.parametrize("filters", [{}, OUTLET])
def test_a_block_given_its_stored_text_is_the_blocks_corpus(filters) -> None:
    _, kept = _built(filters)
    text = stored_text(kept.seeds, kept.snapshot)
    assert text is not None
    light = apply_filters(kept.open(text=False), **filters)
    full = apply_filters(kept.open(), **filters)
    assert "text" not in light.held_paragraphs().columns
    blocks = list(zip(corpus_chunks(light, 2), corpus_chunks(full, 2), strict=True))
    assert len(blocks) >= (1 if filters else 2)
    assert len(light) < len(kept) if filters else len(light) == len(kept)
    for bare, expected in blocks:
        _same_tables(with_block_text(bare, text), expected)
    _same_tables(with_stored_text(light, text), full)


def test_the_stage_opens_the_stored_corpus_without_text() -> None:
    _, kept = _built({})
    text, corpus = document_blocks._opened(kept)
    assert text is not None and "text" not in corpus.held_paragraphs().columns


@pytest.mark.parametrize(("filters", "workers"), [({}, 1), (OUTLET, 2)])
def test_pages_from_the_stored_text_are_the_corpus_pages(
    tmp_path: Path, plan, monkeypatch, filters, workers
) -> None:
    import analysis.site.document_pages as dp

    corpus, kept = _built(filters)
    ids = apply_filters(corpus, **filters).held_documents()["doc_id"].tolist()
    read: list[int] = []
    original = block_text.with_block_text

    def counted(block: Corpus, text: block_text.StoredText) -> Corpus:
        read.append(len(block))
        return original(block, text)

    monkeypatch.setattr(document_blocks, "with_block_text", counted)
    old = dp.build_pages(plan, corpus, filters, ids, tmp_path / "old", lambda d: FOOTER, block=2)
    new = dp.build_pages(
        plan, kept, filters, ids, tmp_path / "new", lambda d: FOOTER, block=2, workers=workers
    )
    assert [d for d, _ in new] == [d for d, _ in old] == ids
    assert _files(tmp_path / "new") == _files(tmp_path / "old") != {}
    if workers == 1:  # the blocks were written in this process: each read its text
        assert sum(read) == len(ids)


def test_without_the_mapped_file_the_stage_reads_the_text(tmp_path: Path, plan) -> None:
    import analysis.site.document_pages as dp

    corpus, kept = _built({})
    mapped_path(SharedCache(default_cache_dir(SEEDS)), "corpus_paragraphs", kept.snapshot).unlink()
    text, opened = document_blocks._opened(kept)
    assert text is None and "text" in opened.held_paragraphs().columns
    ids = corpus.held_documents()["doc_id"].tolist()
    old = dp.build_pages(plan, corpus, {}, ids, tmp_path / "old", lambda d: FOOTER, block=2)
    new = dp.build_pages(plan, kept, {}, ids, tmp_path / "new", lambda d: FOOTER, block=2)
    assert [d for d, _ in new] == [d for d, _ in old]
    assert _files(tmp_path / "new") == _files(tmp_path / "old") != {}


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_only_the_inputs_that_read_text_are_given_it() -> None:
    from analysis.annotators.annotate import CANDIDATES_TABLE

    _, kept = _built({})
    light = kept.open(text=False)
    assert [document_blocks.needs_text(n, light) for n in ("keyness", "hits", "sources")] == [
        True,
        False,
        False,
    ]
    store = SharedCache(default_cache_dir(SEEDS))
    store.path(CANDIDATES_TABLE, corpus_annotations.key(light)).unlink()
    assert document_blocks.needs_text("sources", light)  # computed: from the text
    assert not document_blocks.needs_text("hits", light)
    store.path("theme_hits", corpus_annotations.key(light)).unlink()
    assert document_blocks.needs_text("hits", light)


def test_a_block_given_another_blocks_text_is_refused() -> None:
    _, kept = _built({})
    text = stored_text(kept.seeds, kept.snapshot)
    assert text is not None
    first, second = list(corpus_chunks(kept.open(text=False), 2))[:2]
    other = block_text.block_paragraphs(text, set(second.held_documents()["doc_id"]))
    with pytest.raises(ValueError, match="do not match"):
        block_text._with_paragraphs(first, other.to_pandas())
