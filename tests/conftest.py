"""Shared fixtures: the real sample corpus, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import Corpus, load_corpus

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def samples() -> Corpus:
    """The five sample articles shipped in ``seeds/``."""
    return load_corpus(SEEDS)


def doc_id_of(corpus: Corpus, prefix: str) -> str:
    """The doc_id that starts with ``prefix`` ("000", "001", ...)."""
    ids = [d for d in corpus.documents["doc_id"] if d.startswith(prefix)]
    assert len(ids) == 1, ids
    return ids[0]


def pytest_configure(config: pytest.Config) -> None:
    """Keep the corpus cache of test runs in one temporary folder (not beside /tmp seeds)."""
    import os
    import tempfile

    os.environ.setdefault("VN_CORPUS_CACHE_DIR", tempfile.mkdtemp(prefix="vn-corpus-cache-"))
