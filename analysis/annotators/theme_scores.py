"""Measuring the dictionary against a hand-coded sample: precision, recall and F1 per
theme (``score_dictionary``), from a sample read by ``load_hand_coded``.
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from analysis.annotators.theme_summaries import coded_paragraphs
from analysis.core.errors import ParameterError

NO_THEME = "none"
"""Theme value that marks a hand-coded paragraph with no theme."""


def load_hand_coded(path: str | Path) -> pd.DataFrame:
    """Read a hand-coded sample: CSV with doc_id, para_id, theme (``none`` = no theme)."""
    table = pd.read_csv(path, dtype={"doc_id": "str", "theme": "str"})
    missing = {"doc_id", "para_id", "theme"} - set(table.columns)
    if missing:
        raise ParameterError("hand_coded", str(path), f"needs columns {sorted(missing)}")
    table["theme"] = table["theme"].fillna(NO_THEME).str.strip()
    return table.astype({"para_id": "int64"})


def score_dictionary(
    hits: pd.DataFrame, hand_coded: pd.DataFrame, *, min_hits: int = 1
) -> pd.DataFrame:
    """Precision, recall and F1 of the dictionary against a hand-coded sample.

    Paragraph level: the sample is every (doc_id, para_id) in ``hand_coded`` (a row
    with theme ``none`` marks a paragraph coded with no theme); a theme is predicted
    for a paragraph when it has at least ``min_hits`` hits there (raising it trades
    recall for precision: one passing mention no longer codes a paragraph). Rows: one
    per theme in the
    sample or the hits, plus ``all`` (micro-average). Columns: theme, support (coded
    paragraphs), n_coded (predicted paragraphs), tp, fp, fn, precision, recall, f1.
    """
    sample = hand_coded[["doc_id", "para_id"]].drop_duplicates()
    gold = hand_coded.loc[hand_coded["theme"] != NO_THEME, ["doc_id", "para_id", "theme"]]
    gold = gold.drop_duplicates().assign(gold=True)
    predicted = coded_paragraphs(hits, min_hits).merge(sample, on=["doc_id", "para_id"])
    predicted = predicted[["doc_id", "para_id", "theme"]].assign(pred=True)
    both = gold.merge(predicted, on=["doc_id", "para_id", "theme"], how="outer")
    both = both.assign(gold=both["gold"].eq(True), pred=both["pred"].eq(True))
    both["tp"] = both["gold"] & both["pred"]
    both["fp"] = ~both["gold"] & both["pred"]
    both["fn"] = both["gold"] & ~both["pred"]
    per_theme = both.groupby("theme")[["gold", "pred", "tp", "fp", "fn"]].sum()
    per_theme.loc["all"] = per_theme.sum()
    out = per_theme.reset_index().rename(columns={"gold": "support", "pred": "n_coded"})
    out = out.astype({c: "int64" for c in ["support", "n_coded", "tp", "fp", "fn"]})
    out["precision"] = [_ratio(tp, tp + fp) for tp, fp in zip(out["tp"], out["fp"], strict=True)]
    out["recall"] = [_ratio(tp, tp + fn) for tp, fn in zip(out["tp"], out["fn"], strict=True)]
    out["f1"] = [
        _ratio(2 * p * r, p + r) for p, r in zip(out["precision"], out["recall"], strict=True)
    ]
    order = [*sorted(t for t in out["theme"] if t != "all"), "all"]
    return out.set_index("theme").loc[order].reset_index()


def _ratio(num: float, den: float) -> float:
    return float(num) / den if den and not math.isnan(den) else math.nan
