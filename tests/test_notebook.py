"""``start_report`` leaves an analyst's session as it was; a report kernel is quiet."""

from __future__ import annotations

import logging
import os
import shutil
import warnings
from pathlib import Path

import matplotlib
import pytest

from analysis.annotators.corpus_snapshot import BUILD_ENV, snapshot_env
from analysis.site.notebook import quiet_output, start_report, started_by_a_build
from tests.conftest import SEEDS


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def session_state():
    """The warning filters, the ``analysis`` logger level and matplotlib's settings of
    this process, put back after the test whatever it does."""
    logger = logging.getLogger("analysis")
    level, rc = logger.level, dict(matplotlib.rcParams)
    with warnings.catch_warnings():
        yield logger
    logger.setLevel(level)
    matplotlib.rcParams.update(rc)


def test_start_report_leaves_warnings_and_logging_of_the_session_alone(
    seeds_copy: Path, session_state: logging.Logger, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv(BUILD_ENV, raising=False)
    start_report(seeds_dir=str(seeds_copy))  # libraries it imports may add their filters
    warnings.simplefilter("default")
    session_state.setLevel(logging.INFO)
    filters = list(warnings.filters)
    corpus = start_report(seeds_dir=str(seeds_copy))
    assert len(corpus) == 5
    assert warnings.filters == filters
    assert ("ignore", None, Warning, None, 0) not in warnings.filters
    assert session_state.level == logging.INFO
    with pytest.warns(UserWarning, match="still shown"):
        warnings.warn("still shown", UserWarning, stacklevel=1)


def test_a_session_that_ran_a_build_is_still_not_quiet(
    seeds_copy: Path, session_state: logging.Logger, monkeypatch: pytest.MonkeyPatch
):
    """The build's own process id in the environment (a build run from this session)
    is not a report kernel."""
    monkeypatch.setenv(BUILD_ENV, str(os.getpid()))
    assert not started_by_a_build()
    start_report(seeds_dir=str(seeds_copy), outlets=["Nobody"])
    filters = list(warnings.filters)
    start_report(seeds_dir=str(seeds_copy), outlets=["Nobody"])
    assert warnings.filters == filters


def test_a_kernel_started_by_a_build_is_quiet(
    seeds_copy: Path, session_state: logging.Logger, monkeypatch: pytest.MonkeyPatch
):
    from analysis import load_corpus

    env = snapshot_env(seeds_copy, load_corpus(seeds_copy))
    assert env[BUILD_ENV] == str(os.getpid())
    monkeypatch.setenv(BUILD_ENV, str(os.getpid() + 1))  # the kernel: another process
    assert started_by_a_build()
    start_report(seeds_dir=str(seeds_copy))
    assert warnings.filters[0][0] == "ignore"
    assert session_state.level == logging.ERROR


def test_quiet_output_is_scoped_to_its_block(session_state: logging.Logger):
    session_state.setLevel(logging.WARNING)
    filters = list(warnings.filters)
    with quiet_output():
        warnings.warn("hidden", UserWarning, stacklevel=1)
        assert session_state.level == logging.ERROR
    assert warnings.filters == filters and session_state.level == logging.WARNING


def test_rows_of_keeps_the_rows_of_the_corpus_and_shares_a_whole_table() -> None:
    """``rows_of``: the rows of the corpus's documents; all of them without copying the
    columns (an edit of the result still leaves the table as it was)."""
    import numpy as np
    import pandas as pd

    from analysis.ingest.corpus import load_corpus
    from analysis.site.notebook import rows_of

    corpus = load_corpus(SEEDS)
    ids = corpus.documents["doc_id"].tolist()
    table = pd.DataFrame({"doc_id": [*ids, "elsewhere"], "n": range(len(ids) + 1)})
    assert rows_of(table, corpus)["doc_id"].tolist() == ids
    whole = table.iloc[:-1]
    kept = rows_of(whole, corpus)
    pd.testing.assert_frame_equal(kept, whole)
    assert np.shares_memory(kept["n"].to_numpy(), whole["n"].to_numpy())
    kept.loc[kept.index[0], "n"] = -1
    assert whole["n"].iloc[0] == 0
