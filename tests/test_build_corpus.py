"""What a build keeps of its corpus (``analysis/site/build_corpus.py``): the corpus read
again from the stored snapshot is the build's own, table for table; the theme hits' counting
columns read alone are those of the whole table; and the pages written from what the build
keeps are byte for byte those written from the corpus itself."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.annotators import cached
from analysis.annotators.annotate import (
    PREVALENCE_HIT_COLUMNS,
    corpus_annotations,
    corpus_theme_hits,
    dated_corpus,
)
from analysis.annotators.corpus_snapshot import (
    CORPUS_TABLES,
    mapped_path,
    shared_corpus,
    snapshot_env,
    snapshot_key,
    stored_corpus,
)
from analysis.annotators.shared_cache import SharedCache, content_key
from analysis.ingest.corpus import Corpus
from analysis.ingest.store import default_cache_dir
from analysis.site.build_corpus import (
    BuildCorpus,
    build_corpus,
    opened,
    paragraph_text_mb,
)
from analysis.site.notebook import apply_filters
from tests.conftest import PAGE_FOOTER as FOOTER
from tests.conftest import SEEDS

pytestmark = pytest.mark.usefixtures("private_cache")


def _built(filters: dict[str, object] | None = None) -> tuple[Corpus, Corpus, BuildCorpus]:
    """As ``build_reports`` does: the snapshot, dated, annotated, stored; what it keeps."""
    loaded = shared_corpus(SEEDS)
    corpus = dated_corpus(loaded)
    selection = apply_filters(corpus, **(filters or {}))
    corpus_annotations(selection)
    snapshot_env(SEEDS, loaded)
    return loaded, corpus, build_corpus(loaded, corpus, SEEDS, filters or {})


def _same_corpus(a: Corpus, b: Corpus) -> None:
    """The same tables (the full ones: the build's may have made its text, a corpus read
    again holds it once, in the paragraphs) and the same cache key."""
    held = a.held_documents()
    assert "text" not in held.columns  # read again: the text is not made
    pd.testing.assert_frame_equal(held, b.held_documents().drop(columns="text", errors="ignore"))
    pd.testing.assert_frame_equal(a.documents, b.documents)
    pd.testing.assert_frame_equal(a.paragraphs, b.paragraphs)
    pd.testing.assert_frame_equal(a.sentences, b.sentences)
    pd.testing.assert_frame_equal(a.rejected, b.rejected)
    assert content_key(a) == content_key(b)  # every cached table is found again


def test_the_build_keeps_figures_and_reads_the_snapshot_again() -> None:
    loaded, corpus, kept = _built()
    assert kept.kept is None and kept.snapshot == snapshot_key(loaded)
    assert len(kept) == len(corpus) == 5
    assert kept.corpus_hash == corpus.corpus_hash
    assert kept.text_mb == paragraph_text_mb(corpus) > 0
    pd.testing.assert_frame_equal(kept.rejected, corpus.rejected)
    again = kept.open()
    assert again is not corpus
    _same_corpus(again, corpus)
    assert opened(kept).corpus_hash == corpus.corpus_hash and opened(corpus) is corpus


def test_with_the_cache_off_the_build_keeps_the_corpus(monkeypatch) -> None:
    monkeypatch.setenv("VN_CORPUS_CACHE", "0")
    loaded = shared_corpus(SEEDS)
    corpus = dated_corpus(loaded)
    kept = build_corpus(loaded, corpus, SEEDS, {})
    assert kept.snapshot == "" and kept.kept is corpus and kept.open() is corpus
    assert stored_corpus(SEEDS, snapshot_key(loaded)) is None


def test_a_snapshot_gone_from_the_cache_is_read_from_the_folder(caplog) -> None:
    _, corpus, kept = _built()
    store = SharedCache(default_cache_dir(SEEDS))
    store.path("corpus_paragraphs", kept.snapshot).unlink()
    mapped_path(store, "corpus_paragraphs", kept.snapshot).unlink(missing_ok=True)
    assert stored_corpus(SEEDS, kept.snapshot) is None
    cached.clear()
    with caplog.at_level("WARNING"):
        again = kept.open()
    assert "gone from the cache" in caplog.text
    _same_corpus(again, corpus)


def test_a_snapshot_that_could_not_be_stored_is_kept(monkeypatch) -> None:
    loaded = shared_corpus(SEEDS)
    corpus = dated_corpus(loaded)
    store = SharedCache(default_cache_dir(SEEDS))
    store.path(f"corpus_{CORPUS_TABLES[0]}", snapshot_key(loaded)).unlink()
    kept = build_corpus(loaded, corpus, SEEDS, {})
    assert kept.snapshot == "" and kept.kept is corpus


def test_the_selection_is_the_corpus_with_the_builds_filters() -> None:
    _, corpus, kept = _built({"outlets": ["Communist Review"]})
    again = kept.open()
    chosen = kept.selection(again)
    expected = apply_filters(corpus, outlets=["Communist Review"])
    assert 0 < len(chosen) < len(again)
    pd.testing.assert_frame_equal(chosen.held_documents(), expected.held_documents())
    assert corpus_annotations.key(chosen) == corpus_annotations.key(expected)


def _index_hits(corpus: Corpus) -> pd.DataFrame:
    """The theme hits the end step counts (``report_pages``): their counting columns."""
    return corpus_theme_hits(corpus, columns=PREVALENCE_HIT_COLUMNS)


@pytest.mark.parametrize("broken", [False, True])
def test_the_counted_hit_columns_are_those_of_the_whole_table(broken: bool) -> None:
    _, corpus, _ = _built()
    whole = corpus_theme_hits(corpus)[list(PREVALENCE_HIT_COLUMNS)].copy()
    assert len(whole) > 0
    cached.clear()
    path = SharedCache(default_cache_dir(SEEDS)).path("theme_hits", corpus_annotations.key(corpus))
    assert path.is_file()
    if broken:
        path.write_bytes(b"not parquet")
    read = _index_hits(corpus)
    assert list(read.columns) == list(PREVALENCE_HIT_COLUMNS)
    pd.testing.assert_frame_equal(read.reset_index(drop=True), whole.reset_index(drop=True))


def test_the_counted_hit_columns_without_a_cache(monkeypatch) -> None:
    monkeypatch.setenv("VN_CORPUS_CACHE", "0")
    corpus = dated_corpus(shared_corpus(SEEDS))
    expected = corpus_theme_hits(corpus)[list(PREVALENCE_HIT_COLUMNS)]
    pd.testing.assert_frame_equal(_index_hits(corpus), expected)


def _results(corpus: Corpus) -> list:
    from analysis.site.report_types import Job, NotebookSpec, Parameter

    spec = NotebookSpec("document", Path("document.ipynb"), "Doc", "", 0, True,
                        {"doc_id": Parameter("doc_id", "")})  # fmt: skip
    overview = NotebookSpec("overview", Path("overview.ipynb"), "Overview", "All", 0, True, {})
    ids = corpus.held_documents()["doc_id"].tolist()
    jobs = [(Job(spec, {"doc_id": d}, f"docs/{d}.html", d), 1.0) for d in ids[:4]]
    return [(Job(overview, {}, "overview.html", "overview"), 2.0), *jobs]


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("filters", [{}, {"outlets": ["Communist Review"]}])
def test_shared_pages_from_what_the_build_keeps_are_the_same(
    tmp_path: Path, filters: dict[str, object]
) -> None:
    from analysis.site.report_pages import write_shared_pages

    _, corpus, kept = _built(filters)
    selection = apply_filters(corpus, **filters)
    results = _results(corpus)
    write_shared_pages(tmp_path / "old", results, corpus, selection, SEEDS, FOOTER)
    write_shared_pages(tmp_path / "new", results, kept, None, SEEDS, FOOTER)
    old, new = _files(tmp_path / "old"), _files(tmp_path / "new")
    assert "index.html" in old and any(name.startswith("search/") for name in old)
    assert new == old
    # without document pages the corpus is not read again: its figures are enough
    just = [item for item in results if not item[0].spec.per_document]
    write_shared_pages(tmp_path / "plain", just, kept, None, SEEDS, FOOTER)
    index = (tmp_path / "plain" / "index.html").read_text(encoding="utf-8")
    assert "Overview" in index and not (tmp_path / "plain" / "search").exists()


def test_document_pages_from_what_the_build_keeps_are_the_same(tmp_path: Path, plan) -> None:
    import analysis.site.document_pages as dp

    _, corpus, kept = _built()
    ids = corpus.held_documents()["doc_id"].tolist()
    old = dp.build_pages(plan, corpus, {}, ids, tmp_path / "old", lambda d: FOOTER, block=2)
    new = dp.build_pages(plan, kept, {}, ids, tmp_path / "new", lambda d: FOOTER, block=2)
    assert [d for d, _ in new] == [d for d, _ in old] == ids
    assert _files(tmp_path / "new") == _files(tmp_path / "old") != {}


def test_without_text_the_corpus_counts_the_same_paragraphs() -> None:
    _, corpus, kept = _built()
    light = kept.open(text=False)
    assert "text" not in light.held_paragraphs().columns
    expected = corpus.held_paragraphs().drop(columns=["text", "raw"], errors="ignore")
    shared = [c for c in light.held_paragraphs().columns if c in expected.columns]
    assert "kind" in shared and "repeat_of" in shared
    pd.testing.assert_frame_equal(light.held_paragraphs()[shared], expected[shared])
    assert content_key(light) == content_key(corpus)  # the same cached tables
    pd.testing.assert_frame_equal(_index_hits(light), _index_hits(corpus))


@pytest.mark.parametrize("rows", [1, 7, 50_000])
def test_search_paragraphs_are_the_stored_text_block_by_block(rows: int) -> None:
    from analysis.site.build_corpus import SEARCH_COLUMNS

    _, corpus, kept = _built()
    paras = corpus.held_paragraphs()[list(SEARCH_COLUMNS)]
    ids = corpus.held_documents()["doc_id"].tolist()
    for wanted in (None, ids[1:3]):
        pieces = list(kept.search_paragraphs(wanted, rows))
        assert len(pieces) == -(-len(paras) // rows)
        joined = pd.concat(pieces, ignore_index=True)
        expected = paras if wanted is None else paras[paras["doc_id"].isin(wanted)]
        assert joined.astype(object).values.tolist() == expected.astype(object).values.tolist()
    loaded = shared_corpus(SEEDS)
    assert build_corpus(loaded, corpus, SEEDS, {}).search_paragraphs(None, rows) is not None


def test_shared_pages_when_the_stored_text_cannot_be_read(tmp_path: Path, monkeypatch) -> None:
    from analysis.site.report_pages import write_shared_pages

    _, corpus, kept = _built()
    results = _results(corpus)
    write_shared_pages(tmp_path / "old", results, corpus, corpus, SEEDS, FOOTER)
    monkeypatch.setattr(BuildCorpus, "search_paragraphs", lambda self, ids, rows: None)
    write_shared_pages(tmp_path / "new", results, kept, None, SEEDS, FOOTER)
    assert _files(tmp_path / "new") == _files(tmp_path / "old")
