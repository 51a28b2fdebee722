"""Theme coding and mention finding before and after a change to the candidate finder
(``analysis.term_index``): CPU seconds, and the tables checked equal (issue 13).

Run once on the old code with ``--save DIR`` (writes each corpus's ``theme_hits`` and
``mentions`` tables and the timings), then on the new code with ``--compare DIR`` (checks
every table with ``assert_frame_equal`` and prints both timings):

    .venv/bin/python benchmarks/candidates.py --save /tmp/before seeds /tmp/corpus-1000
    .venv/bin/python benchmarks/candidates.py --compare /tmp/before seeds /tmp/corpus-1000
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def tables(folder: Path, repeat: int) -> tuple[dict[str, pd.DataFrame], dict[str, float]]:
    """``theme_hits`` and ``extract_mentions`` of the corpus in ``folder``, and the median
    process CPU seconds of each over ``repeat`` runs (dictionaries loaded beforehand)."""
    from analysis.corpus import load_corpus
    from analysis.entities import extract_mentions
    from analysis.gazetteer import load_gazetteer
    from analysis.themes import resolve_themes, theme_hits

    corpus = load_corpus(folder, cache=False)
    themes = tuple(resolve_themes(None))
    gazetteer = load_gazetteer()
    out: dict[str, pd.DataFrame] = {}
    seconds: dict[str, float] = {}
    for name, run in (
        ("theme_hits", lambda: theme_hits(corpus, themes)),
        ("mentions", lambda: extract_mentions(corpus, gazetteer)),
    ):
        times = []
        for _ in range(repeat):
            t = time.process_time()
            out[name] = run()
            times.append(time.process_time() - t)
        seconds[name] = sorted(times)[len(times) // 2]
    return out, seconds


def main(argv: list[str] | None = None) -> None:
    """Save or compare the tables of each corpus folder given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path)
    mode.add_argument("--compare", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    store = args.save or args.compare
    store.mkdir(parents=True, exist_ok=True)
    for folder in args.folders:
        found, seconds = tables(folder, args.repeat)
        key = folder.resolve().name
        if args.save:
            for name, frame in found.items():
                frame.to_pickle(store / f"{key}.{name}.pkl")
            (store / f"{key}.seconds.json").write_text(json.dumps(seconds))
            print(key, {k: len(v) for k, v in found.items()}, seconds)
            continue
        before = json.loads((store / f"{key}.seconds.json").read_text())
        for name, frame in found.items():
            pd.testing.assert_frame_equal(frame, pd.read_pickle(store / f"{key}.{name}.pkl"))
            print(
                f"{key} {name}: {len(frame)} rows equal; CPU s "
                f"{before[name]:.2f} -> {seconds[name]:.2f}"
            )


if __name__ == "__main__":
    main()
