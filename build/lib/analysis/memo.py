"""Reuse a whole-corpus result within one process (one kernel rendering many pages).

Results are keyed by what they are (``name``) and by the corpus's content hash, so a
changed corpus never gets an old result. Only a few entries are kept.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

from analysis.corpus import Corpus

T = TypeVar("T")
MAX_ENTRIES = 8
_results: OrderedDict[tuple[str, str, str], object] = OrderedDict()


def corpus_key(corpus: Corpus) -> str:
    """Content hash of every table a result may depend on (ids, bytes and dates)."""
    dates = corpus.documents["published"].astype("str").str.cat(sep=",")
    return f"{corpus.corpus_hash}:{len(corpus.paragraphs)}:{hash(dates)}"


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
