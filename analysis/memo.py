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
    column stands for), with the length of each text: any edited title, outlet, author,
    url or date, from ``metadata.csv`` or elsewhere, changes it."""
    digest = hashlib.sha256("\x1f".join(map(str, documents.columns)).encode())
    meta = documents.drop(columns=["text"], errors="ignore")
    if len(meta.columns):
        try:
            hashed = pd.util.hash_pandas_object(meta, index=False)
        except TypeError:  # a column of lists or other unhashable values
            hashed = pd.util.hash_pandas_object(meta.astype("str"), index=False)
        digest.update(hashed.to_numpy().tobytes())
    if "text" in documents:
        digest.update(documents["text"].str.len().to_numpy(dtype="int64").tobytes())
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
