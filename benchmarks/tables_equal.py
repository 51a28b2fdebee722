"""Check that a code change leaves every table as it was: the corpus tables (documents,
paragraphs, sentences, rejected) and every annotation table.

Run once with the previous code to save the tables, once with the new code to compare
(``PYTHONPATH`` picks the code; the folder of saved tables is the second argument):

    PYTHONPATH=/path/to/old .venv/bin/python benchmarks/tables_equal.py save seeds /tmp/t-seeds
    .venv/bin/python benchmarks/tables_equal.py check seeds /tmp/t-seeds

The tables are saved as pickles (exact dtypes, index and values) and compared with
``pandas.testing.assert_frame_equal`` (``check_exact``); the exit status is 1 when any
table differs. With ``--stored`` the annotation tables are those a report build stores in
the cache (two worker processes) and a kernel reads back (saved as ``stored.pkl``). With
``--loaded`` the corpus tables are those of a load through the parse cache (two worker
processes, a new cache folder: ``cold.``), of a second load from that cache (``warm.``),
and of the build's snapshot as a kernel reads it back (``shared.``; saved as
``loaded.pkl``).

``walk`` finds every first-parent commit of a range where a table changes, by bisection:

    .venv/bin/python benchmarks/tables_equal.py walk e9079de..main seeds /tmp/gen1000 \
        --store /tmp/walk

Each commit it needs is checked out once (``git worktree add --detach``, removed at the
end), its tables saved once per folder under ``--store`` by this script's ``save`` with
``PYTHONPATH`` at the checkout; two commits whose tables are equal are taken to have no
change between them (a change undone within the range is not seen). For each commit where
something changed it prints which tables, columns and rows differ from its first parent.
"""

from __future__ import annotations

import argparse
import math
import os
import pickle
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
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


def stored_tables(folder: Path, jobs: int = 2) -> dict[str, pd.DataFrame]:
    """The annotation tables of ``folder`` as a report build stores them in the cache
    (``corpus_annotations``, ``jobs`` worker processes, a new cache folder), read back
    from it as a kernel reads them."""
    from analysis import load_corpus
    from analysis.annotators import cached
    from analysis.annotators.annotate import ANNOTATION_TABLES, corpus_annotations

    with tempfile.TemporaryDirectory(prefix="tables-equal-") as folder_of_cache:
        os.environ["VN_CORPUS_CACHE_DIR"] = folder_of_cache
        corpus = load_corpus(folder, cache=False, jobs=1)
        # older code has no ensure_stored: calling it stores the tables as well
        getattr(corpus_annotations, "ensure_stored", corpus_annotations)(corpus, jobs=jobs)
        cached.clear()
        names = ANNOTATION_TABLES
        return {f"stored.{n}": corpus_annotations.table(corpus, n) for n in names}


def loaded_tables(folder: Path, jobs: int = 2) -> dict[str, pd.DataFrame]:
    """The corpus tables of ``folder`` loaded as a report build loads them: through the
    parse cache (a new cache folder, ``jobs`` worker processes; ``cold.``), again from
    that cache (``warm.``), and the snapshot a build stores read back (``shared.``)."""
    from analysis import load_corpus
    from analysis.annotators.corpus_snapshot import shared_corpus

    tables: dict[str, pd.DataFrame] = {}
    with tempfile.TemporaryDirectory(prefix="tables-equal-") as folder_of_cache:
        os.environ["VN_CORPUS_CACHE_DIR"] = folder_of_cache
        parse_cache = Path(folder_of_cache) / "parse"
        cold = load_corpus(folder, cache=parse_cache, jobs=jobs)
        warm = load_corpus(folder, cache=parse_cache, jobs=jobs)
        shared_corpus(folder, jobs=jobs)  # loads and stores the snapshot
        shared = shared_corpus(folder, jobs=jobs)  # reads it back
        for label, corpus in (("cold", cold), ("warm", warm), ("shared", shared)):
            tables |= {f"{label}.{name}": getattr(corpus, name) for name in CORPUS_TABLES}
    return tables


def differences(saved: dict[str, pd.DataFrame], now: dict[str, pd.DataFrame]) -> list[str]:
    """One line per table that is missing on either side or differs (``check_exact``)."""
    problems = [f"{name}: only in the saved tables" for name in saved.keys() - now.keys()]
    problems += [f"{name}: only in the new tables" for name in now.keys() - saved.keys()]
    for name in sorted(saved.keys() & now.keys()):
        try:
            pd.testing.assert_frame_equal(saved[name], now[name], check_exact=True)
        except AssertionError as error:
            problems.append(f"{name}: {str(error).splitlines()[0]}")
    return problems


def _same_value(x: object, y: object) -> bool:
    """Two cells hold the same value (missing equals missing; floats to 1e-5 relative, as
    ``assert_frame_equal`` compares them)."""
    if isinstance(x, float) and isinstance(y, float):
        return (math.isnan(x) and math.isnan(y)) or math.isclose(x, y, rel_tol=1e-5)
    return type(x) is type(y) and repr(x) == repr(y)


def _doc_ids(rows: pd.DataFrame) -> str:
    """``, in N documents (a, b, ...)`` when the rows have a ``doc_id`` column."""
    if "doc_id" not in rows.columns or rows.empty:
        return ""
    ids = sorted(rows["doc_id"].astype(str).unique())
    return f", in {len(ids)} documents ({', '.join(ids[:3])}{', ...' if len(ids) > 3 else ''})"


def table_change(before: pd.DataFrame, after: pd.DataFrame) -> list[str]:
    """What differs between two versions of one table: row count, columns gone or added,
    dtypes, and which rows and columns hold other values."""
    lines = []
    if len(before) != len(after):
        lines.append(f"rows {len(before)} -> {len(after)}")
    gone = [c for c in before.columns if c not in after.columns]
    added = [c for c in after.columns if c not in before.columns]
    if gone or added:
        lines.append(f"columns gone {gone}, added {added}")
    common = [c for c in before.columns if c in after.columns]
    dtypes = [
        f"{c} {before[c].dtype} -> {after[c].dtype}"
        for c in common
        if before[c].dtype != after[c].dtype
    ]
    if dtypes:
        lines.append("dtypes: " + "; ".join(dtypes))
    if [c for c in before.columns if c in common] != [c for c in after.columns if c in common]:
        lines.append("column order differs")
    if len(before) == len(after) and before.index.equals(after.index):
        changed = pd.Series(False, index=before.index)
        for column in common:
            pairs = zip(before[column].tolist(), after[column].tolist(), strict=True)
            cells = pd.Series([not _same_value(x, y) for x, y in pairs], index=before.index)
            if cells.any():
                lines.append(f"column {column}: {int(cells.sum())} rows differ")
                changed |= cells
        if changed.any():
            lines.append(f"{int(changed.sum())} rows differ{_doc_ids(after[changed])}")
    else:
        lines += _row_sets(before[common], after[common])
    return lines or ["equal values, other index or metadata"]


def _row_sets(before: pd.DataFrame, after: pd.DataFrame) -> list[str]:
    """Rows only in one version, compared as multisets of their common-column values."""

    def keys(table: pd.DataFrame) -> list[tuple[str, ...]]:
        return [tuple(map(repr, row)) for row in table.itertuples(index=False)]

    kb, ka = keys(before), keys(after)
    only_b, only_a = Counter(kb) - Counter(ka), Counter(ka) - Counter(kb)
    gone = before[[k in only_b for k in kb]]
    added = after[[k in only_a for k in ka]]
    return [
        f"{len(gone)} rows only before{_doc_ids(gone)}",
        f"{len(added)} rows only after{_doc_ids(added)}",
    ]


def describe(before: dict[str, pd.DataFrame], after: dict[str, pd.DataFrame]) -> list[str]:
    """For each table that differs, one line naming it and what differs."""
    lines = []
    for problem in differences(before, after):
        name = problem.split(":")[0]
        if name in before and name in after:
            lines.append(f"{name}: " + "; ".join(table_change(before[name], after[name])))
        else:
            lines.append(problem)
    return lines


def change_points(n: int, same: Callable[[int, int], bool]) -> list[int]:
    """The positions ``k`` in ``0..n-1`` where item ``k`` differs from item ``k - 1``, found
    by bisection: ``same(i, j)`` says whether items ``i`` and ``j`` are equal, and equal ends
    are taken to have no change between them."""

    def search(low: int, high: int) -> list[int]:
        if high <= low or same(low, high):
            return []
        if high == low + 1:
            return [high]
        middle = (low + high) // 2
        return search(low, middle) + search(middle, high)

    return search(0, n - 1)


def first_parent_commits(spec: str, repo: Path = ROOT) -> list[tuple[str, str]]:
    """The commits of ``base..tip`` along first parents, oldest first, after ``base`` itself:
    (full hash, subject) pairs."""
    base = spec.split("..")[0]
    command = ["git", "-C", str(repo), "log", "--first-parent", "--reverse", "--format=%H %s"]
    lines = subprocess.run([*command, "-1", base], capture_output=True, text=True, check=True)
    rest = subprocess.run([*command, spec], capture_output=True, text=True, check=True)
    pairs = [line.split(" ", 1) for line in (lines.stdout + rest.stdout).splitlines()]
    return [(sha, subject) for sha, subject in pairs]


class Snapshots:
    """The saved tables of commits, one pickle per commit and folder under ``store``; the
    commits checked out on demand as worktrees of ``repo`` (``close`` removes them)."""

    def __init__(self, store: Path, repo: Path = ROOT) -> None:
        self.store, self.repo = store, repo
        self.worktrees: list[Path] = []

    def path(self, sha: str, folder: Path) -> Path:
        """Where the tables of ``folder`` at commit ``sha`` are saved."""
        return self.store / "tables" / sha[:12] / folder.name / "tables.pkl"

    def tables(self, sha: str, folder: Path) -> dict[str, pd.DataFrame]:
        """The tables of ``folder`` at ``sha``, saved first if they are not yet."""
        target = self.path(sha, folder)
        if not target.exists():
            checkout = self.store / f"c_{sha[:12]}"
            if not checkout.exists():
                git = ["git", "-C", str(self.repo), "worktree", "add", "--detach", "-q"]
                subprocess.run([*git, str(checkout), sha], check=True)
                self.worktrees.append(checkout)
            env = {**os.environ, "PYTHONPATH": str(checkout), "VN_CORPUS_CACHE": "0"}
            command = [sys.executable, __file__, "save", str(folder), str(target.parent)]
            subprocess.run(command, env=env, check=True)
        return pickle.loads(target.read_bytes())

    def close(self) -> None:
        """Remove the worktrees this object added."""
        for checkout in self.worktrees:
            git = ["git", "-C", str(self.repo), "worktree", "remove", "--force"]
            subprocess.run([*git, str(checkout)], check=True)
        self.worktrees.clear()


def walk(spec: str, folders: list[Path], store: Path) -> int:
    """Print, per folder, the first-parent commits of ``spec`` where a table changes."""
    commits = first_parent_commits(spec)
    snapshots = Snapshots(store)
    total = 0
    try:
        for folder in folders:
            checked: set[int] = set()

            def same(i: int, j: int, folder: Path = folder, checked: set[int] = checked) -> bool:
                checked.update((i, j))
                return not differences(
                    snapshots.tables(commits[i][0], folder), snapshots.tables(commits[j][0], folder)
                )

            points = change_points(len(commits), same)
            print(
                f"== {folder}: {len(commits) - 1} commits after {commits[0][0][:7]}, "
                f"{len(checked)} saved, {len(points)} with table changes"
            )
            for k in points:
                before = snapshots.tables(commits[k - 1][0], folder)
                after = snapshots.tables(commits[k][0], folder)
                print(f"-- {commits[k][0][:7]} {commits[k][1][:150]}")
                for line in describe(before, after):
                    print(f"   {line}")
            total += len(points)
    finally:
        snapshots.close()
    return total


def main(argv: list[str] | None = None) -> int:
    """``save`` or ``check`` the tables of a folder of articles, or ``walk`` a commit range."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="action", required=True)
    for action in ("save", "check"):
        one = sub.add_parser(action)
        one.add_argument("folder", type=Path)
        one.add_argument("saved", type=Path, help="the folder of saved tables")
        one.add_argument(
            "--stored", action="store_true", help="the annotation tables as the cache stores them"
        )
        one.add_argument(
            "--loaded", action="store_true", help="the corpus tables as a build loads them"
        )
    several = sub.add_parser("walk")
    several.add_argument("range", help="base..tip, walked along first parents")
    several.add_argument("folders", type=Path, nargs="+")
    several.add_argument("--store", type=Path, required=True, help="snapshots and checkouts")
    args = parser.parse_args(argv)
    if args.action == "walk":
        walk(args.range, [f.resolve() for f in args.folders], args.store.resolve())
        return 0
    import analysis

    print(f"code: {Path(analysis.__file__).parent}")
    if args.loaded:
        tables, target = loaded_tables(args.folder), args.saved / "loaded.pkl"
    elif args.stored:
        tables, target = stored_tables(args.folder), args.saved / "stored.pkl"
    else:
        tables, target = all_tables(args.folder), args.saved / "tables.pkl"
    if args.action == "save":
        args.saved.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pickle.dumps(tables))
        print(f"saved {len(tables)} tables to {target}")
        return 0
    problems = describe(pickle.loads(target.read_bytes()), tables)
    for line in problems:
        print(line)
    sizes = ", ".join(f"{name} {len(table)}" for name, table in sorted(tables.items()))
    print(f"{len(tables)} tables ({sizes}): {'DIFFERENT' if problems else 'identical'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
