"""The build's memory budget (``analysis/site/build_budget.py``): the estimates cover the
measured processes, the budget is the user's or the default, and the decisions of which
stage starts keep the sum within the budget without ever leaving the build idle."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.core.errors import ParameterError
from analysis.site import build_budget
from analysis.site.build_budget import (
    BUDGET_ENV,
    PAGES,
    Unit,
    default_budget_mb,
    estimate_mb,
    given_budget,
    next_to_start,
    parse_budget,
    schedule_order,
    tree_mb,
)

#: Text MB of the generated corpora (1,000 / 10,000 / 20,000 / 100,000 articles) and the
#: peaks measured there (benchmarks/results.md: sessions 20, 23, 24, 25 and 26; PSS, MB).
MEASURED = [
    ("thematic", 107, 935),
    ("thematic", 214, 1_376),
    ("thematic", 1_068, 4_380),
    ("chronological", 107, 462),
    ("chronological", 214, 633),
    ("chronological", 1_068, 2_053),
    ("overview", 107, 310),
    ("overview", 1_068, 938),
    (PAGES, 10.7, 236 + 97 + 179),  # session 26: the process and its two input workers
    (PAGES, 107, 364 + 200 + 388),  # session 26: the largest of three runs
    (PAGES, 1_068, 2_081 + 1_390 + 1_310),  # session 25's whole build
]


@pytest.mark.parametrize(("name", "text_mb", "measured_mb"), MEASURED)
def test_each_estimate_covers_its_measure_without_inflating_it(name, text_mb, measured_mb):
    """Below a measure the budget would let the tree grow past it; far above, stages
    would wait for nothing."""
    assert measured_mb <= estimate_mb(name, text_mb) <= 1.25 * measured_mb


def test_a_notebook_the_file_does_not_name_gets_the_other_line():
    data = build_budget.memory_data()
    assert estimate_mb("my_own_notebook", 100) == build_budget.line_mb(
        data["kernels"]["other"], 100
    )
    assert estimate_mb("thematic", 100) > estimate_mb("overview", 100)


@given(st.sampled_from(["thematic", "chronological", "overview", "x", PAGES]), st.floats(0, 5e3))
def test_estimates_grow_with_the_text(name, text_mb):
    assert 0 < estimate_mb(name, text_mb) <= estimate_mb(name, text_mb + 1)


def test_the_default_budget_is_the_cap_unless_less_is_available():
    cap = build_budget.memory_data()["budget"]["cap_mb"]
    assert cap == 6_000  # the target at 100,000 articles
    assert default_budget_mb(None) == cap
    assert default_budget_mb(24_000) == cap
    assert default_budget_mb(5_000) == pytest.approx(4_000)


@pytest.mark.parametrize("good", ["6000", " 250.5 ", 100, 12_000.0])
def test_a_budget_is_a_number_of_mb(good):
    assert parse_budget(good) == float(str(good).strip())


@pytest.mark.parametrize("bad", ["", "6GB", "nan", "inf", "-1", "99", "0", True, None])
def test_a_bad_budget_is_a_parameter_error_naming_where_it_came_from(bad):
    with pytest.raises(ParameterError, match="--memory-budget"):
        parse_budget(bad)
    with pytest.raises(ParameterError, match=BUDGET_ENV):
        given_budget(None, {BUDGET_ENV: str(bad) if bad not in ("", None) else "x"})


def test_the_option_comes_before_the_environment():
    assert given_budget(None, {}) is None
    assert given_budget(None, {BUDGET_ENV: "  "}) is None
    assert given_budget(None, {BUDGET_ENV: "3000"}) == (3000.0, f"${BUDGET_ENV}")
    assert given_budget("2000", {BUDGET_ENV: "3000"}) == (2000.0, "--memory-budget")


def test_the_pages_stage_is_offered_first_then_the_kernels_in_order():
    units = [Unit("a", 1), Unit("pages", 9, kernel=False), Unit("b", 2)]
    assert [u.name for u in schedule_order(units)] == ["pages", "a", "b"]


def test_at_100000_articles_the_stages_that_overlapped_now_wait():
    """Session 24's tree: the thematic kernel beside the chronological kernel and the
    pages' stage (7,057 MB). With the default budget they no longer start together."""
    text = 1_068
    pages = Unit(PAGES, estimate_mb(PAGES, text), kernel=False)
    thematic = Unit("thematic", estimate_mb("thematic", text))
    chronological = Unit("chronological", estimate_mb("chronological", text))
    overview = Unit("overview", estimate_mb("overview", text))
    decide = {"held_mb": 500.0, "budget_mb": 6_000.0, "kernel_slots": 2}
    assert next_to_start([thematic, chronological], [pages], **decide) is None
    assert next_to_start([chronological, overview], [thematic], **decide) is None
    assert next_to_start([overview], [chronological], **decide) == 0  # 3,060 + 500 MB
    assert next_to_start([thematic], [], **decide) == 0  # alone, whatever its size


def test_with_an_ample_budget_everything_starts_as_before():
    units = [Unit(PAGES, 900, kernel=False), Unit("a", 900), Unit("b", 500), Unit("c", 300)]
    running: list[Unit] = []
    waiting = list(units)
    while (
        i := next_to_start(waiting, running, held_mb=600, budget_mb=6_000, kernel_slots=2)
    ) is not None:
        running.append(waiting.pop(i))
    assert [u.name for u in running] == [PAGES, "a", "b"]  # --jobs 2 kernels and the pages
    assert [u.name for u in waiting] == ["c"]


units = st.lists(
    st.builds(Unit, st.text(min_size=1, max_size=3), st.floats(0, 1e4), st.booleans()),
    max_size=6,
)


@given(units, units, st.floats(0, 5e3), st.floats(100, 2e4), st.integers(1, 4))
def test_a_started_unit_fits_or_runs_alone_and_something_always_runs(
    waiting, running, held, budget, slots
):
    position = next_to_start(waiting, running, held_mb=held, budget_mb=budget, kernel_slots=slots)
    if not waiting:
        assert position is None
        return
    if not running:
        assert position == 0  # never idle: the build cannot deadlock on memory
        return
    if position is None:
        kernels = sum(u.kernel for u in running)
        for unit in waiting:  # nothing that could start was left waiting
            assert (unit.kernel and kernels >= slots) or tree_mb(held, [*running, unit]) > budget
        return
    unit = waiting[position]
    assert tree_mb(held, [*running, unit]) <= budget
    assert not unit.kernel or sum(u.kernel for u in running) < slots
    for earlier in waiting[:position]:  # the first that fits, in order
        kernels = sum(u.kernel for u in running)
        assert (earlier.kernel and kernels >= slots) or tree_mb(held, [*running, earlier]) > budget
