"""Validating the theme coding on an analyst's own corpus.

The workflow (README, "Validating the theme coding"; ``analysis/notebooks/validate.ipynb``):

1. ``sample_for_coding`` draws a stratified random sample of content paragraphs (seeded)
   and ``write_coding_sheet`` saves it as a CSV with an empty ``themes`` column
   (``python -m analysis sample-for-coding --n 200 --out coding.csv``).
2. The analyst codes each paragraph by the theme definitions: theme ids separated by
   ``;`` in ``themes``, ``none`` for a paragraph with no theme. A blank cell means "not
   coded yet" and the row is left out.
3. ``validate_coding`` codes the same paragraph texts with the dictionary and compares:
   per-theme precision and recall with Wilson confidence intervals, every false positive
   and false negative with its text and the terms and rules that fired, and the terms
   behind most errors.

Tables (row unit and columns):

coding_sheet, coded_sample
    see ``analysis.analyses.coding_sheet`` (drawing the sample, reading the codes)
validation_scores (one row per theme, plus "all")
    theme, support, n_coded, tp, fp, fn, precision, precision_low, precision_high,
    recall, recall_low, recall_high, f1
coding_errors (one row per paragraph x theme the coder got wrong)
    doc_id, para_id, theme, error ("false positive" / "false negative"), terms, rules, text
error_terms (one row per theme x term seen in a false positive or a false negative)
    theme, term, n_fp, n_fn, n_errors
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.analyses.coding_sheet import (
    CodingSheetError,
    coded_long,
    read_coded_sample,
    sample_for_coding,
    write_coding_sheet,
)
from analysis.annotators.theme_dictionary import Theme, resolve_themes
from analysis.annotators.themes import NO_THEME, score_dictionary, theme_hits
from analysis.core.errors import ParameterError
from analysis.core.text import count_words, split_sentences_table
from analysis.ingest.corpus import Corpus

DEFAULT_CODING_FILE = "theme_coding.csv"
"""File name of a coded sample next to the articles (``<seeds>/theme_coding.csv``) that the
thematic report picks up by itself."""


@dataclass(frozen=True)
class Validation:
    """The outcome of ``validate_coding``: scores, errors and the terms behind them."""

    scores: pd.DataFrame
    errors: pd.DataFrame
    terms: pd.DataFrame
    n_paragraphs: int
    source: str


def paragraph_corpus(paragraphs: pd.DataFrame) -> Corpus:
    """A ``Corpus`` of standalone body paragraphs (columns doc_id, para_id, text), so
    they can be coded exactly as the articles are: one document per doc_id."""
    paras = paragraphs[["doc_id", "para_id", "text"]].astype({"para_id": "int64"})
    paras = paras.assign(
        kind="body", repeat_of=-1, raw=paras["text"] + "\n", line=paras["para_id"] + 1
    )
    words = paras.assign(n=paras["text"].map(count_words)).groupby("doc_id")["n"].sum()
    documents = pd.DataFrame(
        {
            "doc_id": words.index.astype(str),
            "title": "",
            "outlet": "",
            "published": pd.NaT,
            "n_words": words.to_numpy().astype("int64"),
            "duplicate_of": "",
        }
    )
    return Corpus(
        documents=documents,
        paragraphs=paras,
        sentences=split_sentences_table(paras),
        rejected=pd.DataFrame(columns=["path", "reason"]),
    )


def wilson_interval(successes: int, trials: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval of a proportion (95% by default); (nan, nan) with no trials.

    >>> [round(x, 3) for x in wilson_interval(8, 10)]
    [0.49, 0.943]
    """
    if trials <= 0:
        return (math.nan, math.nan)
    p = successes / trials
    denom = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denom
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def add_intervals(scores: pd.DataFrame, z: float = 1.96) -> pd.DataFrame:
    """``score_dictionary`` output with Wilson intervals: precision_low/high (tp out of
    n_coded) and recall_low/high (tp out of support). A new frame."""
    out = scores.copy()
    prec = [wilson_interval(tp, n, z) for tp, n in zip(out["tp"], out["n_coded"], strict=True)]
    rec = [wilson_interval(tp, n, z) for tp, n in zip(out["tp"], out["support"], strict=True)]
    out["precision_low"], out["precision_high"] = zip(*prec, strict=True) if prec else ([], [])
    out["recall_low"], out["recall_high"] = zip(*rec, strict=True) if rec else ([], [])
    columns = ["theme", "support", "n_coded", "tp", "fp", "fn"]
    columns += ["precision", "precision_low", "precision_high"]
    return out[[*columns, "recall", "recall_low", "recall_high", "f1"]]


def paragraph_evidence(hits: pd.DataFrame) -> pd.DataFrame:
    """Per (doc_id, para_id, theme) with hits: the terms and the rules that fired
    (``; ``-joined, sorted) and whether the paragraph is coded with the theme."""
    keys = ["doc_id", "para_id", "theme"]
    if hits.empty:
        return pd.DataFrame(columns=[*keys, "terms", "rules", "coded"])
    rules = hits["rule"] if "rule" in hits.columns else pd.Series("", index=hits.index)
    coded = hits["coded"] if "coded" in hits.columns else pd.Series(True, index=hits.index)
    frame = hits[keys].assign(term=hits["term"], rule=rules.fillna(""), coded=coded)
    return frame.groupby(keys, as_index=False).agg(
        terms=("term", lambda s: "; ".join(sorted(set(s)))),
        rules=("rule", lambda s: "; ".join(sorted({r for r in s if r}))),
        coded=("coded", "max"),
    )


def coding_errors(hits: pd.DataFrame, coded: pd.DataFrame) -> pd.DataFrame:
    """The coder's mistakes on a coded sample, one row per paragraph x theme: a false
    positive (coded by the dictionary, not by hand) or a false negative (the reverse),
    with the terms and rules that fired there and the paragraph's text."""
    gold = coded_long(coded)
    gold = gold.loc[gold["theme"] != NO_THEME].assign(gold=True)
    evidence = paragraph_evidence(hits)
    both = gold.merge(evidence, on=["doc_id", "para_id", "theme"], how="outer")
    is_gold, is_coded = both["gold"].eq(True), both["coded"].eq(True)
    both = both.loc[is_gold != is_coded].assign(
        error=np.where(is_coded[is_gold != is_coded], "false positive", "false negative")
    )
    both = both.merge(coded[["doc_id", "para_id", "text"]], on=["doc_id", "para_id"], how="inner")
    both = both.assign(terms=both["terms"].fillna(""), rules=both["rules"].fillna(""))
    columns = ["doc_id", "para_id", "theme", "error", "terms", "rules", "text"]
    return both[columns].sort_values(["theme", "error", "doc_id", "para_id"]).reset_index(drop=True)


def error_terms(errors: pd.DataFrame) -> pd.DataFrame:
    """The terms behind most errors: per theme and term, the false positives it fired in
    (n_fp) and the false negatives where it fired too weakly to code (n_fn)."""
    rows = [
        (theme, term.strip(), error)
        for theme, error, terms in errors[["theme", "error", "terms"]].itertuples(index=False)
        for term in str(terms).split(";")
        if term.strip()
    ]
    table = pd.DataFrame(rows, columns=["theme", "term", "error"])
    out = table.assign(
        n_fp=table["error"].eq("false positive").astype("int64"),
        n_fn=table["error"].eq("false negative").astype("int64"),
    )
    out = out.groupby(["theme", "term"], as_index=False)[["n_fp", "n_fn"]].sum()
    out["n_errors"] = out["n_fp"] + out["n_fn"]
    return out.sort_values(
        ["n_errors", "theme", "term"], ascending=[False, True, True]
    ).reset_index(drop=True)


def validate_coding(
    coded: pd.DataFrame | str | Path, themes: Sequence[Theme] | str | Path | None = None
) -> Validation:
    """Code a hand-coded sample's paragraphs with the dictionary and compare.

    ``coded`` is a table from ``read_coded_sample`` or the path of a coded CSV. Returns a
    ``Validation`` with ``scores`` (per theme, with 95% Wilson intervals), ``errors``
    (false positives and negatives with text, terms and rules) and ``terms`` (the
    terms behind the errors, most first).
    """
    source = str(coded) if isinstance(coded, str | Path) else "table"
    table = read_coded_sample(coded, themes) if isinstance(coded, str | Path) else coded
    if table.empty:
        raise CodingSheetError(f"{source!r} has no coded paragraph yet; fill the themes column")
    compiled = resolve_themes(themes)
    hits = theme_hits(paragraph_corpus(table), compiled)
    scores = add_intervals(score_dictionary(hits, coded_long(table)))
    ids = [t.id for t in compiled]
    scores = scores.loc[scores["theme"].isin([*ids, "all"])].reset_index(drop=True)
    errors = coding_errors(hits, table)
    return Validation(
        scores=scores,
        errors=errors,
        terms=error_terms(errors),
        n_paragraphs=len(table),
        source=source,
    )


def find_coding_file(validation_file: str | Path = "", seeds_dir: str | Path = "") -> Path | None:
    """The coded sample the thematic report uses: ``validation_file`` when given (it must
    exist), else ``<seeds_dir>/theme_coding.csv`` when there is one, else ``None``."""
    if str(validation_file):
        path = Path(validation_file)
        if not path.is_file():
            raise ParameterError("validation_file", str(path), "does not exist; give a coded CSV")
        return path
    default = Path(seeds_dir) / DEFAULT_CODING_FILE if str(seeds_dir) else None
    return default if default is not None and default.is_file() else None


def prevalence_with_validation(
    prevalence: pd.DataFrame, validation: Validation | None
) -> pd.DataFrame:
    """Corpus-wide share of paragraphs per theme beside the latest validation figures.

    ``prevalence`` is ``theme_prevalence`` output (any grouping; it is pooled). Rows: one
    per theme; columns theme, n_paragraphs, n_coded, share, then (empty without a
    validation) precision, precision_low, precision_high, recall, recall_low,
    recall_high, support (hand-coded paragraphs with the theme in the sample).
    """
    pooled = prevalence.groupby("theme", as_index=False, sort=False)[
        ["n_paragraphs", "n_coded"]
    ].sum()
    pooled["share"] = pooled["n_coded"] / pooled["n_paragraphs"].where(pooled["n_paragraphs"] > 0)
    figures = ["precision", "precision_low", "precision_high", "recall", "recall_low"]
    figures += ["recall_high", "support"]
    if validation is None:
        return pooled.assign(**{c: math.nan for c in figures})
    return pooled.merge(validation.scores[["theme", *figures]], on="theme", how="left")


# --- For the notebooks: one call per step, tolerant of a missing coded sample -------------


def prepare_coding_sheet(
    corpus: Corpus, n: int = 200, *, seed: int = 0, by: str = "outlet", out: str | Path = ""
) -> pd.DataFrame:
    """``sample_for_coding``, written to ``out`` as well when it is given (never over an
    existing file)."""
    sheet = sample_for_coding(corpus, n, seed=seed, by=by)
    if str(out):
        write_coding_sheet(sheet, out)
    return sheet


def load_validation(
    validation_file: str | Path = "",
    *,
    seeds_dir: str | Path = "",
    themes: Sequence[Theme] | str | Path | None = None,
) -> Validation | None:
    """``validate_coding`` on the coded sample ``find_coding_file`` finds, or ``None``
    when there is none (no ``validation_file`` and no ``<seeds>/theme_coding.csv``)."""
    path = find_coding_file(validation_file, seeds_dir)
    return None if path is None else validate_coding(path, themes)


def _pct(value: float) -> str:
    return (
        "" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.2f}"
    )


def validation_table(validation: Validation | None) -> pd.DataFrame:
    """Per theme: hand-coded paragraphs, precision and recall with their 95% Wilson
    intervals as "0.91 (0.80-0.96)", and F1; one explanatory row without a coded sample."""
    if validation is None:
        return pd.DataFrame({"theme": ["(no coded sample yet)"], "support": [0]})
    s = validation.scores
    return pd.DataFrame(
        {
            "theme": s["theme"],
            "support": s["support"],
            "n_coded": s["n_coded"],
            "precision (95% CI)": [
                f"{_pct(p)} ({_pct(lo)}-{_pct(hi)})" if not math.isnan(p) else ""
                for p, lo, hi in zip(
                    s["precision"], s["precision_low"], s["precision_high"], strict=True
                )
            ],
            "recall (95% CI)": [
                f"{_pct(r)} ({_pct(lo)}-{_pct(hi)})" if not math.isnan(r) else ""
                for r, lo, hi in zip(s["recall"], s["recall_low"], s["recall_high"], strict=True)
            ],
            "f1": s["f1"],
        }
    )


def validation_errors(validation: Validation | None, n: int = 30) -> pd.DataFrame:
    """The first ``n`` false positives and negatives (``coding_errors`` columns); empty
    without a coded sample."""
    if validation is None:
        return pd.DataFrame(columns=["theme", "error", "terms", "rules", "text"])
    return validation.errors.head(n)


def validation_terms(validation: Validation | None, n: int = 15) -> pd.DataFrame:
    """The ``n`` terms behind most errors (``error_terms``); empty without a coded sample."""
    if validation is None:
        return pd.DataFrame(columns=["theme", "term", "n_fp", "n_fn", "n_errors"])
    return validation.terms.head(n)
