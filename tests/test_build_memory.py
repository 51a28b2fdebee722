"""benchmarks/build_memory.py: each process of a build's tree is named (the build, a
kernel by its notebook, a fork by when and from what it started) and keeps its own peak;
the tree's figure is the sum of one sample."""

from __future__ import annotations

import io
import time
from dataclasses import dataclass, field
from types import SimpleNamespace

from benchmarks.build_memory import Tree, follow_log, sample


@dataclass
class FakeProcess:
    """What ``sample`` asks of a ``psutil.Process``."""

    pid: int
    parent: int
    command: list[str]
    mb: float
    kids: list[FakeProcess] = field(default_factory=list)

    def cmdline(self) -> list[str]:
        return self.command

    def ppid(self) -> int:
        return self.parent

    def memory_full_info(self) -> SimpleNamespace:
        return SimpleNamespace(pss=int(self.mb * 2**20), rss=0)

    def children(self, recursive: bool = False) -> list[FakeProcess]:
        return self.kids


BUILD = ["python", "-m", "analysis", "report"]
KERNEL = ["python", "-m", "ipykernel_launcher", "-f", "k.json"]


def test_processes_are_named_and_keep_their_own_peaks() -> None:
    worker = FakeProcess(11, 10, BUILD, 100)
    pages = FakeProcess(10, 1, BUILD, 300, kids=[worker])
    kernel = FakeProcess(12, 1, BUILD, 50)  # seen first between its fork and its start
    root = FakeProcess(1, 0, BUILD, 200, kids=[pages, worker, kernel])
    tree = Tree(root_pid=1, started=time.monotonic())
    follow_log(io.StringIO("12:00:00 INFO [1/3] thematic: started\n"), tree)
    assert sample(root, tree) == 650
    assert tree.seen[1].label == "build"
    assert tree.seen[10].label == "fork @0s of build"
    assert tree.seen[11].label == "fork @0s of fork @0s of build"
    assert tree.seen[12].label.startswith("fork @")
    kernel.command, kernel.mb, worker.mb = KERNEL, 400, 20
    assert sample(root, tree) == 920
    assert tree.seen[12].label == "kernel thematic"
    assert tree.seen[11].peak == 100  # its peak, not its last figure
    assert tree.notebooks == []


def test_a_kernel_the_log_has_not_named_yet_is_unknown() -> None:
    kernel = FakeProcess(5, 1, KERNEL, 10)
    tree = Tree(root_pid=1, started=time.monotonic())
    sample(FakeProcess(1, 0, BUILD, 1, kids=[kernel]), tree)
    assert tree.seen[5].label == "kernel ?"
