"""Theme coding quality and speed (issue 18): per-theme precision, recall and F1.

1. on the development sample ``tests/data/theme_sample.csv`` (paragraphs written for the
   purpose and hand-coded by the theme definitions), and
2. on the five samples' hand coding ``tests/data/hand_coded_themes.csv``,

then the coding speed in microseconds per sentence (best of ``--repeat`` runs of
``theme_hits`` over the samples' content sentences, copied ``--copies`` times).

    .venv/bin/python benchmarks/themes.py                 # both tables and the speed
    .venv/bin/python benchmarks/themes.py --themes other.yaml
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.corpus import load_corpus  # noqa: E402
from analysis.themes import (  # noqa: E402
    content_paragraphs,
    load_hand_coded,
    resolve_themes,
    score_dictionary,
    theme_hits,
)
from analysis.validation import paragraph_corpus, validate_coding  # noqa: E402

SAMPLE = ROOT / "tests" / "data" / "theme_sample.csv"
HAND_CODED = ROOT / "tests" / "data" / "hand_coded_themes.csv"
SEEDS = ROOT / "seeds"
COLUMNS = ["theme", "support", "n_coded", "tp", "fp", "fn", "precision", "recall", "f1"]


def _show(title: str, scores: pd.DataFrame) -> None:
    print(f"\n## {title}\n")
    print(scores[COLUMNS].to_string(index=False, float_format=lambda x: f"{x:.2f}"))


def speed(themes: object, copies: int, repeat: int) -> tuple[int, float]:
    """Sentences coded and the best microseconds per sentence of ``theme_hits``."""
    corpus = load_corpus(SEEDS)
    paras = content_paragraphs(corpus)[["doc_id", "para_id", "text"]]
    copied = pd.concat(
        [paras.assign(doc_id=paras["doc_id"] + f"_{i}") for i in range(copies)], ignore_index=True
    )
    big = paragraph_corpus(copied)
    n = len(big.sentences)
    best = min(_timed(big, themes) for _ in range(repeat))
    return n, best * 1e6 / n


def _timed(corpus: object, themes: object) -> float:
    start = time.perf_counter()
    theme_hits(corpus, themes)  # type: ignore[arg-type]
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    """Print the tables and the speed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--themes", default=None, help="theme dictionary (default: packaged)")
    parser.add_argument("--copies", type=int, default=20, help="copies of the samples to time")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--errors", action="store_true", help="list the development errors")
    args = parser.parse_args(argv)
    themes = resolve_themes(args.themes)

    result = validate_coding(SAMPLE, themes)
    _show(f"Development sample ({result.n_paragraphs} paragraphs, {SAMPLE.name})", result.scores)
    if args.errors:
        with pd.option_context("display.max_colwidth", 160, "display.width", 250):
            print(result.errors[["doc_id", "theme", "error", "terms", "rules", "text"]])
    hits = theme_hits(load_corpus(SEEDS), themes)
    seeds = score_dictionary(hits, load_hand_coded(HAND_CODED))
    _show(f"The five samples' hand coding ({HAND_CODED.name})", seeds)
    n, per_sentence = speed(themes, args.copies, args.repeat)
    print(
        f"\n## Speed\n\n{n} sentences: {per_sentence:.1f} µs per sentence (best of {args.repeat})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
