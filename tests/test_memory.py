"""The process-wide allocator choice (analysis/core/memory.py) and who makes it."""

from __future__ import annotations

import gc
import os
import subprocess
import sys

import pytest

from analysis import cli
from analysis.core.memory import collector_paused

PROBE = (
    "import pyarrow as pa; from analysis.core.memory import use_system_allocator; "
    "before = pa.default_memory_pool().backend_name; "
    "print(before, use_system_allocator(), pa.default_memory_pool().backend_name)"
)


def _probe(env_pool: str | None) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    if env_pool is not None:
        env["ARROW_DEFAULT_MEMORY_POOL"] = env_pool
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.split()


def test_use_system_allocator_switches_arrow_to_malloc():
    """A fresh process starts on Arrow's own pool and ends on the C library's."""
    before, returned, after = _probe(None)
    assert before != "system"  # the wheel's default (mimalloc or jemalloc)
    assert returned == after == "system"


def test_an_explicit_pool_choice_is_left_alone():
    """``$ARROW_DEFAULT_MEMORY_POOL`` set by the user wins over the package's choice."""
    before, returned, after = _probe("mimalloc")
    assert before == returned == after == "mimalloc"


def test_the_command_line_chooses_the_allocator(monkeypatch: pytest.MonkeyPatch, tmp_path):
    """``python -m analysis`` makes the choice once, before any work (even a run that stops
    on a bad parameter has made it)."""
    calls: list[str] = []
    monkeypatch.setattr(cli, "use_system_allocator", lambda: calls.append("called") or "system")
    code = cli.main(["export", "documents", "--seeds", str(tmp_path / "missing")])
    assert code == cli.EXIT_USAGE
    assert calls == ["called"]


def test_loading_as_a_library_leaves_the_allocator_alone():
    """``load_corpus`` in an analyst's session does not change the process's pool."""
    seeds = os.path.join(os.path.dirname(__file__), os.pardir, "seeds")
    code = (
        "import pyarrow as pa; from analysis import load_corpus; "
        "before = pa.default_memory_pool().backend_name; "
        f"load_corpus({seeds!r}, cache=False); "
        "print(before, pa.default_memory_pool().backend_name)"
    )
    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    before, after = done.stdout.split()
    assert before == after != "system"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_the_mmap_threshold_is_fixed_unless_the_user_set_it(monkeypatch: pytest.MonkeyPatch):
    """glibc's mmap threshold is fixed (so large freed buffers go back to the system),
    except when ``$MALLOC_MMAP_THRESHOLD_`` says otherwise."""
    from analysis.core.memory import MMAP_THRESHOLD_ENV, fix_mmap_threshold

    monkeypatch.delenv(MMAP_THRESHOLD_ENV, raising=False)
    assert fix_mmap_threshold() is True
    monkeypatch.setenv(MMAP_THRESHOLD_ENV, "65536")
    assert fix_mmap_threshold() is False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_free_heap_pages_go_back_and_memory_in_use_is_kept() -> None:
    """Blocks freed among blocks still in use leave their pages resident until
    ``release_free_memory``; what is still in use keeps its contents."""
    code = (
        "import os\n"
        "from analysis.core.memory import release_free_memory\n"
        "def rss():\n"
        "    return int(open('/proc/self/statm').read().split()[1]) * os.sysconf('SC_PAGE_SIZE')\n"
        "blocks = [bytes([i % 251]) * 3000 for i in range(40_000)]\n"
        "kept = blocks[::16]\n"
        "del blocks\n"
        "before = rss()\n"
        "done = release_free_memory()\n"
        "intact = all(b == bytes([(16 * i) % 251]) * 3000 for i, b in enumerate(kept))\n"
        "print(done, intact, (before - rss()) // 2**20)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    released, intact, freed_mb = done.stdout.split()
    assert released == "True" and intact == "True"
    assert int(freed_mb) >= 50  # of the ~112 MB freed among the blocks kept


# --- the cyclic garbage collector paused for a stage ----------------------------------------


@pytest.mark.parametrize("was_on", [True, False])
def test_collector_paused_pauses_the_collector_and_restores_its_state(was_on: bool):
    """Inside the block the cyclic collector is off; after it (even after an error) it is
    as before: on again when it was on, still off when it was off."""
    (gc.enable if was_on else gc.disable)()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is was_on
        with pytest.raises(RuntimeError), collector_paused():
            raise RuntimeError("inside")
        assert gc.isenabled() is was_on
    finally:
        gc.enable()


def test_nested_pauses_resume_the_collector_only_at_the_outermost_end():
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block is still running
    assert gc.isenabled()


def test_garbage_in_cycles_made_while_paused_is_collected_after():
    """Reference counting cannot free a cycle; the collector frees it once resumed."""

    class Node:
        pass

    with collector_paused():
        node = Node()
        node.self = node
        del node
        assert any(type(o) is Node for o in gc.get_objects())
    gc.collect()
    assert not any(type(o) is Node for o in gc.get_objects())


def test_a_line_memo_remembers_until_the_line_memos_are_cleared() -> None:
    from analysis.core.memory import clear_line_memos, line_memo

    calls: list[str] = []

    @line_memo(4)
    def shout(line: str) -> str:
        calls.append(line)
        return line.upper()

    assert [shout("a"), shout("a"), shout("b")] == ["A", "A", "B"]
    assert calls == ["a", "b"]  # the second read of "a" was remembered
    assert clear_line_memos() >= 2  # this memo's two entries, and any other memo's
    assert shout.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert shout("a") == "A" and calls == ["a", "b", "a"]  # read again, same result


def test_a_load_ends_with_the_parse_line_memos_empty() -> None:
    from pathlib import Path

    from analysis import load_corpus
    from analysis.core import text
    from analysis.ingest import date_memo
    from analysis.ingest.layout import lines

    memos = (text._normalize_short, text._count_short, lines._is_prose, date_memo._remembered)
    text.count_words("Talks went well.")  # every memo holds something before the load
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    corpus = load_corpus(seeds, cache=False, jobs=1)
    assert len(corpus.documents) == 5 and corpus.documents["title"].str.len().gt(0).all()
    assert [memo.cache_info().currsize for memo in memos] == [0, 0, 0, 0]  # type: ignore[attr-defined]
