"""Reuse a whole-corpus result within one process (one kernel rendering many pages).

Results are keyed by what they are (``name``) and by the corpus's content hash, so a
changed corpus never gets an old result. Only a few entries are kept.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

import pandas as pd

from analysis.corpus import Corpus

T = TypeVar("T")
MAX_ENTRIES = 8
_results: OrderedDict[tuple[str, str, str], object] = OrderedDict()


def documents_digest(documents: pd.DataFrame) -> str:
    """A hash of every column of ``documents`` but the body text (which the ``sha256``
    column stands for): any edited title, outlet, author, url or date, from
    ``metadata.csv`` or elsewhere, changes it. About 20 ms for 10,000 documents."""
    digest = hashlib.sha256()
    for column in documents.columns:
        if column == "text":
            continue
        values = documents[column]
        digest.update(f"\x1d{column}\x1d{values.dtype}\x1d".encode())
        if pd.api.types.is_datetime64_any_dtype(values) or pd.api.types.is_numeric_dtype(values):
            digest.update(values.to_numpy().tobytes())
        else:
            texts = values.astype("str").fillna("\x00NA").tolist()
            digest.update("\x1f".join(texts).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:20]


def corpus_key(corpus: Corpus) -> str:
    """Content hash of every table a result may depend on: the files' ids and bytes, the
    documents' metadata and dates (``documents_digest``), and the number of paragraphs and
    sentences."""
    return (
        f"{corpus.corpus_hash}:{len(corpus.paragraphs)}:{len(corpus.sentences)}:"
        f"{documents_digest(corpus.documents)}"
    )


def memoized(corpus: Corpus, name: str, compute: Callable[[], T], *, variant: str = "") -> T:
    """``compute()`` the first time for this corpus and ``name``; the stored result after."""
    key = (name, variant, corpus_key(corpus))
    if key in _results:
        _results.move_to_end(key)
        return _results[key]  # type: ignore[return-value]
    value = compute()
    _results[key] = value
    while len(_results) > MAX_ENTRIES:
        _results.popitem(last=False)
    return value
