"""One way to cache a whole-corpus result: a decorator on the analysis function.

``@cached_table("events")`` on ``f(corpus, *args) -> DataFrame`` keeps its result in two
layers, both keyed by the same *call key*:

- in this process (a small LRU, ``MAX_ENTRIES``), so one kernel rendering many pages
  computes it once;
- on disk, in the derived-tables section of the package's one store
  (``shared_cache.SharedCache``, an ``analysis.ingest.store.Store``: Parquet files written
  atomically, an advisory lock per table so that a second kernel waits for the
  first instead of computing twice, broken files removed and recomputed), beside the
  corpus the table was computed from (``corpus.seeds_dir``), so every kernel of a build
  reads what the first computed.

The call key is ``shared_cache.content_key(corpus)`` (the files' bytes and every metadata
column), the table's name and the function's other arguments (a path argument stands for
its file's bytes); the store's folder is named by the fingerprint of the whole installed
package and its data files (``store.package_fingerprint``), so editing any module or word list
starts afresh. ``$VN_CORPUS_CACHE=0``, or a corpus with no folder, keeps only the
in-process layer.

``@cached_tables(names)`` does the same for a function returning several tables at once
(a dataclass of frames, such as ``annotate.Annotations``); ``.table(corpus, name)`` reads
one of them without reading the others and computes them all on a miss. With
``store_with``, a miss writes the tables into the store part by part
(``table_parts.TableParts``: chunk by chunk, in the processes that compute them) rather
than through one process's memory, and ``.ensure_stored(corpus, ...)`` (what a build
calls) stores them without reading or holding any.

Callers (notebooks, pages) call the decorated analysis functions and never name the cache.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import inspect
import os
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd

from analysis.annotators.shared_cache import SharedCache, as_codes, content_key
from analysis.ingest.corpus import Corpus, resolve_seeds_dir
from analysis.ingest.store import cache_enabled, default_cache_dir
from analysis.ingest.table_parts import TableParts

T = TypeVar("T")
MAX_ENTRIES = 8
"""Results kept in this process (the least recently used are dropped above it)."""
_results: OrderedDict[str, object] = OrderedDict()


def clear() -> None:
    """Forget every result kept in this process (the disk store is left as it is)."""
    _results.clear()


def release_kept_tables() -> None:
    """Forget the tables this process keeps in memory (the annotation tables, the dated
    documents) when they are on disk in the shared cache, where whoever needs them again
    reads them, and give the freed pages back to the system (the site build, before its
    kernels and pages start and before its end step)."""
    import gc

    from analysis.core.memory import release_free_memory

    if cache_enabled():
        clear()
    gc.collect()
    release_free_memory()


def _argument_text(value: object) -> str:
    """A stable text for one argument: a path stands for its name and its file's bytes."""
    if isinstance(value, os.PathLike):
        path = Path(value)
        try:
            body = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            body = "missing"
        return f"path:{path.name}:{body}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_argument_text(v) for v in value) + "]"
    return repr(value)


def call_key(corpus: Corpus, name: str, args: Sequence[object], kwargs: dict[str, Any]) -> str:
    """The key of one call: the corpus's ``content_key``, ``name`` and the other arguments."""
    digest = hashlib.sha256(name.encode())
    for value in args:
        digest.update(b"\x1f" + _argument_text(value).encode("utf-8", "backslashreplace"))
    for key in sorted(kwargs):
        text = f"\x1e{key}={_argument_text(kwargs[key])}"
        digest.update(text.encode("utf-8", "backslashreplace"))
    return f"{content_key(corpus)}-{digest.hexdigest()[:12]}"


def corpus_store(corpus: Corpus) -> SharedCache | None:
    """The on-disk store for ``corpus`` (beside the folder it was read from), or None when
    the cache is off or the corpus has no folder."""
    if not cache_enabled() or not corpus.seeds_dir:
        return None
    return SharedCache(default_cache_dir(resolve_seeds_dir(corpus.seeds_dir)))


def in_process(key: str, compute: Callable[[], T]) -> T:
    """``compute()`` once per ``key`` in this process (the LRU layer)."""
    if key in _results:
        _results.move_to_end(key)
        return _results[key]  # type: ignore[return-value]
    value = compute()
    _results[key] = value
    while len(_results) > MAX_ENTRIES:
        _results.popitem(last=False)
    return value


def memoized(corpus: Corpus, name: str, compute: Callable[[], T], *, variant: str = "") -> T:
    """``compute()`` the first time for this corpus, ``name`` and ``variant`` in this
    process; the kept result after (the in-process layer alone, for results of any type)."""
    return in_process("memo:" + call_key(corpus, name, (variant,), {}), compute)


def _split(
    signature: inspect.Signature,
    args: tuple[object, ...],
    kwargs: dict[str, Any],
    ignore: Sequence[str],
) -> tuple[Corpus, tuple[object, ...], dict[str, Any]]:
    """The corpus and the other arguments by name, defaults filled in (so ``f(c, 3)``,
    ``f(c, top=3)`` and ``f(c)`` with ``top=3`` share one key), without ``ignore``."""
    bound = signature.bind(*args, **kwargs)
    bound.apply_defaults()
    corpus, *_ = bound.arguments.values()
    if not isinstance(corpus, Corpus):
        raise TypeError(f"the first argument must be a Corpus, not {type(corpus).__name__}")
    first = next(iter(bound.arguments))
    keyed = {k: v for k, v in bound.arguments.items() if k != first and k not in ignore}
    return corpus, (), keyed


def cached_table(
    name: str, *, ignore: Sequence[str] = ()
) -> Callable[[Callable[..., pd.DataFrame]], Callable[..., pd.DataFrame]]:
    """Keep the table ``f(corpus, ...)`` returns in this process and in the corpus's
    on-disk store under ``name`` (see the module docstring)."""

    def decorate(func: Callable[..., pd.DataFrame]) -> Callable[..., pd.DataFrame]:
        signature = inspect.signature(func)

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> pd.DataFrame:
            corpus, rest, keyed = _split(signature, args, kwargs, ignore)
            key = call_key(corpus, name, rest, keyed)

            def from_disk() -> pd.DataFrame:
                store = corpus_store(corpus)
                if store is None:
                    return func(*args, **kwargs)
                return store.get_or_compute(name, key, lambda: func(*args, **kwargs))

            return in_process(f"{name}:{key}", from_disk)

        return wrapper

    return decorate


class CachedTables:
    """A function returning a dataclass of tables, cached table by table (``cached_tables``)."""

    def __init__(
        self,
        func: Callable[..., Any],
        names: Sequence[str],
        result_type: type,
        ignore: Sequence[str] = (),
        store_with: Callable[..., None] | None = None,
    ) -> None:
        self.func, self.names, self.ignore = func, tuple(names), tuple(ignore)
        self.result_type, self.store_with = result_type, store_with
        self.signature = inspect.signature(func)
        functools.update_wrapper(self, func)

    def _key(self, args: tuple[object, ...], kwargs: dict[str, Any]) -> tuple[Corpus, str]:
        corpus, rest, keyed = _split(self.signature, args, kwargs, self.ignore)
        return corpus, call_key(corpus, self.func.__name__, rest, keyed)

    def key(self, *args: Any, **kwargs: Any) -> str:
        """The key the tables of this call are stored under."""
        return self._key(args, kwargs)[1]

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Every table: read from the store when all are there, else computed in one call
        of the function and stored (other processes wait for it)."""
        corpus, key = self._key(args, kwargs)
        found = [_results.get(f"{n}:{key}") for n in self.names]
        if all(f is not None for f in found):
            return self._keep(key, self._build(found))
        store = corpus_store(corpus)
        result = self._stored(store, key)
        if result is None:
            with store.lock(self.func.__name__, key) if store else contextlib.nullcontext():
                result = self._stored(store, key)  # another process may have written it
                if result is None and self._store_parts(store, key, args, kwargs):
                    result = self._stored(store, key)
                if result is None:  # no store, or its parts could not be joined
                    result = self.func(*args, **kwargs)
                    self._write(store, key, result)
        return self._keep(key, result)

    def ensure_stored(self, *args: Any, **kwargs: Any) -> None:
        """Every table stored, none of them read nor held whole by this process: computed
        (``store_with``) when one is missing, else left as stored (a file is only looked
        for; a broken one is found, removed and recomputed by whoever reads it). Without a
        store (the cache off) or ``store_with``, the same as calling (the tables kept in
        this process)."""
        corpus, key = self._key(args, kwargs)
        store = corpus_store(corpus)
        if store is None or self.store_with is None:
            self(*args, **kwargs)
            return
        if self._all_there(store, key):
            return
        with store.lock(self.func.__name__, key):
            if not self._all_there(store, key):  # another process may have written them
                self._store_parts(store, key, args, kwargs)

    def is_stored(self, *args: Any, **kwargs: Any) -> bool:
        """Whether every table of this call is in the store (only looked for, not read):
        reading them then needs nothing but the corpus's key."""
        corpus, key = self._key(args, kwargs)
        store = corpus_store(corpus)
        return store is not None and self._all_there(store, key)

    def _all_there(self, store: SharedCache, key: str) -> bool:
        return all(store.path(name, key).exists() for name in self.names)

    def _store_parts(
        self, store: SharedCache | None, key: str, args: tuple[object, ...], kwargs: dict
    ) -> bool:
        """Write every table through ``store_with`` (``table_parts.TableParts``); whether it
        ran (False: no store or no ``store_with``). Its parts are removed after."""
        if store is None or self.store_with is None:
            return False
        parts = TableParts.open(store, key)
        try:
            self.store_with(parts, *args, **kwargs)
        finally:
            parts.discard()
        return True

    def table(
        self,
        *args: Any,
        columns: Sequence[str] | None = None,
        codes: Sequence[str] = (),
        **kwargs: Any,
    ) -> pd.DataFrame:
        """One table, ``name`` (the last positional argument or ``name=``), read alone
        when stored; all of them computed (``__call__``) when it is not.

        ``columns`` (optional): only these columns of it, in this order (the same values
        and types as ``table(...)[columns]``): read alone from the stored file, so a
        report kernel holds only what it uses; taken from the whole table when this
        process already holds it or when the table must be computed. ``codes`` (with
        ``columns``): these text columns as categoricals of sorted ``str`` categories
        (``shared_cache.text_codes``: an integer per row, each distinct string once), for
        code that works on them as on the text."""
        if "name" in kwargs:
            name = kwargs.pop("name")
        else:
            *head, name = args
            args = tuple(head)
        if name not in self.names:
            raise ValueError(f"name = {name!r} is invalid; must be one of {list(self.names)}")
        corpus, key = self._key(args, kwargs)
        if columns is not None:
            return self._columns(corpus, key, name, (tuple(columns), tuple(codes)), args, kwargs)

        def read_or_all() -> pd.DataFrame:
            store = corpus_store(corpus)
            found = store.read(name, key) if store is not None else None
            return found if found is not None else getattr(self(*args, **kwargs), name)

        return in_process(f"{name}:{key}", read_or_all)

    def _columns(
        self,
        corpus: Corpus,
        key: str,
        name: str,
        wanted: tuple[tuple[str, ...], tuple[str, ...]],
        args: tuple[object, ...],
        kwargs: dict[str, Any],
    ) -> pd.DataFrame:
        """``table(..., columns=columns, codes=codes)`` (``wanted``): the whole table's
        columns when this process holds it, else the stored file's columns alone, else
        the computed table's."""
        columns, codes = wanted
        whole = _results.get(f"{name}:{key}")
        if isinstance(whole, pd.DataFrame):
            return as_codes(whole[list(columns)], codes)

        def read_columns() -> pd.DataFrame:
            store = corpus_store(corpus)
            found = store.read_columns(name, key, columns, codes) if store is not None else None
            if found is not None:
                return found
            return as_codes(self.table(*args, name, **kwargs)[list(columns)], codes)

        label = f"{','.join(columns)};{','.join(codes)}"
        return in_process(f"{name}[{label}]:{key}", read_columns)

    def _write(self, store: SharedCache | None, key: str, result: Any) -> None:
        for name in self.names if store is not None else ():
            store.write(name, key, getattr(result, name))  # type: ignore[union-attr]

    def _stored(self, store: SharedCache | None, key: str) -> Any:
        if store is None:
            return None
        found = [store.read(name, key) for name in self.names]
        return self._build(found) if all(f is not None for f in found) else None

    def _build(self, tables: Sequence[object]) -> Any:
        return self.result_type(*tables)

    def _keep(self, key: str, result: Any) -> Any:
        for name in self.names:
            in_process(f"{name}:{key}", lambda name=name: getattr(result, name))
        return result


def cached_tables(
    names: Sequence[str],
    *,
    result_type: type,
    ignore: Sequence[str] = (),
    store_with: Callable[..., None] | None = None,
) -> Callable[[Callable[..., Any]], CachedTables]:
    """Cache ``f(corpus, ...)`` returning ``result_type(*tables)`` (a dataclass whose
    fields are ``names``) table by table; see ``CachedTables``. ``store_with(parts,
    corpus, ...)`` (optional): computes the same tables into the store through a
    ``table_parts.TableParts`` instead of returning them, so that no process holds a
    large one whole; used whenever there is a store."""

    def decorate(func: Callable[..., Any]) -> CachedTables:
        return CachedTables(func, names, result_type, ignore, store_with)

    return decorate
