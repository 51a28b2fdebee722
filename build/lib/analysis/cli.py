"""Command line: ``python -m analysis report|export`` (also installed as ``vn-corpus``).

The only module that parses arguments, prints results or chooses exit codes:
0 success, 1 a notebook or the build failed, 2 bad parameters or input.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from analysis.errors import AnalysisError, CorpusError, ParameterError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _key_value(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"--param {text!r} must look like NAME=VALUE")
    return name.strip(), value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for both sub-commands."""
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

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
        "--timeout", type=int, default=600, help="seconds one notebook cell may run (default 600)"
    )
    report.add_argument("--quiet", action="store_true", help="only warnings and errors (cron)")
    report.add_argument(
        "--engine",
        default="serial",
        choices=["serial", "dask"],
        help="how the corpus is parsed: in this process, or over partitions with Dask "
        "(needs the 'dask' extra; see benchmarks/README.md)",
    )
    report.add_argument(
        "--notebooks",
        default=None,
        metavar="DIR",
        help="folder of report notebooks (default: the project's notebooks/)",
    )

    export = sub.add_parser("export", help="write a table as CSV or Parquet")
    export.add_argument("table", nargs="?", help="table name (see --list)")
    export.add_argument("--list", action="store_true", help="list the tables and exit")
    export.add_argument("--seeds", default="seeds", help="folder of article .txt files")
    export.add_argument("--format", default="csv", choices=["csv", "parquet"])
    export.add_argument("--out", help="file to write (default: TABLE.FORMAT)")
    return parser


def _report(args: argparse.Namespace) -> int:
    from analysis.reports import NOTEBOOKS_DIR, build_reports

    result = build_reports(
        args.seeds,
        args.out,
        only=args.only,
        params=dict(args.param),
        jobs=args.jobs,
        timeout=args.timeout,
        notebooks_dir=Path(args.notebooks) if args.notebooks else NOTEBOOKS_DIR,
        engine=args.engine,
    )
    logging.getLogger("analysis").info(
        "built %d pages in %.1f s", len(result.pages), result.seconds
    )
    print(result.index)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from analysis.corpus import load_corpus
    from analysis.tables import build_table, registered_tables, write_table

    if args.list or not args.table:
        print("\n".join(registered_tables()))
        return EXIT_OK
    tables = registered_tables()
    if args.table not in tables:  # before the corpus is loaded
        raise ParameterError("TABLE", args.table, f"must be one of {sorted(tables)}")
    frame = build_table(load_corpus(args.seeds), args.table)
    path = write_table(frame, args.out or f"{args.table}.{args.format}", args.format)
    print(path)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
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
        return _report(args) if args.command == "report" else _export(args)
    except (ParameterError, CorpusError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (AnalysisError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("interrupted; the previous reports were left as they were", file=sys.stderr)
        return EXIT_FAILED
