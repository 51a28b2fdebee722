"""Drawing a sample of paragraphs to code by hand and reading the codes back.

Step 1 and the reading half of step 3 of the validation workflow
(``analysis.analyses.validation``): ``sample_for_coding`` draws a stratified random
sample of content paragraphs (seeded), ``write_coding_sheet`` saves it as a CSV with an
empty ``themes`` column, ``read_coded_sample`` reads the analyst's codes back (checked,
naming the file and the row of a mistake) and ``coded_long`` turns them into one row per
paragraph and theme.

Tables (row unit and columns):

coding_sheet (one row per sampled paragraph)
    doc_id, para_id, stratum, title, published, text, themes (empty), notes (empty)
coded_sample (one row per coded paragraph; ``read_coded_sample``)
    doc_id, para_id, text, themes (``;``-separated ids or ``none``), plus the sheet's others
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.annotators.theme_dictionary import Theme, resolve_themes
from analysis.annotators.themes import NO_THEME, content_paragraphs
from analysis.core.errors import AnalysisError, ParameterError
from analysis.core.text import count_words
from analysis.ingest.corpus import Corpus

log = logging.getLogger(__name__)

SHEET_COLUMNS = ("doc_id", "para_id", "stratum", "title", "published", "text", "themes", "notes")
STRATA = ("outlet", "year", "doc_id")
MIN_WORDS = 8


class CodingSheetError(AnalysisError, ValueError):
    """A coded sample CSV is malformed; the message names the file, the row and the fix."""


def _stratum(paragraphs: pd.DataFrame, documents: pd.DataFrame, by: str) -> pd.Series:
    """Stratum label of each paragraph (outlet, publication year or document)."""
    if by not in STRATA:
        raise ParameterError("by", by, f"must be one of {list(STRATA)}")
    if by == "doc_id":
        return paragraphs["doc_id"].astype(str)
    if by == "outlet":
        values = documents.set_index("doc_id")["outlet"].fillna("").astype(str)
    else:
        years = pd.to_datetime(documents["published"]).dt.year
        values = pd.Series(
            ["" if pd.isna(y) else str(int(y)) for y in years], index=documents["doc_id"]
        )
    labels = paragraphs["doc_id"].map(values).fillna("").astype(str)
    return labels.where(labels != "", "unknown")


def allocate(sizes: pd.Series, n: int) -> pd.Series:
    """Sample size per stratum: proportional to ``sizes``, largest remainders first, at
    least one per stratum while ``n`` allows, never more than the stratum holds."""
    total = int(sizes.sum())
    n = min(n, total)
    quota = sizes * n / total if total else sizes * 0.0
    take = np.minimum(np.floor(quota).astype(int), sizes)
    if n >= len(sizes):
        take = np.maximum(take, (sizes > 0).astype(int))
    order = (quota - np.floor(quota)).sort_values(ascending=False, kind="stable").index
    while take.sum() < n:
        for key in order:
            if take.sum() >= n:
                break
            if take[key] < sizes[key]:
                take[key] += 1
    while take.sum() > n:  # the "at least one" floor overshot: trim the largest
        take[take.idxmax()] -= 1
    return take.astype("int64")


def sample_for_coding(
    corpus: Corpus, n: int = 200, *, seed: int = 0, by: str = "outlet", min_words: int = MIN_WORDS
) -> pd.DataFrame:
    """A stratified random sample of content paragraphs to code by hand.

    Strata are outlets (or publication years, or documents: ``by``); each gets a share
    of ``n`` proportional to its paragraphs (at least one each when ``n`` allows).
    Paragraphs shorter than ``min_words`` words (headings, datelines) are left out.
    Seeded: the same corpus, ``n`` and ``seed`` give the same sample. Rows: one per
    paragraph, in corpus order; columns ``SHEET_COLUMNS`` with empty themes and notes.
    """
    if n < 1:
        raise ParameterError("n", n, "must be a positive number of paragraphs")
    paras = content_paragraphs(corpus)
    paras = paras.loc[paras["text"].map(count_words) >= min_words].reset_index(drop=True)
    if paras.empty:
        raise ParameterError("corpus", "no paragraphs", f"has no paragraph of {min_words}+ words")
    paras = paras.assign(stratum=_stratum(paras, corpus.documents, by))
    take = allocate(paras.groupby("stratum").size(), n)
    rng = np.random.default_rng(seed)
    picked = [
        group.iloc[np.sort(rng.choice(len(group), size=int(take[name]), replace=False))]
        for name, group in paras.groupby("stratum", sort=True)
        if take[name] > 0
    ]
    sample = pd.concat(picked).sort_values(["doc_id", "para_id"])
    docs = corpus.documents[["doc_id", "title", "published"]].assign(
        published=lambda d: pd.to_datetime(d["published"]).dt.strftime("%Y-%m-%d").fillna("")
    )
    sample = sample.merge(docs, on="doc_id", how="left").assign(themes="", notes="")
    return sample[list(SHEET_COLUMNS)].reset_index(drop=True)


def write_coding_sheet(sheet: pd.DataFrame, path: str | Path) -> Path:
    """Write a coding sheet as UTF-8 CSV (with a byte-order mark, so Excel reads the
    Vietnamese letters); refuses to overwrite an existing file, which may hold codes."""
    target = Path(path)
    if target.exists():
        raise ParameterError(
            "out", str(target), "already exists and may hold your codes; choose another name"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    sheet.to_csv(target, index=False, encoding="utf-8-sig")
    return target


def _split_codes(cell: str) -> list[str]:
    return [c.strip() for c in str(cell).replace(",", ";").split(";") if c.strip()]


def read_coded_sample(
    path: str | Path, themes: Sequence[Theme] | str | Path | None = None
) -> pd.DataFrame:
    """Read a coded sheet: columns para_id, text and themes (doc_id optional; without it
    every row is its own paragraph). Rows whose ``themes`` cell is blank are not coded
    yet and are dropped (logged). Raises ``CodingSheetError`` naming the file and the row
    for a missing column, a duplicated paragraph or an unknown theme id.
    """
    source = Path(path)
    try:
        table = pd.read_csv(source, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise CodingSheetError(f"Cannot read coded sample {str(source)!r}: {exc}") from None
    missing = {"para_id", "text", "themes"} - set(table.columns)
    if missing:
        raise CodingSheetError(
            f"{str(source)!r} lacks the columns {sorted(missing)}; start from the sheet "
            "written by `python -m analysis sample-for-coding`"
        )
    if "doc_id" not in table.columns:
        table = table.assign(doc_id=table["para_id"], para_id="0")
    blank = table["themes"].str.strip() == ""
    if blank.any():
        log.info("%s: %d of %d rows not coded yet, left out", source, blank.sum(), len(table))
    table = table.loc[~blank].reset_index(drop=True)
    known = {t.id for t in resolve_themes(themes)} | {NO_THEME}
    for row, cell in enumerate(table["themes"], start=2):
        unknown = [c for c in _split_codes(cell) if c not in known]
        if unknown:
            raise CodingSheetError(
                f"{str(source)!r} row {row}: unknown theme id(s) {unknown}; use ids among "
                f"{sorted(known)}, separated by ';'"
            )
    dupes = table.duplicated(["doc_id", "para_id"])
    if dupes.any():
        first = table.loc[dupes].iloc[0]
        raise CodingSheetError(
            f"{str(source)!r}: paragraph ({first['doc_id']}, {first['para_id']}) is coded "
            "twice; keep one row per paragraph"
        )
    try:
        para_ids = table["para_id"].astype("int64")
    except ValueError:
        raise CodingSheetError(
            f"{str(source)!r}: para_id must be whole numbers when doc_id is given"
        ) from None
    return table.assign(para_id=para_ids, themes=table["themes"].map(_normalise_codes))


def _normalise_codes(cell: str) -> str:
    codes = sorted(set(_split_codes(cell)) - {NO_THEME})
    return ";".join(codes) if codes else NO_THEME


def coded_long(coded: pd.DataFrame) -> pd.DataFrame:
    """One row per (doc_id, para_id, theme) of a coded sample (``none`` for no theme),
    the format of ``analysis.annotators.themes.load_hand_coded``."""
    rows = [
        (doc_id, para_id, theme)
        for doc_id, para_id, cell in coded[["doc_id", "para_id", "themes"]].itertuples(index=False)
        for theme in (_split_codes(cell) or [NO_THEME])
    ]
    return pd.DataFrame(rows, columns=["doc_id", "para_id", "theme"]).astype({"para_id": "int64"})
