"""Theme coding quality and speed (issue 18): per-theme precision, recall and F1.

1. on the development sample ``tests/data/theme_sample.csv`` (paragraphs written for the
   purpose and hand-coded by the theme definitions), for the dictionary alone (the word
   model was trained on it; ``benchmarks/theme_model.py`` measures it out of sample), and
2. on each held-out batch ``tests/data/theme_heldout*.csv`` (written and coded before any
   rule was tuned on it; the dictionary alone),
3. on the five samples' hand coding ``tests/data/hand_coded_themes.csv``, for the
   dictionary alone (the default coder: themes.yaml ships the word model with
   ``use: false``) and with the theme file's word model (``with_word_model``),

then the coding speed in CPU microseconds per sentence (best of ``--repeat`` runs of
``theme_hits`` over the samples' content sentences, copied ``--copies`` times) of both, and
with ``--baseline REF`` the same for the package's default coder at git commit REF.

    .venv/bin/python benchmarks/themes.py                 # both tables and the speed
    .venv/bin/python benchmarks/themes.py --themes other.yaml
    .venv/bin/python benchmarks/themes.py --baseline 0b98d7e --errors
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.analyses.validation import paragraph_corpus, validate_coding  # noqa: E402
from analysis.annotators.theme_dictionary import ThemeDictionaryError  # noqa: E402
from analysis.annotators.theme_evidence import dictionary_only, with_word_model  # noqa: E402
from analysis.annotators.themes import (  # noqa: E402
    content_paragraphs,
    load_hand_coded,
    resolve_themes,
    score_dictionary,
    theme_hits,
)
from analysis.ingest.corpus import load_corpus  # noqa: E402

SAMPLE = ROOT / "tests" / "data" / "theme_sample.csv"
HAND_CODED = ROOT / "tests" / "data" / "hand_coded_themes.csv"
#: The held-out batches: paragraphs written and coded by the definitions before any rule
#: was tuned on them (each batch's commit says which round first saw it).
HELD_OUT = ROOT / "tests" / "data" / "theme_heldout*.csv"
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
    start = time.process_time()  # CPU time: steadier than wall time on a shared machine
    theme_hits(corpus, themes)  # type: ignore[arg-type]
    return time.process_time() - start


# The same measurement for another commit of the package, run in a subprocess on its own
# copy of analysis/ (git archive): the paragraphs are the same seeds, built the same way.
_BASELINE = """
import sys, time
import pandas as pd
from analysis.ingest.corpus import Corpus, load_corpus
from analysis.core.text import split_sentences_table
from analysis.annotators.themes import content_paragraphs, theme_hits
paras = content_paragraphs(load_corpus(sys.argv[1]))[["doc_id", "para_id", "text"]]
copies, repeat = int(sys.argv[2]), int(sys.argv[3])
paras = pd.concat([paras.assign(doc_id=paras["doc_id"] + f"_{i}") for i in range(copies)])
paras = paras.reset_index(drop=True).assign(kind="body", repeat_of=-1)
paras = paras.assign(raw=paras["text"] + "\\n", line=paras["para_id"] + 1)
docs = pd.DataFrame({"doc_id": sorted(paras["doc_id"].unique())})
docs = docs.assign(title="", outlet="", published=pd.NaT, n_words=1, duplicate_of="")
corpus = Corpus(docs, paras, split_sentences_table(paras), pd.DataFrame())
theme_hits(corpus)
best = []
for _ in range(repeat):
    start = time.process_time(); theme_hits(corpus); best.append(time.process_time() - start)
print(len(corpus.sentences), min(best) * 1e6 / len(corpus.sentences))
"""


def baseline_speed(ref: str, copies: int, repeat: int) -> tuple[int, float]:
    """``speed`` of the packaged dictionary at git commit ``ref``."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", ref, "analysis"], capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        env = {**os.environ, "PYTHONPATH": tmp, "VN_CORPUS_CACHE": "0"}
        args = [sys.executable, "-c", _BASELINE, str(SEEDS), str(copies), str(repeat)]
        out = subprocess.run(args, capture_output=True, text=True, env=env, cwd=tmp, check=True)
    n, per_sentence = out.stdout.split()
    return int(n), float(per_sentence)


def main(argv: list[str] | None = None) -> int:
    """Print the tables and the speed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--themes", default=None, help="theme dictionary (default: packaged)")
    parser.add_argument("--copies", type=int, default=20, help="copies of the samples to time")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--errors", action="store_true", help="list the development errors")
    parser.add_argument(
        "--baseline", metavar="REF", help="also time the coder of git commit REF (e.g. main)"
    )
    args = parser.parse_args(argv)
    themes = resolve_themes(args.themes)

    # The word model was trained on the development sample: its in-sample figures mean
    # nothing, so the sample measures the dictionary alone (the model's cross-validated
    # figures: benchmarks/theme_model.py).
    result = validate_coding(SAMPLE, dictionary_only(themes))
    title = f"Development sample ({result.n_paragraphs} paragraphs, {SAMPLE.name})"
    _show(f"{title}, dictionary alone", result.scores)
    if args.errors:
        with pd.option_context("display.max_colwidth", 160, "display.width", 250):
            print(result.errors[["doc_id", "theme", "error", "terms", "rules", "text"]])
    for held_out in sorted(HELD_OUT.parent.glob(HELD_OUT.name)):
        scores = validate_coding(held_out, dictionary_only(themes)).scores
        _show(
            f"Held-out batch {held_out.name}, dictionary alone",
            scores,
        )
    hand_coded = load_hand_coded(HAND_CODED)
    coders = {"dictionary alone": dictionary_only(themes)}
    try:  # the theme file's model whatever its use: says (none: no model: entry)
        coders["dictionary + word model"] = with_word_model(themes, args.themes)
    except ThemeDictionaryError as exc:
        print(f"\n(no word model measured: {exc})")
    for name, coder in coders.items():
        seeds = score_dictionary(theme_hits(load_corpus(SEEDS), coder), hand_coded)
        _show(f"The five samples' hand coding ({HAND_CODED.name}), {name}", seeds)
    default = "dictionary + word model" if themes[0].model is not None else "dictionary alone"
    print(f"\n## Speed (CPU time, best of {args.repeat}; the theme file's coder: {default})\n")
    for name, coder in coders.items():
        n, per_sentence = speed(coder, args.copies, args.repeat)
        print(f"{n} sentences, {name}: {per_sentence:.1f} µs per sentence")
    if args.baseline:
        n, before = baseline_speed(args.baseline, args.copies, args.repeat)
        print(f"{n} sentences at {args.baseline}: {before:.1f} µs per sentence")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
