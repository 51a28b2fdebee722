"""A vocabulary of integer keys (packed n-grams) numbered in the order first seen, held as
a few sorted arrays instead of a dict.

``term_codes.CodedCounter`` gives each packed n-gram a term id: a dict of int -> int took
about 100 bytes per term (2 million terms, ~210 MB, at 100,000 generated articles) and a
Python call per distinct n-gram of every chunk. ``SortedRuns`` holds (key, id) pairs as
sorted runs: a chunk's keys are looked up in each run with ``np.searchsorted``, its new
keys become one new run, and the last two runs are merged while the older is at most twice
as long as the newer (a binary counter: about log2(terms) runs, each key merged about
log2(terms) times, not the whole vocabulary copied per chunk as one sorted array with
``np.insert`` would be). 16 bytes per term; the same ids as the dict
(``dict.setdefault(key, len(dict))`` in the order given).
"""

from __future__ import annotations

import numpy as np


class SortedRuns:
    """Integer keys numbered 0, 1, ... in the order first seen (see the module)."""

    def __init__(self) -> None:
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []  # (sorted keys, their ids)
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def ids_of(self, keys: np.ndarray) -> np.ndarray:
        """The id of each of ``keys`` (distinct int64 values), new keys numbered after
        every key seen so far, in the order given."""
        keys = np.asarray(keys, dtype=np.int64)
        ids = self._found(keys)
        new = np.flatnonzero(ids < 0)
        ids[new] = self._size + np.arange(len(new), dtype=np.int64)
        if len(new):
            self._add(keys[new], ids[new])
        return ids

    def _found(self, keys: np.ndarray) -> np.ndarray:
        """The id of each key already held (-1: not held)."""
        ids = np.full(len(keys), -1, dtype=np.int64)
        for run_keys, run_ids in self._runs:
            at = np.minimum(np.searchsorted(run_keys, keys), len(run_keys) - 1)
            hit = run_keys[at] == keys
            ids[hit] = run_ids[at[hit]]
        return ids

    def _add(self, keys: np.ndarray, ids: np.ndarray) -> None:
        """Hold new (key, id) pairs as a run; merge the last two runs while the older is
        at most twice the newer."""
        order = np.argsort(keys)
        self._runs.append((keys[order], ids[order]))
        self._size += len(keys)
        runs = self._runs
        while len(runs) > 1 and len(runs[-2][0]) <= 2 * len(runs[-1][0]):
            (keys_a, ids_a), (keys_b, ids_b) = runs.pop(), runs.pop()
            merged = np.concatenate([keys_b, keys_a])
            order = np.argsort(merged, kind="stable")
            runs.append((merged[order], np.concatenate([ids_b, ids_a])[order]))

    def keys_by_id(self) -> np.ndarray:
        """Every key held, at its id."""
        out = np.empty(self._size, dtype=np.int64)
        for run_keys, run_ids in self._runs:
            out[run_ids] = run_keys
        return out

    def clear(self) -> None:
        """Forget every key."""
        self._runs.clear()
        self._size = 0
