"""The command line (``analysis/cli.py``): each flag reaches the library call as the
argument it names, bad input exits 2 with one line on stderr, and SIGTERM stops like Ctrl-C.
The library calls are patched, so nothing is built or loaded here."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from analysis import cli
from analysis.analyses import coding_sheet, tables
from analysis.core.errors import CorpusError
from analysis.ingest import corpus as corpus_module
from analysis.site import reports
from tests.conftest import SEEDS


@pytest.fixture
def build_calls(monkeypatch, tmp_path: Path) -> list[tuple[tuple, dict]]:
    """``reports.build_reports`` replaced by a recorder of its arguments."""
    calls: list[tuple[tuple, dict]] = []

    def fake_build(*args, **kwargs):
        calls.append((args, kwargs))
        return reports.BuildResult(tmp_path / "index.html")

    monkeypatch.setattr(reports, "build_reports", fake_build)
    return calls


def test_report_defaults_reach_build_reports(build_calls, capsys) -> None:
    assert cli.main(["report"]) == cli.EXIT_OK
    [(args, kwargs)] = build_calls
    assert args == ("seeds", "reports")
    assert kwargs["only"] == [] and kwargs["params"] == {}
    assert kwargs["jobs"] == 1 and kwargs["timeout"] is None  # scaled with the corpus
    assert kwargs["notebooks_dir"] == reports.NOTEBOOKS_DIR
    assert capsys.readouterr().out.strip().endswith("index.html")


def test_report_flags_map_to_build_reports_arguments(build_calls, tmp_path: Path) -> None:
    argv = [
        "report",
        "--seeds",
        "my_seeds",
        "--out",
        "site",
        "--only",
        "overview",
        "--only",
        "themes",
        "--param",
        "date_from=2020-01-01",
        "--param",
        "top_n= 5",
        "--jobs",
        "3",
        "--timeout",
        "42",
        "--notebooks",
        str(tmp_path),
        "--quiet",
    ]
    assert cli.main(argv) == cli.EXIT_OK
    [(args, kwargs)] = build_calls
    assert args == ("my_seeds", "site")
    assert kwargs["only"] == ["overview", "themes"]
    assert kwargs["params"] == {"date_from": "2020-01-01", "top_n": " 5"}
    assert kwargs["jobs"] == 3 and kwargs["timeout"] == 42
    assert kwargs["notebooks_dir"] == tmp_path


def test_cli_passes_the_engine_and_scheduler(monkeypatch, tmp_path: Path) -> None:
    seen = {}

    def fake_build(*args, **kwargs):
        seen.update(kwargs)
        return reports.BuildResult(tmp_path / "index.html")

    monkeypatch.setattr(reports, "build_reports", fake_build)
    argv = ["report", "--engine", "dask", "--scheduler", "tcp://h:1", "--out", str(tmp_path)]
    assert cli.main(argv) == 0
    assert seen["engine"] == "dask" and seen["scheduler"] == "tcp://h:1"
    assert cli.main(["report", "--out", str(tmp_path)]) == 0
    assert seen["engine"] == "serial" and seen["scheduler"] is None


@pytest.mark.parametrize("bad", ["no_equals_sign", "=value"])
def test_a_param_without_name_is_a_usage_error(bad: str, build_calls, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["report", "--param", bad])
    assert stop.value.code == cli.EXIT_USAGE
    assert "NAME=VALUE" in capsys.readouterr().err
    assert build_calls == []


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (CorpusError("no articles in the folder"), cli.EXIT_USAGE),
        (OSError("disk full"), cli.EXIT_FAILED),
        (KeyboardInterrupt(), cli.EXIT_FAILED),
    ],
)
def test_errors_of_the_build_become_exit_codes(monkeypatch, capsys, error, code) -> None:
    def failing_build(*args, **kwargs):
        raise error

    monkeypatch.setattr(reports, "build_reports", failing_build)
    assert cli.main(["report"]) == code
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    if isinstance(error, KeyboardInterrupt):
        assert err[0].startswith("interrupted") and "previous reports" in err[0]
    else:
        assert err[0] == f"error: {error}"


def test_export_flags_map_to_build_and_write_table(monkeypatch, capsys, tmp_path: Path) -> None:
    calls = {}
    monkeypatch.setattr(corpus_module, "load_corpus", lambda seeds: f"corpus of {seeds}")

    def fake_build(corpus, name):
        calls["build"] = (corpus, name)
        return "frame"

    def fake_write(frame, path, fmt, *, excel_safe):
        calls["write"] = (frame, path, fmt, excel_safe)
        return tmp_path / "written"

    monkeypatch.setattr(tables, "build_table", fake_build)
    monkeypatch.setattr(tables, "write_table", fake_write)
    argv = ["export", "documents", "--seeds", "s", "--format", "parquet", "--no-excel-safe"]
    assert cli.main(argv) == cli.EXIT_OK
    assert calls["build"] == ("corpus of s", "documents")
    assert calls["write"] == ("frame", "documents.parquet", "parquet", False)
    assert capsys.readouterr().out.strip() == str(tmp_path / "written")
    assert cli.main(["export", "documents", "--out", "x.csv"]) == cli.EXIT_OK
    assert calls["write"] == ("frame", "x.csv", "csv", True)


def test_export_list_names_the_registered_tables_and_timeml(capsys) -> None:
    assert cli.main(["export", "--list"]) == cli.EXIT_OK
    listed = capsys.readouterr().out.split()
    assert listed == [*tables.registered_tables(), "timeml"]


def test_export_of_an_unknown_table_exits_2_before_loading(monkeypatch, capsys) -> None:
    def no_load(seeds):
        raise AssertionError("the corpus must not be loaded")

    monkeypatch.setattr(corpus_module, "load_corpus", no_load)
    assert cli.main(["export", "nonsense"]) == cli.EXIT_USAGE
    assert "nonsense" in capsys.readouterr().err


def test_sample_for_coding_flags_map_to_the_sampler(monkeypatch, capsys, tmp_path: Path) -> None:
    seen = {}
    monkeypatch.setattr(corpus_module, "load_corpus", lambda seeds: f"corpus of {seeds}")

    def fake_sample(corpus, n, *, seed, by):
        seen["sample"] = (corpus, n, seed, by)
        return "sheet"

    def fake_write(sheet, path):
        seen["write"] = (sheet, path)
        return Path(path)

    monkeypatch.setattr(coding_sheet, "sample_for_coding", fake_sample)
    monkeypatch.setattr(coding_sheet, "write_coding_sheet", fake_write)
    out = tmp_path / "codes.csv"
    argv = ["sample-for-coding", "--seeds", "s", "--n", "7", "--seed", "3", "--by", "year"]
    assert cli.main([*argv, "--out", str(out)]) == cli.EXIT_OK
    assert seen["sample"] == ("corpus of s", 7, 3, "year")
    assert seen["write"] == ("sheet", str(out))
    out.write_text("my codes", encoding="utf-8")
    assert cli.main([*argv, "--out", str(out)]) == cli.EXIT_USAGE
    assert "already exists" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "my codes"


def test_sigterm_raises_terminated_inside_and_restores_the_handler() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(cli.Terminated), cli.sigterm_stops():
        os.kill(os.getpid(), signal.SIGTERM)
    assert signal.getsignal(signal.SIGTERM) is before


def test_sigterm_during_a_build_exits_1_saying_terminated(monkeypatch, capsys) -> None:
    def terminated_build(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(reports, "build_reports", terminated_build)
    assert cli.main(["report"]) == cli.EXIT_FAILED
    assert capsys.readouterr().err.startswith("terminated (SIGTERM)")


def test_a_bad_parameter_stops_the_cli_before_any_work(tmp_path, capsys):
    code = cli.main(
        [
            "report",
            "--seeds",
            str(SEEDS),
            "--out",
            str(tmp_path / "site"),
            "--param",
            "date_from=2024-01-01",
            "--param",
            "date_to=2020-01-01",
        ]
    )
    assert code == 2
    assert "date_from" in capsys.readouterr().err
    assert not (tmp_path / "site").exists()


def test_a_missing_seeds_folder_exits_2_naming_it(tmp_path, capsys):
    code = cli.main(["report", "--seeds", str(tmp_path / "nowhere"), "--out", str(tmp_path)])
    assert code == 2
    assert "nowhere" in capsys.readouterr().err


def test_unknown_notebook_in_only_is_refused(tmp_path, capsys):
    assert cli.main(["report", "--only", "nope", "--out", str(tmp_path)]) == 2
    assert "overview" in capsys.readouterr().err


def test_the_memory_budget_reaches_build_reports(build_calls) -> None:
    assert cli.main(["report", "--memory-budget", "4500"]) == cli.EXIT_OK
    assert cli.main(["report"]) == cli.EXIT_OK
    assert [kwargs["memory_budget"] for _, kwargs in build_calls] == ["4500", None]


@pytest.mark.parametrize(
    ("argv", "env", "named"),
    [
        (["--memory-budget", "6GB"], {}, "--memory-budget"),
        (["--memory-budget", "10"], {}, "--memory-budget"),
        ([], {"VN_BUILD_MEMORY_MB": "lots"}, "VN_BUILD_MEMORY_MB"),
    ],
)
def test_a_bad_memory_budget_exits_2_before_any_work(
    argv, env, named, tmp_path, capsys, monkeypatch
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(reports, "shared_corpus", lambda *a, **k: pytest.fail("loaded"))
    out = tmp_path / "site"
    code = cli.main(["report", "--seeds", str(SEEDS), "--out", str(out), *argv])
    assert code == cli.EXIT_USAGE
    assert named in capsys.readouterr().err
    assert not out.exists()
