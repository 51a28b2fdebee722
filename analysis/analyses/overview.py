"""Corpus-at-a-glance tables for the overview report (pure: Corpus in, DataFrame out)."""

from __future__ import annotations

import pandas as pd

from analysis.ingest.corpus import Corpus
from analysis.ingest.stories import stories_table


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
    docs = corpus.held_documents().sort_values(["published", "doc_id"], na_position="last")
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


#: What each metadata flag asks the analyst to check (see ``analysis.core.schema``).
FLAG_CHECKS = {
    "no_headline": "no headline: no header line reads as one",
    "title_uncertain": "headline: another header line scored close",
    "date_conflict": "date: another date in the header scored close",
    "ambiguous_day_month": "date: day and month could be swapped (nothing on the page settles it)",
    "outlet_unlisted": "outlet: read from a site-name line, dateline or note; not in outlets.yaml",
}


def _checks(row: pd.Series) -> list[str]:
    """What to check in one documents row, most important first."""
    flags = [f for f in str(row.get("metadata_flags", "")).split(";") if f]
    flags += [f for f in str(row.get("date_flags", "")).split(";") if f == "ambiguous_day_month"]
    checks = [FLAG_CHECKS[f] for f in dict.fromkeys(flags) if f in FLAG_CHECKS]
    if pd.isna(row["published"]):
        checks.append("no publication date in the text")
    elif row["date_source"] == "inferred":
        checks.append("date inferred from the text, not printed on the page")
    if not row["outlet"]:
        checks.append("outlet not named in the text")
    return checks


def uncertain_metadata(corpus: Corpus) -> pd.DataFrame:
    """Documents whose title, date or outlet the loader is unsure of, one row each:
    ``doc_id``, ``title``, ``check`` (what to look at, "; "-separated) and ``evidence``
    (where the headline and the date were read). Values given in ``metadata.csv`` are
    trusted. Sorted by the number of checks (most first), then ``doc_id``; a new frame."""
    docs = corpus.held_documents()  # no text needed
    rows = []
    for _, row in docs.iterrows():
        checks = _checks(row)
        if row.get("date_source") == "sidecar":
            checks = [c for c in checks if not c.startswith(("date", "no publication"))]
        if str(row.get("title_source", "")).startswith("metadata.csv"):
            checks = [c for c in checks if not c.startswith(("headline", "no headline"))]
        if not checks:
            continue
        evidence = "; ".join(
            part
            for part in (
                f"headline {row.get('title_source', '')}" if row.get("title_source") else "",
                f"date {row.get('date_reason', '')}" if row.get("date_reason") else "",
            )
            if part
        )
        rows.append((row["doc_id"], row["title"] or "—", "; ".join(checks), evidence, len(checks)))
    table = pd.DataFrame(rows, columns=["doc_id", "title", "check", "evidence", "n"])
    table = table.sort_values(["n", "doc_id"], ascending=[False, True], kind="stable")
    return table.drop(columns="n").reset_index(drop=True).astype("str")


def corpus_summary(corpus: Corpus) -> pd.DataFrame:
    """Headline figures as a two-column table (``measure``, ``value``)."""
    docs = corpus.held_documents()  # no text needed
    dated = docs["published"].dropna()
    span = f"{dated.min():%Y-%m-%d} to {dated.max():%Y-%m-%d}" if len(dated) else "no dates"
    rows = [
        ("documents", f"{len(docs):,}"),
        ("words of article text", f"{int(docs['n_words'].sum()):,}"),
        ("outlets named", f"{docs.loc[docs['outlet'] != '', 'outlet'].nunique():,}"),
        ("documents with a publication date", f"{len(dated):,} of {len(docs):,}"),
        ("publication dates span", span),
        ("duplicates (same text as another file)", f"{int((docs['duplicate_of'] != '').sum()):,}"),
        ("stories carried by more than one document", f"{len(syndicated_stories(corpus)):,}"),
        ("files rejected", f"{len(corpus.rejected):,}"),
        ("corpus hash", corpus.corpus_hash),
    ]
    return pd.DataFrame(rows, columns=["measure", "value"]).astype("str")


def counts_by(corpus: Corpus, by: str) -> pd.DataFrame:
    """Articles per ``year`` or per ``outlet`` (``by``, ``n``), unknowns labelled, sorted."""
    docs = corpus.held_documents()  # no text needed
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
    docs = corpus.held_documents()  # no text needed
    return docs.loc[docs["duplicate_of"] != "", ["doc_id", "duplicate_of", "title"]].reset_index(
        drop=True
    )


def syndicated_stories(corpus: Corpus) -> pd.DataFrame:
    """Stories carried by more than one document (see ``analysis.ingest.stories``), one row per
    story, largest first: its first title, how many documents, who published it first and
    when (at the date's precision), every outlet and doc_id in order of publication."""
    documents = corpus.held_documents()  # no text needed
    table = stories_table(documents)
    first = documents.set_index("doc_id").loc[table["story_id"]].reset_index()
    return pd.DataFrame(
        {
            "story (first title)": table["title"].replace("", "—"),
            "documents": table["n_documents"],
            "first published": format_published(first).to_numpy(),
            "first outlet": table["first_outlet"].replace("", "—"),
            "outlets": table["outlets"],
            "doc_ids": table["doc_ids"],
        }
    )


def paragraph_kinds(corpus: Corpus) -> pd.DataFrame:
    """Paragraphs per document and kind (wide: one column per kind, ``doc_id`` first)."""
    paras = corpus.held_paragraphs()  # no raw needed
    table = pd.crosstab(paras["doc_id"], paras["kind"]).reset_index()
    table.columns.name = None
    return table
