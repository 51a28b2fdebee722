"""Tables that follow from the theme codes: prevalence per group, co-occurrence, and the
sentences that best show a theme. Each takes a ``theme_hits`` table (and the corpus) and
returns a new table; only the hits that code their paragraph count (``counted_hits``).
The columns are documented in ``analysis.annotators.themes``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.annotators.theme_coding import (
    add_sentence_text,
    content_paragraphs,
    counted_hits,
    theme_hits,
    with_sentence_rows,
)
from analysis.annotators.theme_dictionary import Theme, resolve_themes
from analysis.core.errors import ParameterError
from analysis.core.text import evidence_window

if TYPE_CHECKING:
    from analysis.ingest.corpus import Corpus

PREVALENCE_BY = ("doc_id", "outlet", "year")


def coded_paragraphs(hits: pd.DataFrame, min_hits: int = 1) -> pd.DataFrame:
    """One row per (doc_id, para_id, theme) with at least ``min_hits`` hits, with ``n_hits``.

    Only hits that count are used (``counted_hits``: the paragraph passed the theme's
    threshold and the hit was not discounted to zero by a context rule).
    """
    counts = (
        _counted(hits, ["doc_id", "para_id", "theme"])
        .groupby(["doc_id", "para_id", "theme"], as_index=False)
        .size()
        .rename(columns={"size": "n_hits"})
    )
    return decoded(counts.loc[counts["n_hits"] >= min_hits].reset_index(drop=True))


def _counted(hits: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """``counted_hits(hits)[columns]``, without copying the hits' other columns first."""
    if "coded" not in hits.columns:
        return hits[columns]
    return hits.loc[hits["coded"].astype(bool) & (hits["weight"] > 0), columns]


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
    share (n_coded / n_paragraphs, at most 1), n_hits, n_words (``documents.n_words`` summed),
    hits_per_1000_words. ``hits`` defaults to ``theme_hits(corpus, themes)``.
    """
    compiled = resolve_themes(themes)
    if hits is None:
        hits = theme_hits(corpus, compiled)
    documents = corpus.held_documents()  # no text needed (nor made)
    keys = group_keys(documents, by)
    paras = content_paragraphs(corpus, columns=("doc_id", "para_id")).merge(keys, on="doc_id")
    n_paragraphs = paras.groupby("group").size().rename("n_paragraphs")
    docs = documents.loc[documents["doc_id"].isin(paras["doc_id"])].merge(keys, on="doc_id")
    n_words = docs.groupby("group")["n_words"].sum().rename("n_words")
    groups = sorted(n_paragraphs.index)
    theme_ids = [t.id for t in compiled]
    n_coded, n_hits = _group_theme_counts(hits, paras, groups, theme_ids)
    grid = pd.MultiIndex.from_product([groups, theme_ids], names=["group", "theme"])
    out = pd.DataFrame({"n_coded": n_coded, "n_hits": n_hits}, index=grid).reset_index()
    out = out.merge(n_paragraphs.reset_index(), on="group").merge(n_words.reset_index(), on="group")
    out["share"] = out["n_coded"] / out["n_paragraphs"]
    out["hits_per_1000_words"] = 1000 * out["n_hits"] / out["n_words"].where(out["n_words"] > 0)
    out = out.rename(columns={"group": by})
    columns = [by, "theme", "n_paragraphs", "n_coded", "share", "n_hits", "n_words"]
    return out[[*columns, "hits_per_1000_words"]].astype(
        {"n_coded": "int64", "n_hits": "int64", "n_paragraphs": "int64", "n_words": "int64"}
    )


def _group_theme_counts(
    hits: pd.DataFrame, paras: pd.DataFrame, groups: list[str], theme_ids: list[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Per group x theme (row-major, ``groups`` then ``theme_ids``): the content paragraphs
    (``paras``: doc_id, para_id, group) coded with the theme, and their counted hits.

    Works on integer codes of the hits' doc_id, para_id and theme only, so neither the
    counted hits nor ``coded_paragraphs`` is made as a table of strings."""
    size = len(groups) * len(theme_ids)
    doc_index = pd.Index(paras["doc_id"].unique())
    if hits.empty or not size:
        return np.zeros(size, dtype=np.int64), np.zeros(size, dtype=np.int64)
    counted = np.ones(len(hits), dtype=bool)
    if "coded" in hits.columns:
        counted = hits["coded"].astype(bool).to_numpy() & (hits["weight"] > 0).to_numpy()
    doc = _codes(hits["doc_id"], list(doc_index))[counted]
    theme = _codes(hits["theme"], theme_ids)[counted]
    para = hits["para_id"].to_numpy(dtype=np.int64)[counted]
    keep = (doc >= 0) & (theme >= 0)
    doc, theme, para = doc[keep], theme[keep], para[keep]
    # a paragraph is one int: its document's code x (largest para_id + 1) + its para_id
    span = int(max(para.max(initial=0), paras["para_id"].max()) + 1)
    content = pd.Index(doc_index.get_indexer(paras["doc_id"]) * span + paras["para_id"].to_numpy())
    row = content.get_indexer(doc * span + para)  # hits outside the content paragraphs: -1
    found = row >= 0
    row, theme = row[found], theme[found]
    n_themes = len(theme_ids)
    group_of_row = pd.Index(groups).get_indexer(paras["group"])
    n_hits = np.bincount(group_of_row[row] * n_themes + theme, minlength=size)
    coded = np.unique(row * n_themes + theme)  # one per content paragraph x theme
    coded_cell = group_of_row[coded // n_themes] * n_themes + coded % n_themes
    n_coded = np.bincount(coded_cell, minlength=size)
    return n_coded.astype(np.int64), n_hits.astype(np.int64)


def _codes(column: pd.Series, values: list[str]) -> np.ndarray:
    """The position in ``values`` of each of ``column``'s strings (-1 where absent),
    looked up on the column's Arrow data (a categorical column: on its codes): no Python
    string is made per row."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        where = pd.Index(values).get_indexer(column.cat.categories)
        codes = column.cat.codes.to_numpy(dtype=np.int64)
        return np.where(codes >= 0, where[codes] if len(where) else codes, -1).astype(np.int64)
    data = pa.array(column)
    found = pc.index_in(data, value_set=pa.array(values, type=data.type))
    return found.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)


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
    text (the sentence; over ``text.EVIDENCE_CHARS`` characters, a window around its
    first hit, ``text.evidence_window``), terms (the matched words, lower case,
    "; "-joined), n_terms (distinct dictionary terms), n_hits.
    """
    known = sorted(counted_hits(hits)["theme"].unique())
    if theme not in known:
        raise ParameterError("theme", theme, f"must be a theme with hits, one of {known}")
    keys = ["doc_id", "para_id", "sent_id"]
    selected = _counted(hits, [*keys, "theme", "term", "match", "start", "end"])
    selected = selected.loc[selected["theme"] == theme]
    if doc_id is not None:
        selected = selected.loc[selected["doc_id"] == doc_id]
    selected = decoded(selected)  # one theme's rows as text: grouping on codes is slower here
    scored = selected.groupby(keys, as_index=False).agg(
        n_hits=("term", "size"),
        n_terms=("term", "nunique"),
        start=("start", "min"),
        end=("end", "min"),
    )
    scored = with_sentence_rows(corpus, scored)  # the corpus's sentences only
    # only the sentences that can still be quoted get their text and their terms joined
    scored = contenders(scored, n, per_doc if doc_id is None else None)
    scored = scored.merge(_joined_terms(selected, scored[keys]), on=keys)
    scored = add_sentence_text(corpus, scored)
    scored["length"] = scored["text"].str.len()
    scored["text"] = [  # a run-on "sentence" is quoted around its first hit
        evidence_window(t, s, e)
        for t, s, e in zip(scored["text"], scored["start"], scored["end"], strict=True)
    ]
    scored = scored.sort_values(
        ["n_terms", "n_hits", "length", *keys], ascending=[False, False, True, True, True, True]
    )
    if doc_id is None:
        scored = scored.loc[scored.groupby("doc_id").cumcount() < per_doc]
    scored = scored.head(n).reset_index(drop=True)
    docs = corpus.held_documents()[["doc_id", "title", "outlet", "published"]]
    out = scored.merge(docs, on="doc_id", how="left")
    out.insert(0, "rank", range(1, len(out) + 1))
    out.insert(1, "theme", theme)
    columns = ["rank", "theme", *keys, "title", "outlet", "published", "text", "terms"]
    return out[[*columns, "n_terms", "n_hits"]]


def contenders(scored: pd.DataFrame, n: int, per_doc: int | None) -> pd.DataFrame:
    """The rows of ``scored`` (one per sentence: doc_id, n_terms, n_hits, ...) that can be
    among the first ``n`` quotes of ``theme_evidence``, which orders the sentences by
    most terms, then most hits (then the shortest, whose length needs the text) and keeps
    at most ``per_doc`` per document (None: no such limit). Those are the sentences of the
    best (n_terms, n_hits) levels down to the first that brings the count of rows (or,
    with ``per_doc``, of distinct documents, each of which gives at least its first row)
    to ``n``: every sentence of a lower level comes after ``n`` kept quotes. Same order.

    >>> scored = pd.DataFrame({"doc_id": list("abcd"), "n_terms": [3, 2, 2, 1],
    ...                        "n_hits": [3, 2, 2, 1]})
    >>> contenders(scored, 2, 1)["doc_id"].tolist()
    ['a', 'b', 'c']
    """
    if n < 1 or len(scored) <= n or (per_doc is not None and per_doc < 1):
        return scored
    levels = scored[["n_terms", "n_hits"]].to_numpy()
    order = np.lexsort((-levels[:, 1], -levels[:, 0]))  # best level first
    ranked = levels[order]
    level = np.concatenate([[0], np.cumsum((np.diff(ranked, axis=0) != 0).any(axis=1))])
    if per_doc is None:
        last = level[n - 1]
    else:
        docs = pd.Series(level).groupby(scored["doc_id"].to_numpy()[order]).min()
        found = np.cumsum(np.bincount(docs.to_numpy(), minlength=level[-1] + 1))
        last = int(np.searchsorted(found, n)) if found[-1] >= n else level[-1]
    keep = np.zeros(len(scored), dtype=bool)
    keep[order[level <= last]] = True
    return scored.loc[keep]


def _joined_terms(selected: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Per sentence of ``sentences`` (doc_id, para_id, sent_id): ``terms``, the distinct
    matches of its rows in ``selected`` in lower case, sorted, "; "-joined."""
    keys = list(sentences.columns)
    rows = selected.merge(sentences, on=keys)
    return rows.groupby(keys, as_index=False).agg(
        terms=("match", lambda s: "; ".join(sorted({m.lower() for m in s})))
    )


EVIDENCE_COLUMNS = (
    *("rank", "theme", "label", "doc_id", "para_id", "sent_id", "title", "outlet"),
    *("published", "text", "terms", "n_terms", "n_hits"),
)


EVIDENCE_DTYPES = {
    "rank": "int64",
    "para_id": "int64",
    "sent_id": "int64",
    "published": "datetime64[us]",
    "n_terms": "int64",
    "n_hits": "int64",
}


def theme_examples(
    corpus: Corpus,
    hits: pd.DataFrame,
    *,
    by: str = "doc_id",
    groups: Iterable[object] | None = None,
) -> pd.DataFrame:
    """One example sentence per group (``by``: doc_id, outlet or year) and theme: the one
    that uses most of the theme's terms (then most hits, then the shortest), from the hits
    that code their paragraph. Rows: one per group x theme with a hit; columns ``<by>``,
    theme, doc_id, para_id, sent_id, text (``text.evidence_window`` around the first hit).

    ``groups`` (optional): only these groups (their values of ``<by>``, compared as text),
    e.g. the ones a chart shows (``plots.themes.shown_groups``); only their hits are read,
    so the cost follows the groups asked for, not the corpus."""
    keys = ["doc_id", "para_id", "sent_id"]
    columns = list(dict.fromkeys([by, "theme", *keys, "text"]))
    group_of = group_keys(corpus.held_documents(), by)
    if groups is not None:
        group_of = group_of.loc[group_of["group"].isin([str(g) for g in groups])]
    wanted = pd.Series(True, index=hits.index)
    if "coded" in hits.columns:
        wanted = hits["coded"].astype(bool) & (hits["weight"] > 0)
    if not wanted.any():
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    wanted &= hits["doc_id"].isin(group_of["doc_id"])
    # Only the sentences that can still win their group x theme need their text (for the
    # length, the third sort key): those with the group's most terms, then most hits.
    scored = example_contenders(corpus, hits, wanted.to_numpy(), group_of)
    scored = add_sentence_text(corpus, scored)
    scored["length"] = scored["text"].str.len()
    # ties between themes of one sentence keep the themes' order, as the grouping gave it
    best = scored.sort_values(
        ["n_terms", "n_hits", "length", *keys, "theme"],
        ascending=[False, False, True, True, True, True, True],
        kind="stable",
    ).drop_duplicates(["group", "theme"])
    best["text"] = [
        evidence_window(t, a, b)
        for t, a, b in zip(best["text"], best["start"], best["end"], strict=True)
    ]
    out = best.drop(columns=[by], errors="ignore").rename(columns={"group": by})
    return decoded(out[columns].reset_index(drop=True))


EXAMPLE_BLOCK = 2_000
"""Documents whose hits ``example_contenders`` scores at a time."""


def example_contenders(
    corpus: Corpus,
    hits: pd.DataFrame,
    wanted: np.ndarray,
    group_of: pd.DataFrame,
    block_size: int = EXAMPLE_BLOCK,
) -> pd.DataFrame:
    """The (sentence, theme) rows of the ``wanted`` hits that can be their group's example
    (``group_of``: doc_id, group): n_terms, n_hits, first start and end per sentence and
    theme, kept when they have the most terms of their group x theme, then the most hits;
    with ``group`` and ``_row`` (``with_sentence_rows``: only sentences the corpus holds).

    The hits are scored ``block_size`` documents at a time and only each block's best rows
    kept, so no table of every counted hit (+208 MB at 10,000 articles, every outlet
    shown) is made. The result is the same as one cut over all rows: a row with the
    group x theme's most terms T, and most hits H among those, has its block's most terms
    (T) and most hits among those (H), so it survives its block's cut."""
    keys = ["doc_id", "para_id", "sent_id"]
    docs = pd.Index(group_of["doc_id"].unique())
    hit_rows = np.flatnonzero(wanted)
    held = corpus.held_sentences()[keys]
    hit_doc = docs.get_indexer(hits["doc_id"].iloc[hit_rows])
    hit_blocks = _blocks_of(hit_doc, len(docs), block_size)
    held_blocks = _blocks_of(docs.get_indexer(held["doc_id"]), len(docs), block_size)
    parts = []
    for in_hits, in_held in zip(hit_blocks, held_blocks, strict=True):
        counted = hits.iloc[hit_rows[in_hits]][[*keys, "theme", "term", "start", "end"]]
        scored = counted.groupby([*keys, "theme"], as_index=False, observed=True).agg(
            n_terms=("term", "nunique"), n_hits=("term", "size"), start=("start", "min"),
            end=("end", "min"),
        )  # fmt: skip
        sentences = held.iloc[in_held].assign(_row=in_held.astype(np.int64))
        parts.append(_at_best(scored.merge(group_of, on="doc_id").merge(sentences, on=keys)))
    return _at_best(pd.concat(parts, ignore_index=True))


def _blocks_of(codes: np.ndarray, n_codes: int, block_size: int) -> list[np.ndarray]:
    """The positions of ``codes`` (0 .. ``n_codes`` - 1; -1: none) per block of
    ``block_size`` codes, in order (at least one block, maybe empty)."""
    order = np.argsort(codes, kind="stable")
    edges = np.arange(0, max(n_codes, 1) + block_size, block_size)
    bounds = np.searchsorted(codes[order], edges)
    return [order[bounds[b] : bounds[b + 1]] for b in range(len(edges) - 1)]


def _at_best(scored: pd.DataFrame) -> pd.DataFrame:
    """The rows with their group x theme's most n_terms, then most n_hits among those."""
    for column in ("n_terms", "n_hits"):
        most = scored.groupby(["group", "theme"], observed=True)[column].transform("max")
        scored = scored.loc[scored[column] == most]
    return scored


def decoded(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every categorical column (hits read with their repeated strings as
    codes, ``annotate.corpus_theme_hits(..., codes=True)``) back as text: a table of
    strings, as from the hits as stored."""
    coded = [c for c in frame.columns if isinstance(frame[c].dtype, pd.CategoricalDtype)]
    return frame.astype(dict.fromkeys(coded, "str")) if coded else frame


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
    present = set(counted_hits(hits)["theme"])
    frames = [
        theme_evidence(corpus, hits, t.id, n=n, per_doc=per_doc).assign(label=t.label)
        for t in compiled
        if t.id in present
    ]
    if not frames:  # no theme has a hit (an empty selection, a dictionary that matches nothing)
        return pd.DataFrame(
            {c: pd.Series(dtype=EVIDENCE_DTYPES.get(c, "str")) for c in EVIDENCE_COLUMNS}
        )
    out = pd.concat(frames, ignore_index=True)
    columns = [c for c in out.columns if c != "label"]
    return out[[*columns[:2], "label", *columns[2:]]]
