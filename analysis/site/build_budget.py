"""The build's memory budget: how much memory a site build keeps itself within, what each
of its stages is expected to hold, and which stage may start now.

A build runs several large processes at once: its report kernels (``--jobs`` at a time)
and the document pages' stage (its process and input workers), while the build process
itself holds what it keeps of the corpus. At 100,000 articles they added up to 7 GB when
all ran together (``benchmarks/results.md``, session 24). The budget
(``analysis/data/build_memory.yaml``) bounds their sum: a stage starts only when its
estimate, the running stages' estimates and the build process's own memory fit within
it (``next_to_start``), and one stage always runs, however large, so that a build never
waits for memory it cannot get.

Everything here is pure (no clock, no process, no file but the data file):
``analysis.site.build_schedule`` runs the stages by these decisions.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from analysis.core.data_files import load_data_file
from analysis.core.errors import ParameterError

DATA_FILE = "build_memory.yaml"
#: The environment variable that sets the budget (MB) when ``--memory-budget`` is not given.
BUDGET_ENV = "VN_BUILD_MEMORY_MB"
#: The name of the document pages' stage (``estimate_mb``), never a notebook's.
PAGES = "document pages"
#: The smallest budget accepted (MB): below it not even the build process fits.
MIN_BUDGET_MB = 100


@dataclass(frozen=True)
class Unit:
    """A stage the build schedules: a notebook's kernel or the document pages' stage,
    with its expected peak memory in MB; ``kernel`` units count against ``--jobs``."""

    name: str
    estimate_mb: float
    kernel: bool = True


@cache
def memory_data() -> dict[str, Any]:
    """The content of ``analysis/data/build_memory.yaml`` (checked against its schema)."""
    return dict(load_data_file(DATA_FILE))


def line_mb(line: Mapping[str, float], text_mb: float) -> float:
    """``base_mb`` + ``mb_per_text_mb`` x ``text_mb`` (an estimate of the data file).

    >>> line_mb({"base_mb": 300, "mb_per_text_mb": 1.5}, 100)
    450.0
    """
    return float(line["base_mb"]) + float(line["mb_per_text_mb"]) * max(0.0, text_mb)


def estimate_mb(name: str, text_mb: float, data: Mapping[str, Any] | None = None) -> float:
    """The expected peak memory (MB) of the stage ``name`` on a corpus of ``text_mb`` MB of
    paragraph text: the document pages' stage (``PAGES``), or the kernel of the notebook
    ``name`` (the file's ``other`` line for a notebook it does not name)."""
    data = memory_data() if data is None else data
    if name == PAGES:
        return line_mb(data["document_pages"], text_mb)
    kernels = data["kernels"]
    return line_mb(kernels.get(name, kernels["other"]), text_mb)


def build_process_mb(text_mb: float, data: Mapping[str, Any] | None = None) -> float:
    """The expected memory (MB) of the build process while the reports run (used where
    its own cannot be read)."""
    data = memory_data() if data is None else data
    return line_mb(data["build_process"], text_mb)


def default_budget_mb(available_mb: float | None, data: Mapping[str, Any] | None = None) -> float:
    """The budget when none is given: ``cap_mb``, or ``available_share`` of
    ``available_mb`` when that is less (the cap alone when it is not known).

    >>> data = {"budget": {"cap_mb": 6000, "available_share": 0.8}}
    >>> [default_budget_mb(available, data) for available in (None, 20_000, 5_000)]
    [6000.0, 6000.0, 4000.0]
    """
    budget = (memory_data() if data is None else data)["budget"]
    cap = float(budget["cap_mb"])
    if available_mb is None:
        return cap
    return min(cap, float(budget["available_share"]) * available_mb)


def parse_budget(value: object, name: str = "--memory-budget") -> float:
    """A budget given by the user (``value``: the option's or the environment variable's
    text, or a number) as MB; ``ParameterError`` naming ``name`` unless it is a whole or
    decimal number of MB >= ``MIN_BUDGET_MB``.

    >>> parse_budget("6000"), parse_budget(" 4500.5 ")
    (6000.0, 4500.5)
    """
    expected = f"expected a number of MB >= {MIN_BUDGET_MB}, such as 6000"
    if isinstance(value, bool):
        raise ParameterError(name, value, expected)
    try:
        mb = float(value.strip() if isinstance(value, str) else value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ParameterError(name, value, expected) from None
    if not math.isfinite(mb) or mb < MIN_BUDGET_MB:
        raise ParameterError(name, value, expected)
    return mb


def given_budget(option: object, environ: Mapping[str, str]) -> tuple[float, str] | None:
    """The budget (MB) the user gave and where: ``option`` (``--memory-budget``) when not
    None, else ``$VN_BUILD_MEMORY_MB`` when set; None when neither is (the build then
    takes ``default_budget_mb`` when its reports start). A bad value raises
    ``ParameterError`` naming the option or the variable.

    >>> given_budget(None, {BUDGET_ENV: "5000"}), given_budget("4000", {BUDGET_ENV: "5000"})
    ((5000.0, '$VN_BUILD_MEMORY_MB'), (4000.0, '--memory-budget'))
    """
    if option is not None:
        return parse_budget(option), "--memory-budget"
    if environ.get(BUDGET_ENV, "").strip():
        return parse_budget(environ[BUDGET_ENV], f"${BUDGET_ENV}"), f"${BUDGET_ENV}"
    return None


def next_to_start(
    waiting: Sequence[Unit],
    running: Sequence[Unit],
    *,
    held_mb: float,
    budget_mb: float,
    kernel_slots: int,
) -> int | None:
    """The position in ``waiting`` of the first unit that may start now, or None.

    A unit may start when, with ``held_mb`` (the build process) and the estimates of the
    ``running`` units, its estimate stays within ``budget_mb``, and, for a kernel, when
    fewer than ``kernel_slots`` kernels run. When nothing runs the first waiting unit
    starts whatever its estimate: the build never waits for memory it cannot get.

    >>> big, small = Unit("thematic", 4_500), Unit("overview", 1_000)
    >>> next_to_start([big, small], [], held_mb=500, budget_mb=3_000, kernel_slots=2)
    0
    >>> next_to_start([small], [big], held_mb=500, budget_mb=6_000, kernel_slots=2)
    0
    >>> next_to_start([small], [big], held_mb=800, budget_mb=6_000, kernel_slots=2) is None
    True
    """
    if not waiting:
        return None
    if not running:
        return 0
    kernels = sum(unit.kernel for unit in running)
    used = held_mb + sum(unit.estimate_mb for unit in running)
    for position, unit in enumerate(waiting):
        if unit.kernel and kernels >= kernel_slots:
            continue
        if used + unit.estimate_mb <= budget_mb:
            return position
    return None


def schedule_order(units: Sequence[Unit]) -> list[Unit]:
    """The order in which ``units`` are offered to start: the document pages' stage first
    (the longest stage; it starts at once when the budget allows, as before the budget),
    then the kernels in the planned order."""
    return sorted(units, key=lambda unit: unit.kernel)


def tree_mb(held_mb: float, running: Sequence[Unit]) -> float:
    """What the build's processes are expected to hold together: ``held_mb`` (the build
    process) and the estimates of the ``running`` units."""
    return held_mb + sum(unit.estimate_mb for unit in running)
