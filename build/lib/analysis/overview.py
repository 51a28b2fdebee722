"""Corpus-at-a-glance tables for the overview report (pure: Corpus in, DataFrame out)."""

from __future__ import annotations

import pandas as pd

from analysis.corpus import Corpus


def format_published(documents: pd.DataFrame) -> pd.Series:
    """Publication dates written at their precision: "2021-12-13", "2023-02", "2019", or "—"."""
    fmt = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
    return pd.Series(
        [
            ts.strftime(fmt.get(p, "%Y-%m-%d")) if pd.notna(ts) else "—"
            for ts, p in zip(documents["published"], documents["published_precision"], strict=True)
        ],
        index=documents.index,
        dtype="str",
    )


def documents_overview(corpus: Corpus) -> pd.DataFrame:
    """One row per document: id, title, outlet, author, date (at its precision), where the
    date came from (with the quoted evidence), and word count; sorted by date then id."""
    docs = corpus.documents.sort_values(["published", "doc_id"], na_position="last")
    return pd.DataFrame(
        {
            "doc_id": docs["doc_id"],
            "title": docs["title"],
            "outlet": docs["outlet"].replace("", "—"),
            "author": docs["author"].replace("", "—"),
            "published": format_published(docs),
            "date source": docs["date_source"].replace("", "none in the text"),
            "date evidence": docs["date_evidence"],
            "words": docs["n_words"],
        }
    ).reset_index(drop=True)


def corpus_summary(corpus: Corpus) -> pd.DataFrame:
    """Headline figures as a two-column table (``measure``, ``value``)."""
    docs = corpus.documents
    dated = docs["published"].dropna()
    span = f"{dated.min():%Y-%m-%d} to {dated.max():%Y-%m-%d}" if len(dated) else "no dates"
    rows = [
        ("documents", f"{len(docs):,}"),
        ("words of article text", f"{int(docs['n_words'].sum()):,}"),
        ("outlets named", f"{docs.loc[docs['outlet'] != '', 'outlet'].nunique():,}"),
        ("documents with a publication date", f"{len(dated):,} of {len(docs):,}"),
        ("publication dates span", span),
        ("duplicates (same text as another file)", f"{int((docs['duplicate_of'] != '').sum()):,}"),
        ("files rejected", f"{len(corpus.rejected):,}"),
        ("corpus hash", corpus.corpus_hash),
    ]
    return pd.DataFrame(rows, columns=["measure", "value"]).astype("str")


def counts_by(corpus: Corpus, by: str) -> pd.DataFrame:
    """Articles per ``year`` or per ``outlet`` (``by``, ``n``), unknowns labelled, sorted."""
    docs = corpus.documents
    if by == "year":
        labels = docs["published"].dt.year.astype("Int64").astype("str").replace("<NA>", "undated")
    elif by == "outlet":
        labels = docs["outlet"].replace("", "not named")
    else:
        raise ValueError(f"by = {by!r} is invalid; must be one of 'year', 'outlet'")
    counts = labels.value_counts().rename_axis(by).reset_index(name="n")
    return counts.sort_values(
        by if by == "year" else ["n", by], ascending=by == "year", kind="stable"
    ).reset_index(drop=True)


def duplicates_table(corpus: Corpus) -> pd.DataFrame:
    """Documents whose text repeats an earlier one: ``doc_id``, ``duplicate_of``, ``title``."""
    docs = corpus.documents
    return docs.loc[docs["duplicate_of"] != "", ["doc_id", "duplicate_of", "title"]].reset_index(
        drop=True
    )


def paragraph_kinds(corpus: Corpus) -> pd.DataFrame:
    """Paragraphs per document and kind (wide: one column per kind, ``doc_id`` first)."""
    paras = corpus.paragraphs
    table = pd.crosstab(paras["doc_id"], paras["kind"]).reset_index()
    table.columns.name = None
    return table
