"""Actor mentions: precision and recall per kind on the actor zoo, and matching speed.

    .venv/bin/python benchmarks/actors.py                     # the zoo table
    .venv/bin/python benchmarks/actors.py --errors            # ... and every miss and extra
    .venv/bin/python benchmarks/actors.py --speed --corpus /tmp/corpus-1000

The zoo (``tests/data/actors.csv``, format in ``analysis/annotators/mention_eval.py``) is read as a
corpus of one document per article, so second mentions are resolved as in real articles.
A found mention is correct when a gold mention of the same sentence has its canonical
name and kind and an overlapping span. ``--speed`` times ``extract_mentions`` (best of
``--repeat`` runs, after one warm-up), and the matching alone (``find_actor_mentions``
on each sentence, without building the table), on the samples in ``seeds/`` and on ``--corpus``
(a folder written by ``benchmarks/generate.py``), per content sentence. The time is CPU
time of this process (the machine is shared: wall-clock time varies with the load).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from analysis.annotators.entities import (  # noqa: E402
    KINDS,
    extract_mentions,
    find_actor_mentions,
    load_gazetteer,
)
from analysis.annotators.mention_eval import gold_corpus, mention_errors, read_gold, score_mentions  # noqa: E402
from analysis.annotators.themes import content_sentences  # noqa: E402
from analysis.ingest.corpus import load_corpus  # noqa: E402

ZOO = ROOT / "tests" / "data" / "actors.csv"
SCORED_KINDS = ("country", "party", "person", "organisation")


def zoo_scores(path: Path = ZOO) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(scores per kind, errors) of the packaged matcher on the zoo at ``path``."""
    kinds = tuple(dict.fromkeys((*KINDS, *SCORED_KINDS, "region")))
    sentences, gold = read_gold(path, kinds)
    found = extract_mentions(gold_corpus(sentences))
    present = [k for k in kinds if k in SCORED_KINDS or (gold["kind"] == k).any()]
    return score_mentions(found, gold, tuple(present)), mention_errors(found, gold)


def _best(repeat: int, run: Callable[[], object]) -> float:
    """Best CPU seconds of ``repeat`` runs of ``run`` (after one warm-up run)."""
    run()
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def time_mentions(folder: Path, repeat: int) -> tuple[int, float, float]:
    """(content sentences, best CPU seconds of ``extract_mentions``, of the matching alone:
    ``find_actor_mentions`` on each sentence) on the corpus in ``folder``."""
    corpus = load_corpus(folder)
    gazetteer = load_gazetteer()
    texts = content_sentences(corpus)["text"].tolist()
    table = _best(repeat, lambda: extract_mentions(corpus, gazetteer))
    matching = _best(repeat, lambda: [find_actor_mentions(t, gazetteer, {}) for t in texts])
    return len(texts), table, matching


def main(argv: list[str] | None = None) -> None:
    """Print the zoo table (and errors, and speed, when asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zoo", type=Path, default=ZOO)
    parser.add_argument("--errors", action="store_true", help="list every miss and extra")
    parser.add_argument("--speed", action="store_true", help="time extract_mentions")
    parser.add_argument("--corpus", type=Path, action="append", default=[])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    scores, errors = zoo_scores(args.zoo)
    print(f"Actor zoo: {args.zoo.name}")
    print(scores.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    if args.errors and not errors.empty:
        print()
        print(errors.to_string(index=False))
    if args.speed:
        print()
        for folder in [ROOT / "seeds", *args.corpus]:
            n, seconds, matching = time_mentions(folder, args.repeat)
            print(
                f"{folder}: {n} content sentences, extract_mentions {seconds:.3f} s, "
                f"{seconds / max(n, 1) * 1e6:.1f} us per sentence "
                f"(matching alone {matching / max(n, 1) * 1e6:.1f} us)"
            )


if __name__ == "__main__":
    main()
