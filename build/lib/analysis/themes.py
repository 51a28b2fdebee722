"""Coding content paragraphs with the theme dictionary, and what follows from the codes.

The dictionary itself (reading, validating, compiling) is ``analysis.theme_dictionary``;
its public names are re-exported here. Every function is pure: tables in, new tables
out, inputs never mutated.

    >>> from analysis.corpus import load_corpus            # doctest: +SKIP
    >>> corpus = load_corpus("seeds")                       # doctest: +SKIP
    >>> hits = theme_hits(corpus)                           # doctest: +SKIP
    >>> theme_prevalence(corpus, hits, by="outlet")         # doctest: +SKIP

Tables (row unit and columns):

theme_hits (one row per term match in a content sentence)
    doc_id, para_id, sent_id, theme, term, match, start, end
    ``start``/``end`` index into ``sentences.text``: ``text[start:end] == match``.
theme_prevalence (one row per group x theme; group is a document, outlet or year)
    <by>, theme, n_paragraphs, n_coded, share, n_hits, n_words, hits_per_1000_words
theme_cooccurrence (one row per unordered pair of themes coded in the same paragraph)
    theme_a, theme_b, n_both, n_a, n_b, jaccard
theme_evidence (one row per quoted sentence)
    rank, theme, doc_id, para_id, sent_id, title, outlet, published, text, terms, n_terms, n_hits
dictionary_scores (one row per theme, plus "all")
    theme, support, n_coded, tp, fp, fn, precision, recall, f1
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from analysis.errors import ParameterError
from analysis.schema import CONTENT_KINDS
from analysis.term_index import AnchorIndex, matches_at, term_anchor
from analysis.theme_dictionary import (
    Theme,
    ThemeDictionaryError,
    compile_terms,
    default_themes_path,
    load_themes,
    resolve_themes,
    term_regex,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from analysis.corpus import Corpus

log = logging.getLogger(__name__)

__all__ = [
    "EXPORT_TABLES",
    "HIT_COLUMNS",
    "Theme",
    "ThemeDictionaryError",
    "coded_paragraphs",
    "compile_terms",
    "content_paragraphs",
    "content_sentences",
    "default_themes_path",
    "evidence_table",
    "find_theme_matches",
    "group_keys",
    "load_hand_coded",
    "load_themes",
    "resolve_themes",
    "score_dictionary",
    "term_regex",
    "theme_cooccurrence",
    "theme_evidence",
    "theme_hits",
    "theme_prevalence",
]

HIT_COLUMNS = ("doc_id", "para_id", "sent_id", "theme", "term", "match", "start", "end")
PREVALENCE_BY = ("doc_id", "outlet", "year")
NO_THEME = "none"
"""Theme value that marks a hand-coded paragraph with no theme."""


def content_paragraphs(corpus: Corpus, kinds: Sequence[str] = CONTENT_KINDS) -> pd.DataFrame:
    """Paragraphs whose text is the article itself: lede, heading and body (or the
    given ``kinds``), without repeated paragraphs (``repeat_of >= 0``) and without
    duplicate documents.

    Rows: one per paragraph; columns as ``corpus.paragraphs``.
    """
    paras = corpus.paragraphs
    keep = paras["kind"].isin(list(kinds)) & (paras["repeat_of"] < 0)
    docs = corpus.documents
    if "duplicate_of" in docs.columns:
        dupes = docs.loc[docs["duplicate_of"].fillna("").astype(str) != "", "doc_id"]
        keep &= ~paras["doc_id"].isin(dupes)
    return paras.loc[keep].reset_index(drop=True)


def content_sentences(corpus: Corpus, kinds: Sequence[str] = CONTENT_KINDS) -> pd.DataFrame:
    """Sentences of ``content_paragraphs`` (rows and columns as ``corpus.sentences``)."""
    keys = content_paragraphs(corpus, kinds)[["doc_id", "para_id"]]
    return corpus.sentences.merge(keys, on=["doc_id", "para_id"], how="inner")


def _empty_hits() -> pd.DataFrame:
    return pd.DataFrame(
        {
            c: pd.Series(dtype="int64" if c in {"para_id", "sent_id", "start", "end"} else "str")
            for c in HIT_COLUMNS
        }
    )


def find_theme_matches(
    text: str, theme: Theme, lowered: str | None = None
) -> list[tuple[str, str, int, int]]:
    """Matches of one theme in one text: ``(term, match, start, end)``, left to right.

    ``lowered`` (``text.lower()``, computed once by the caller) lets themes whose terms
    cannot occur be skipped without running their pattern.
    """
    if lowered is not None and not theme.may_match(lowered):
        return []
    return _theme_matches(text, theme, None)


def _theme_matches(
    text: str,
    theme: Theme,
    starts: Sequence[int] | None,
    exclude_starts: Sequence[int] | None = None,
) -> list[tuple[str, str, int, int]]:
    """``find_theme_matches`` trying the pattern only at ``starts`` and the exclusions only
    at ``exclude_starts`` (``None``: anywhere)."""
    matches = matches_at(theme.pattern, text, starts)
    if not matches:
        return []
    excluded = (
        [m.span() for m in matches_at(theme.exclude_pattern, text, exclude_starts)]
        if theme.exclude_pattern
        else []
    )
    return [
        (theme.term_of(m), m.group(0), m.start(), m.end())
        for m in matches
        if not any(s <= m.start() and m.end() <= e for s, e in excluded)
    ]


@lru_cache(maxsize=16)
def theme_index(themes: tuple[Theme, ...]) -> AnchorIndex:
    """Where each theme's terms (patterns ``0..n-1``) and exclusions (patterns ``n..2n-1``)
    can start in a text (see ``analysis.term_index``)."""
    anchors = [[term_anchor(t) for t in theme.terms] for theme in themes]
    anchors += [[term_anchor(t) for t in theme.exclude] for theme in themes]
    return AnchorIndex(anchors, ignore_case=True)


def theme_hits(
    corpus: Corpus,
    themes: Sequence[Theme] | str | Path | None = None,
) -> pd.DataFrame:
    """Code the content sentences of ``corpus`` with the theme dictionary.

    Only lede, heading and body paragraphs are read (never titles, captions,
    boilerplate, bylines or credits; repeated ledes are skipped). Rows: one per term
    match; columns ``HIT_COLUMNS`` with ``start``/``end`` offsets into the sentence
    text. Sorted by doc_id, para_id, sent_id, start, theme. The corpus is not mutated.
    """
    compiled = resolve_themes(themes)
    sentences = content_sentences(corpus)
    rows = []
    index = theme_index(tuple(compiled))
    for doc_id, para_id, sent_id, text in sentences[
        ["doc_id", "para_id", "sent_id", "text"]
    ].itertuples(index=False):
        starts = index.candidates(text)
        for theme, where, exclude_where in zip(
            compiled, starts, starts[len(compiled) :], strict=False
        ):
            if where == []:
                continue
            for term, match, start, end in _theme_matches(text, theme, where, exclude_where):
                rows.append((doc_id, para_id, sent_id, theme.id, term, match, start, end))
    log.debug(
        "theme coding: %d sentences, %d themes, %d hits", len(sentences), len(compiled), len(rows)
    )
    if not rows:
        return _empty_hits()
    hits = pd.DataFrame(rows, columns=list(HIT_COLUMNS))
    hits = hits.astype({"para_id": "int64", "sent_id": "int64", "start": "int64", "end": "int64"})
    return hits.sort_values(["doc_id", "para_id", "sent_id", "start", "theme"]).reset_index(
        drop=True
    )


def coded_paragraphs(hits: pd.DataFrame, min_hits: int = 1) -> pd.DataFrame:
    """One row per (doc_id, para_id, theme) with at least ``min_hits`` hits, with ``n_hits``."""
    counts = (
        hits.groupby(["doc_id", "para_id", "theme"], as_index=False)
        .size()
        .rename(columns={"size": "n_hits"})
    )
    return counts.loc[counts["n_hits"] >= min_hits].reset_index(drop=True)


def group_keys(documents: pd.DataFrame, by: str) -> pd.DataFrame:
    """doc_id -> group value for ``by`` (doc_id, outlet or year; missing -> 'unknown')."""
    if by not in PREVALENCE_BY:
        raise ParameterError("by", by, f"must be one of {list(PREVALENCE_BY)}")
    keys = documents[["doc_id"]].copy()
    if by == "doc_id":
        keys["group"] = documents["doc_id"].astype(str)
    elif by == "outlet":
        outlet = documents["outlet"].fillna("").astype(str)
        keys["group"] = outlet.where(outlet != "", "unknown")
    else:
        years = pd.to_datetime(documents["published"]).dt.year
        keys["group"] = years.map(lambda y: "unknown" if pd.isna(y) else str(int(y))).astype(str)
    return keys


def theme_prevalence(
    corpus: Corpus,
    hits: pd.DataFrame | None = None,
    *,
    by: str = "doc_id",
    themes: Sequence[Theme] | str | Path | None = None,
) -> pd.DataFrame:
    """How much each group (document, outlet or publication year) talks about each theme.

    Rows: one per group x theme, including zeros. Columns: ``<by>``, theme,
    n_paragraphs (content paragraphs in the group), n_coded (those with the theme),
    share (n_coded / n_paragraphs), n_hits, n_words (``documents.n_words`` summed),
    hits_per_1000_words. ``hits`` defaults to ``theme_hits(corpus, themes)``.
    """
    compiled = resolve_themes(themes)
    if hits is None:
        hits = theme_hits(corpus, compiled)
    keys = group_keys(corpus.documents, by)
    paras = content_paragraphs(corpus).merge(keys, on="doc_id")
    n_paragraphs = paras.groupby("group").size().rename("n_paragraphs")
    docs = corpus.documents.loc[corpus.documents["doc_id"].isin(paras["doc_id"])].merge(
        keys, on="doc_id"
    )
    n_words = docs.groupby("group")["n_words"].sum().rename("n_words")
    coded = coded_paragraphs(hits).merge(keys, on="doc_id")
    counts = coded.groupby(["group", "theme"]).agg(
        n_coded=("para_id", "size"), n_hits=("n_hits", "sum")
    )
    grid = pd.MultiIndex.from_product(
        [sorted(n_paragraphs.index), [t.id for t in compiled]], names=["group", "theme"]
    )
    out = counts.reindex(grid, fill_value=0).reset_index()
    out = out.merge(n_paragraphs.reset_index(), on="group").merge(n_words.reset_index(), on="group")
    out["share"] = out["n_coded"] / out["n_paragraphs"]
    out["hits_per_1000_words"] = 1000 * out["n_hits"] / out["n_words"].where(out["n_words"] > 0)
    out = out.rename(columns={"group": by})
    columns = [by, "theme", "n_paragraphs", "n_coded", "share", "n_hits", "n_words"]
    return out[[*columns, "hits_per_1000_words"]].astype(
        {"n_coded": "int64", "n_hits": "int64", "n_paragraphs": "int64", "n_words": "int64"}
    )


def theme_cooccurrence(hits: pd.DataFrame) -> pd.DataFrame:
    """Pairs of themes coded in the same paragraph.

    Rows: one per unordered pair (theme_a < theme_b) seen together at least once.
    Columns: theme_a, theme_b, n_both (paragraphs with both), n_a, n_b (paragraphs
    with each), jaccard (n_both / paragraphs with either). Sorted by n_both desc.
    """
    coded = coded_paragraphs(hits)[["doc_id", "para_id", "theme"]]
    per_theme = coded.groupby("theme").size()
    pairs = coded.merge(coded, on=["doc_id", "para_id"], suffixes=("_a", "_b"))
    pairs = pairs.loc[pairs["theme_a"] < pairs["theme_b"]]
    out = pairs.groupby(["theme_a", "theme_b"], as_index=False).size()
    out = out.rename(columns={"size": "n_both"})
    out["n_a"] = out["theme_a"].map(per_theme).astype("int64")
    out["n_b"] = out["theme_b"].map(per_theme).astype("int64")
    out["jaccard"] = out["n_both"] / (out["n_a"] + out["n_b"] - out["n_both"])
    return out.sort_values(
        ["n_both", "jaccard", "theme_a", "theme_b"], ascending=[False, False, True, True]
    ).reset_index(drop=True)


def theme_evidence(
    corpus: Corpus,
    hits: pd.DataFrame,
    theme: str,
    doc_id: str | None = None,
    n: int = 5,
    *,
    per_doc: int = 2,
) -> pd.DataFrame:
    """The sentences that best show ``theme``, ready to quote.

    A sentence scores by the number of distinct dictionary terms it matches, then the
    number of hits, then brevity. Without ``doc_id`` at most ``per_doc`` sentences come
    from one document, so the quotes span the corpus. Rows: one per sentence (at most
    ``n``); columns rank, theme, doc_id, para_id, sent_id, title, outlet, published,
    text, terms (the matched words, lower case, "; "-joined), n_terms (distinct
    dictionary terms), n_hits.
    """
    known = sorted(hits["theme"].unique())
    if theme not in known:
        raise ParameterError("theme", theme, f"must be a theme with hits, one of {known}")
    selected = hits.loc[hits["theme"] == theme]
    if doc_id is not None:
        selected = selected.loc[selected["doc_id"] == doc_id]
    keys = ["doc_id", "para_id", "sent_id"]
    scored = selected.groupby(keys, as_index=False).agg(
        n_hits=("term", "size"),
        n_terms=("term", "nunique"),
        terms=("match", lambda s: "; ".join(sorted({m.lower() for m in s}))),
    )
    scored = scored.merge(corpus.sentences[[*keys, "text"]], on=keys)
    scored["length"] = scored["text"].str.len()
    scored = scored.sort_values(
        ["n_terms", "n_hits", "length", *keys], ascending=[False, False, True, True, True, True]
    )
    if doc_id is None:
        scored = scored.loc[scored.groupby("doc_id").cumcount() < per_doc]
    scored = scored.head(n).reset_index(drop=True)
    docs = corpus.documents[["doc_id", "title", "outlet", "published"]]
    out = scored.merge(docs, on="doc_id", how="left")
    out.insert(0, "rank", range(1, len(out) + 1))
    out.insert(1, "theme", theme)
    columns = ["rank", "theme", *keys, "title", "outlet", "published", "text", "terms"]
    return out[[*columns, "n_terms", "n_hits"]]


def evidence_table(
    corpus: Corpus,
    hits: pd.DataFrame,
    *,
    n: int = 2,
    per_doc: int = 1,
    themes: Sequence[Theme] | str | Path | None = None,
) -> pd.DataFrame:
    """``theme_evidence`` for every theme with hits (in dictionary order), stacked.

    Rows: one per quoted sentence, at most ``n`` per theme; columns as
    ``theme_evidence`` plus ``label`` (the theme's label) after ``theme``.
    """
    compiled = resolve_themes(themes)
    present = set(hits["theme"])
    frames = [
        theme_evidence(corpus, hits, t.id, n=n, per_doc=per_doc).assign(label=t.label)
        for t in compiled
        if t.id in present
    ]
    if not frames:
        return pd.DataFrame(columns=["rank", "theme", "label", "doc_id", "para_id", "sent_id"])
    out = pd.concat(frames, ignore_index=True)
    columns = [c for c in out.columns if c != "label"]
    return out[[*columns[:2], "label", *columns[2:]]]


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


EXPORT_TABLES: dict[str, Callable[[Corpus], pd.DataFrame]] = {
    "theme_hits": lambda corpus: theme_hits(corpus),
    "theme_prevalence": lambda corpus: theme_prevalence(corpus),
    "theme_cooccurrence": lambda corpus: theme_cooccurrence(theme_hits(corpus)),
}
