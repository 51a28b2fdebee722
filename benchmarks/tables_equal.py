"""Check that a code change leaves every table as it was: the corpus tables (documents,
paragraphs, sentences, rejected) and every annotation table.

Run once with the previous code to save the tables, once with the new code to compare
(``PYTHONPATH`` picks the code; the folder of saved tables is the second argument):

    PYTHONPATH=/path/to/old .venv/bin/python benchmarks/tables_equal.py save seeds /tmp/t-seeds
    .venv/bin/python benchmarks/tables_equal.py check seeds /tmp/t-seeds

The tables are saved as pickles (exact dtypes, index and values) and compared with
``pandas.testing.assert_frame_equal``; the exit status is 1 when any table differs.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import pandas as pd

CORPUS_TABLES = ("documents", "paragraphs", "sentences", "rejected")


def all_tables(folder: Path) -> dict[str, pd.DataFrame]:
    """Every corpus and annotation table of ``folder``, loaded and annotated in one process
    without the parse cache."""
    from analysis import annotate, load_corpus

    corpus = load_corpus(folder, cache=False, jobs=1)
    tables = {name: getattr(corpus, name) for name in CORPUS_TABLES}
    annotations = annotate(corpus, jobs=1)
    for name in dir(annotations):
        value = getattr(annotations, name, None)
        if isinstance(value, pd.DataFrame):
            tables[f"annotations.{name}"] = value
    return tables


def differences(saved: dict[str, pd.DataFrame], now: dict[str, pd.DataFrame]) -> list[str]:
    """One line per table that is missing on either side or differs."""
    problems = [f"{name}: only in the saved tables" for name in saved.keys() - now.keys()]
    problems += [f"{name}: only in the new tables" for name in now.keys() - saved.keys()]
    for name in sorted(saved.keys() & now.keys()):
        try:
            pd.testing.assert_frame_equal(saved[name], now[name])
        except AssertionError as error:
            problems.append(f"{name}: {str(error).splitlines()[0]}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """``save`` or ``check`` the tables of a folder of articles."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("save", "check"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("saved", type=Path, help="the folder of saved tables")
    args = parser.parse_args(argv)
    tables = all_tables(args.folder)
    target = args.saved / "tables.pkl"
    if args.action == "save":
        args.saved.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pickle.dumps(tables))
        print(f"saved {len(tables)} tables to {target}")
        return 0
    problems = differences(pickle.loads(target.read_bytes()), tables)
    for line in problems:
        print(line)
    sizes = ", ".join(f"{name} {len(table)}" for name, table in sorted(tables.items()))
    print(f"{len(tables)} tables ({sizes}): {'DIFFERENT' if problems else 'identical'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
