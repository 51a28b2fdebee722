"""The build's end step per block (``site_search.search_blocks``, ``site_pages.index_themes``):
the same files and themes as the whole-corpus reference (``tests/site_end_reference.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.ingest.corpus import Corpus
from tests.site_end_reference import (
    whole_index_themes,
    whole_search_data,
    whole_search_records,
)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("rows", [1, 2, 3, 7, 50_000])
def test_search_records_per_block_are_the_whole_records(samples: Corpus, rows: int) -> None:
    import pandas as pd

    from analysis.site.site_search import search_blocks

    blocks = list(search_blocks(samples, rows))
    assert len(blocks) == -(-len(samples.held_paragraphs()) // rows)
    joined = pd.concat(blocks, ignore_index=True)
    pd.testing.assert_frame_equal(joined, whole_search_records(samples))


@pytest.mark.parametrize("shard_chars", [1, 700, 5_000, 2_000_000])
@pytest.mark.parametrize("rows", [1, 3, 50_000])
def test_search_files_per_block_are_byte_for_byte_the_whole_ones(
    samples: Corpus, tmp_path: Path, monkeypatch, rows: int, shard_chars: int
) -> None:
    import analysis.site.site_search as site_search

    monkeypatch.setattr(site_search, "SHARD_CHARS", shard_chars)
    href = lambda d: f"docs/{d}.html"  # noqa: E731
    n_new = site_search.write_search_data(tmp_path / "new", samples, href, rows=rows)
    n_old = whole_search_data(tmp_path / "old", samples, href, shard_chars)
    assert n_new == n_old >= 1
    new, old = _files(tmp_path / "new" / "search"), _files(tmp_path / "old" / "search")
    assert new == old and len(new) == n_old + 1


def test_search_files_of_a_subset_and_of_no_paragraph(samples: Corpus, tmp_path: Path) -> None:
    from analysis.site.site_search import write_search_data

    href = lambda d: f"docs/{d}.html"  # noqa: E731
    ids = list(samples.held_documents()["doc_id"])
    for k, corpus in enumerate([samples.select(ids[1:4]), samples.select([])]):
        n_new = write_search_data(tmp_path / f"new{k}", corpus, href, rows=2)
        n_old = whole_search_data(tmp_path / f"old{k}", corpus, href, 2_000_000)
        assert n_new == n_old == 1
        assert _files(tmp_path / f"new{k}" / "search") == _files(tmp_path / f"old{k}" / "search")


@pytest.mark.parametrize("block", [1, 2, 3, 500])
def test_index_themes_per_block_are_the_whole_corpus_themes(samples: Corpus, block: int) -> None:
    from analysis.annotators.annotate import corpus_theme_hits
    from analysis.site.site_pages import index_themes

    hits = corpus_theme_hits(samples)
    expected = whole_index_themes(samples, hits)
    assert expected  # the samples have documents with main themes
    assert index_themes(samples, hits, block=block) == expected
    some = samples.select(list(samples.held_documents()["doc_id"])[1:4])
    assert index_themes(some, hits, block=block) == whole_index_themes(some, hits)
    assert index_themes(samples.select([]), hits, block=block) == {}


@pytest.mark.parametrize("rows", [1, 5, 50_000])
def test_search_files_from_paragraph_pieces_are_the_whole_ones(
    samples: Corpus, tmp_path: Path, rows: int
) -> None:
    from analysis.site.site_search import write_search_data

    href = lambda d: f"docs/{d}.html"  # noqa: E731
    paras = samples.held_paragraphs()
    pieces = (paras.iloc[k : k + rows] for k in range(0, len(paras), rows))
    n_new = write_search_data(tmp_path / "new", samples, href, paragraphs=pieces)
    n_old = whole_search_data(tmp_path / "old", samples, href, 2_000_000)
    assert n_new == n_old >= 1
    assert _files(tmp_path / "new" / "search") == _files(tmp_path / "old" / "search")
