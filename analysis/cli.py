"""Command line: ``python -m analysis report|export|sample-for-coding`` (also ``vn-corpus``).

The only module that parses arguments, prints results or chooses exit codes:
0 success, 1 a notebook or the build failed (or it was interrupted: Ctrl-C or SIGTERM),
2 bad parameters or input. ``main`` turns SIGTERM (what ``timeout`` and cron send) into
the same clean stop as Ctrl-C while it runs, and puts the previous handler back after.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from analysis.core.errors import AnalysisError, CorpusError, DataFileError, ParameterError
from analysis.core.memory import use_system_allocator

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _key_value(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"--param {text!r} must look like NAME=VALUE")
    return name.strip(), value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for the sub-commands."""
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    _add_report(sub)
    _add_export(sub)
    _add_sample_for_coding(sub)
    return parser


def _add_report(sub: Any) -> None:
    """The ``report`` sub-command."""
    report = sub.add_parser("report", help="run the notebooks and build the HTML report site")
    report.add_argument("--seeds", default="seeds", help="folder of article .txt files")
    report.add_argument("--out", default="reports", help="output folder (default: reports)")
    report.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help="build only this notebook (repeatable)",
    )
    report.add_argument(
        "--param",
        action="append",
        default=[],
        type=_key_value,
        metavar="NAME=VALUE",
        help="set a notebook parameter (repeatable)",
    )
    report.add_argument("--jobs", type=int, default=1, help="notebooks to run in parallel")
    report.add_argument(
        "--timeout",
        type=int,
        default=None,
        help="seconds one notebook cell may run (default 600 per 10,000 articles, at least 600)",
    )
    report.add_argument(
        "--memory-budget",
        default=None,
        metavar="MB",
        help="memory the build keeps within, in MB: report kernels and the document pages "
        "start only while their estimates and the build fit (default: $VN_BUILD_MEMORY_MB, "
        "else 6000 or 80%% of the available memory if less; analysis/data/build_memory.yaml)",
    )
    report.add_argument("--quiet", action="store_true", help="only warnings and errors (cron)")
    report.add_argument(
        "--engine",
        default="serial",
        choices=["serial", "dask"],
        help="how the corpus is loaded and annotated: in this process (and --jobs worker "
        "processes), or over partitions on a dask.distributed cluster (needs the 'dask' "
        "extra; see the README, 'Running on a Dask cluster')",
    )
    report.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="with --engine dask: the Dask scheduler to use, such as tcp://10.0.0.5:8786 "
        "(default: $DASK_SCHEDULER_ADDRESS, else a local cluster of worker processes)",
    )
    report.add_argument(
        "--notebooks",
        default=None,
        metavar="DIR",
        help="folder of report notebooks (default: the ones shipped in analysis/notebooks/)",
    )


def _add_export(sub: Any) -> None:
    """The ``export`` sub-command."""
    export = sub.add_parser("export", help="write a table as CSV or Parquet")
    export.add_argument("table", nargs="?", help="table name (see --list)")
    export.add_argument("--list", action="store_true", help="list the tables and exit")
    export.add_argument("--seeds", default="seeds", help="folder of article .txt files")
    export.add_argument("--format", default="csv", choices=["csv", "parquet"])
    export.add_argument(
        "--out", help="file to write (default: TABLE.FORMAT); for timeml a folder (default: timeml)"
    )
    export.add_argument(
        "--no-excel-safe",
        dest="excel_safe",
        action="store_false",
        help="CSV: write every cell exactly as in the table (for R or pandas); by default a "
        "cell Excel would run as a formula (=, +, -, @, tab, CR first) gets a leading "
        "apostrophe and one over 32,767 characters is cut with a marker",
    )


def _add_sample_for_coding(sub: Any) -> None:
    """The ``sample-for-coding`` sub-command."""
    sample = sub.add_parser(
        "sample-for-coding",
        help="draw a stratified random sample of paragraphs to code by hand (theme validation)",
    )
    sample.add_argument("--seeds", default="seeds", help="folder of article .txt files")
    sample.add_argument("--n", type=int, default=200, help="paragraphs to draw (default 200)")
    sample.add_argument("--out", default="coding.csv", help="CSV to write (never overwritten)")
    sample.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    sample.add_argument(
        "--by",
        default="outlet",
        choices=["outlet", "year", "doc_id"],
        help="strata: outlet, publication year or document (default outlet)",
    )


def _sample_for_coding(args: argparse.Namespace) -> int:
    from analysis.analyses.coding_sheet import sample_for_coding, write_coding_sheet
    from analysis.ingest.corpus import load_corpus

    if Path(args.out).exists():  # before the corpus is loaded
        raise ParameterError("--out", args.out, "already exists and may hold your codes")
    sheet = sample_for_coding(load_corpus(args.seeds), args.n, seed=args.seed, by=args.by)
    print(write_coding_sheet(sheet, args.out))
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from analysis.site.reports import NOTEBOOKS_DIR, build_reports

    result = build_reports(
        args.seeds,
        args.out,
        only=args.only,
        params=dict(args.param),
        jobs=args.jobs,
        timeout=args.timeout,
        notebooks_dir=Path(args.notebooks) if args.notebooks else NOTEBOOKS_DIR,
        engine=args.engine,
        scheduler=args.scheduler,
        memory_budget=args.memory_budget,
    )
    logging.getLogger("analysis").info(
        "built %d pages in %.1f s", len(result.pages), result.seconds
    )
    print(result.index)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from analysis.analyses.tables import build_table, registered_tables, write_table
    from analysis.ingest.corpus import load_corpus

    if args.list or not args.table:
        print("\n".join([*registered_tables(), "timeml"]))
        return EXIT_OK
    if args.table == "timeml":  # a folder of TimeML documents, not a table
        from analysis.annotators.timeml_export import write_timeml

        print(Path(args.out or "timeml").resolve())
        write_timeml(load_corpus(args.seeds), args.out or "timeml")
        return EXIT_OK
    tables = registered_tables()
    if args.table not in tables:  # before the corpus is loaded
        raise ParameterError("TABLE", args.table, f"must be one of {sorted(tables)}")
    frame = build_table(load_corpus(args.seeds), args.table)
    path = write_table(
        frame, args.out or f"{args.table}.{args.format}", args.format, excel_safe=args.excel_safe
    )
    print(path)
    return EXIT_OK


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: stops the build the way Ctrl-C does (every ``finally`` runs)."""


@contextmanager
def sigterm_stops() -> Iterator[None]:
    """While inside, SIGTERM raises ``Terminated`` in this process; processes forked
    meanwhile (page renderers, workers) keep the default action, so ending them stays
    immediate. The previous handler is put back on leaving."""
    owner = os.getpid()

    def handler(signum: int, frame: object) -> None:
        if os.getpid() != owner:  # a forked child inherited the handler: die as before
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise Terminated

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    use_system_allocator()  # this process owns its memory (analysis/core/memory.py)
    quiet = getattr(args, "quiet", False)
    logging.basicConfig(
        level=logging.WARNING if quiet else logging.INFO,
        format="%(asctime)s %(levelname)s %(message)s",
        datefmt="%H:%M:%S",
        stream=sys.stderr,
    )
    for noisy in ("papermill", "traitlets", "nbconvert"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        commands = {"report": _report, "export": _export, "sample-for-coding": _sample_for_coding}
        with sigterm_stops():
            return commands[args.command](args)
    except (ParameterError, CorpusError, DataFileError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (AnalysisError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt as exc:
        what = "terminated (SIGTERM)" if isinstance(exc, Terminated) else "interrupted"
        left = "the previous reports were left as they were"
        print(f"{what}; {left}" if args.command == "report" else what, file=sys.stderr)
        return EXIT_FAILED
