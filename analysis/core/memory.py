"""Which allocator holds the tables' text: the one process-wide memory setting of a run.

pandas 3 keeps text columns in Arrow buffers, allocated by Arrow's default memory pool
(mimalloc in the pyarrow wheels). mimalloc keeps the memory of freed buffers for reuse, so
a run that parses and annotates 10,000 articles ends holding about 330 MB more than it uses
(measured: peak of load plus annotation 1,934 MB with mimalloc, 1,603 MB with the C
library's allocator, same tables, CPU time within 4 %). ``use_system_allocator`` switches
the pool for the rest of the process. It changes process-wide state, so only the owner of
the process calls it: the command line does at start; an analyst may in a notebook that
loads a large corpus. Worker processes forked afterwards inherit the choice.

With Arrow on ``malloc``, glibc's own policy decides what is given back: a block above the
mmap threshold (128 KiB) is mapped apart and returned when freed, but glibc raises that
threshold to the size of each mapped block freed (up to 32 MiB), so after the first
parsed batch is freed, column buffers of a few megabytes come from the heap and stay
there. ``use_system_allocator`` also fixes the threshold at its default (which turns the
raising off), where the C library is glibc and the user has not set it
(``$MALLOC_MMAP_THRESHOLD_``).

Freed blocks below the threshold stay in glibc's heap between the ones still in use, and
its pages stay resident. ``release_free_memory`` (glibc's ``malloc_trim``) gives the free
pages back without changing any setting, so library code calls it where a stage has just
freed its working set before the next grows: after loading and before the annotation
tables are joined and the events merged (10,000 articles: RSS after load 505 -> 408 MB,
peak of load + annotation 885 -> 869 MB, medians of 3; ``benchmarks/results.md``).

Python's cyclic garbage collector is the other process-wide memory setting a stage meets:
``collector_paused`` turns it off while a stage builds its tables of small objects
(``parallel.map_chunks`` pauses it around every chunk: loading, annotating, page
writing; ``theme_hits`` around its coding), and turns it back on after.

The parse's memos of per-line reads (``line_memo``: a line's word count, its normalised
form, whether it reads as prose, its dates) keep up to a few thousand recent lines alive
each, which no later stage asks about again. ``clear_line_memos`` empties them when a load
ends, so the annotation reuses that memory (10,000 generated articles: peak of load +
annotation 845 -> 830 MB; ``benchmarks/results.md``, session 33).
"""

from __future__ import annotations

import ctypes
import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, TypeVar

_Result = TypeVar("_Result")

POOL_ENV = "ARROW_DEFAULT_MEMORY_POOL"
MMAP_THRESHOLD_ENV = "MALLOC_MMAP_THRESHOLD_"
#: glibc's ``mallopt`` parameter number and default value of the mmap threshold.
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD_BYTES = 128 * 1024


def fix_mmap_threshold() -> bool:
    """Fix glibc's mmap threshold at its default (``MMAP_THRESHOLD_BYTES``), so that freed
    blocks above it go back to the system however large the blocks freed before; False
    (nothing done) without glibc's ``mallopt`` or when ``$MALLOC_MMAP_THRESHOLD_`` is set."""
    if os.environ.get(MMAP_THRESHOLD_ENV):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")  # glibc's name (find_library would start ldconfig)
        return bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
    except (OSError, AttributeError):  # not glibc (macOS, Windows, ...)
        return False


def use_system_allocator() -> str:
    """Make Arrow allocate new buffers with the C library's ``malloc`` (which returns freed
    memory to the system; ``fix_mmap_threshold``) and return the pool's backend name now
    in use. Buffers already allocated stay with the pool that made them. An explicit
    ``$ARROW_DEFAULT_MEMORY_POOL`` is the user's choice and is left alone."""
    import pyarrow as pa

    if not os.environ.get(POOL_ENV):
        pa.set_memory_pool(pa.system_memory_pool())
        fix_mmap_threshold()
    return pa.default_memory_pool().backend_name


def release_free_memory() -> bool:
    """Return the free pages of the C library's heap to the system (glibc's
    ``malloc_trim(0)``; takes a few milliseconds); False (nothing done) where the C
    library is not glibc. Changes no setting: memory in use is untouched."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim(0)  # its result only says whether any page was given back
    except (OSError, AttributeError):  # not glibc (macOS, Windows, musl)
        return False
    return True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector (``gc.disable``) for the block, and resume
    it after (when it was on; also when the block raises).

    A stage that makes a table allocates hundreds of thousands of small tuples, lists,
    strings and matches that hold no cycle; every 700 allocations start a collection, and
    every tenth of those walks every object that survived, a walk that grows with the rows
    made (14-16 % of theme coding's time on 1,000 generated articles; ``benchmarks/
    results.md``, "Theme coding on columns" and "The collector paused per chunk").
    Reference counting still frees every object at once; only garbage in cycles waits
    until the collector runs again after the block. Nested blocks leave it off until the
    outermost ends."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


#: Every ``line_memo`` made so far, in the order their modules were imported.
_LINE_MEMOS: list[Any] = []


def line_memo(maxsize: int) -> Callable[[Callable[[str], _Result]], Callable[[str], _Result]]:
    """``functools.lru_cache(maxsize)`` for a read of one line of a page, registered so that
    ``clear_line_memos`` empties it when a load ends (the wrapper keeps ``cache_info`` and
    ``cache_clear``)."""

    def remembered(read: Callable[[str], _Result]) -> Callable[[str], _Result]:
        memo = lru_cache(maxsize=maxsize)(read)
        _LINE_MEMOS.append(memo)
        return memo

    return remembered


def clear_line_memos() -> int:
    """Empty every ``line_memo`` and return how many entries were dropped: the lines a
    parse read are of no use to the stages after it, and each entry keeps its line alive.
    Results are unchanged (a read asked again is made again)."""
    dropped = 0
    for memo in _LINE_MEMOS:
        dropped += memo.cache_info().currsize
        memo.cache_clear()
    return dropped


def release_parse_memory() -> None:
    """For the end of a load: empty the parse's line memos (``clear_line_memos``: no later
    stage reads those lines again) and give the freed memory back to the system
    (``release_free_memory``) before the caller's next stage grows."""
    clear_line_memos()
    release_free_memory()
