"""The theme and mention tables that quote sentences, as they were before issue 13's
bounded text: each read ``corpus.sentences`` (so made and kept the text of every
sentence) and ``party_candidates`` kept one row per find. A slow reference that the
bounded versions must match exactly (tests/test_sentence_text_at.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from analysis.annotators.country_tables import _pair_example
from analysis.annotators.entities import (
    _GENERIC,
    _LEADING,
    _PARTY_NAME,
    _candidate_table,
    find_mentions,
)
from analysis.annotators.gazetteer import Gazetteer, load_gazetteer
from analysis.annotators.theme_summaries import (
    EVIDENCE_COLUMNS,
    EVIDENCE_DTYPES,
    group_keys,
)
from analysis.annotators.themes import (
    Theme,
    content_paragraphs,
    content_sentences,
    counted_hits,
    resolve_themes,
    theme_hits,
)
from analysis.core.errors import ParameterError
from analysis.core.text import evidence_window
from analysis.ingest.corpus import Corpus


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
    selected = counted_hits(hits)
    selected = selected.loc[selected["theme"] == theme]
    if doc_id is not None:
        selected = selected.loc[selected["doc_id"] == doc_id]
    keys = ["doc_id", "para_id", "sent_id"]
    scored = selected.groupby(keys, as_index=False).agg(
        n_hits=("term", "size"),
        n_terms=("term", "nunique"),
        terms=("match", lambda s: "; ".join(sorted({m.lower() for m in s}))),
        start=("start", "min"),
        end=("end", "min"),
    )
    scored = scored.merge(corpus.sentences[[*keys, "text"]], on=keys)
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


def theme_examples(corpus: Corpus, hits: pd.DataFrame, *, by: str = "doc_id") -> pd.DataFrame:
    """One example sentence per group (``by``: doc_id, outlet or year) and theme: the one
    that uses most of the theme's terms (then most hits, then the shortest), from the hits
    that code their paragraph. Rows: one per group x theme with a hit; columns ``<by>``,
    theme, doc_id, para_id, sent_id, text (``text.evidence_window`` around the first hit)."""
    keys = ["doc_id", "para_id", "sent_id"]
    columns = list(dict.fromkeys([by, "theme", *keys, "text"]))
    counted = counted_hits(hits)
    if counted.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    scored = counted.groupby([*keys, "theme"], as_index=False).agg(
        n_terms=("term", "nunique"), n_hits=("term", "size"), start=("start", "min"),
        end=("end", "min"),
    )  # fmt: skip
    scored = scored.merge(corpus.sentences[[*keys, "text"]], on=keys)
    scored["length"] = scored["text"].str.len()
    scored = scored.merge(group_keys(corpus.held_documents(), by), on="doc_id")
    best = scored.sort_values(
        ["n_terms", "n_hits", "length", *keys], ascending=[False, False, True, True, True, True]
    ).drop_duplicates(["group", "theme"])
    best["text"] = [
        evidence_window(t, a, b)
        for t, a, b in zip(best["text"], best["start"], best["end"], strict=True)
    ]
    out = best.drop(columns=[by], errors="ignore").rename(columns={"group": by})
    return out[columns].reset_index(drop=True)


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


def mention_examples(corpus: Corpus, mentions: pd.DataFrame, counts: pd.DataFrame) -> pd.DataFrame:
    """``counts`` (a ``mention_counts`` table) with ``example`` (the sentence of each actor's
    first mention, ``text.evidence_window`` around it) and ``doc_id`` (its document); a new
    frame, same rows and order."""
    keys = ["doc_id", "para_id", "sent_id"]
    first = (
        mentions[mentions["canonical"].isin(counts["canonical"])]
        .sort_values([*keys, "start"], kind="stable")
        .drop_duplicates(["canonical", "kind"])
        .merge(corpus.sentences[[*keys, "text"]], on=keys, how="left")
    )
    first["example"] = [
        evidence_window(t, s, e) if isinstance(t, str) else ""
        for t, s, e in zip(first["text"], first["start"], first["end"], strict=True)
    ]
    found = first[["canonical", "kind", "example", "doc_id"]]
    return counts.merge(found, on=["canonical", "kind"], how="left").fillna(
        {"example": "", "doc_id": ""}
    )


def party_candidates(corpus: Corpus, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Capitalised "... Party ..." names in the content text that the gazetteer lacks.

    A candidate has at least one specific capitalised word besides "Party" and stop
    words (so
    "the Party", "Communist Party", "National Party Congress" and "Party General
    Secretary" are not candidates) and does not overlap a known party mention.
    Rows: one per candidate name; columns candidate, n, n_docs and the first
    doc_id, para_id and sentence it occurs in, as evidence (at most
    ``text.EVIDENCE_CHARS`` characters around the name: ``text.evidence_window``).
    """
    gaz = gazetteer or load_gazetteer()
    rows = []
    for doc_id, para_id, text in content_sentences(corpus)[
        ["doc_id", "para_id", "text"]
    ].itertuples(index=False):
        known = [(s, e) for s, e, *_rest, kind, _c in find_mentions(text, gaz) if kind == "party"]
        for m in _PARTY_NAME.finditer(text):
            words = m.group("name").split()
            while words and words[0] in _LEADING:
                words = words[1:]
            if all(w in _GENERIC or w.lower() in ENGLISH_STOP_WORDS for w in words):
                continue
            start = m.start() + m.group(0).find(words[0])
            if any(start < e and s < m.end() for s, e in known):
                continue
            rows.append((" ".join(words), doc_id, para_id, evidence_window(text, start, m.end())))
    return _candidate_table(rows)


def best_pair_rows(first: pd.DataFrame) -> pd.DataFrame:
    """Each pair of countries' row to quote, from ``first`` (the first mention of each
    country per sentence: doc_id, para_id, sent_id, country, start, end): every pair of
    rows in one paragraph, a sentence naming both first, then document order."""
    pairs = first.merge(first, on=["doc_id", "para_id"], suffixes=("_a", "_b"))
    pairs = pairs.loc[pairs["country_a"] < pairs["country_b"]]
    pairs = pairs.assign(
        apart=pairs["sent_id_a"] != pairs["sent_id_b"],
        low=pairs[["sent_id_a", "sent_id_b"]].min(axis=1),
        high=pairs[["sent_id_a", "sent_id_b"]].max(axis=1),
    )
    return pairs.sort_values(
        ["country_a", "country_b", "apart", "doc_id", "para_id", "low", "high"], kind="stable"
    ).drop_duplicates(["country_a", "country_b"])


def comention_examples(
    corpus: Corpus,
    mentions: pd.DataFrame,
    comentions: pd.DataFrame,
    *,
    exclude: Sequence[str] = ("Vietnam",),
    kinds: Iterable[str] = ("country", "party", "person"),
) -> pd.DataFrame:
    """``comentions`` (a ``country_comentions`` table built with the same ``exclude`` and
    ``kinds``) with where to read each pair: ``example`` (a sentence that refers to both
    countries, else the two sentences of the paragraph that refer to each, joined by " … ",
    quoted with ``text.evidence_window`` in about ``COMENTION_QUOTE_CHARS``), ``doc_id``
    and ``para_id`` (its paragraph).

    The example is the first such sentence in document order, or, for a pair never
    referred to in one sentence, the first paragraph that refers to both. A new frame,
    same rows and order; a pair not found in ``mentions`` gets ``""`` and ``pd.NA``."""
    keys = ["doc_id", "para_id", "sent_id"]
    selected = mentions.loc[
        mentions["kind"].isin(list(kinds))
        & (mentions["country"] != "")
        & ~mentions["country"].isin(list(exclude))
    ]
    first = selected.sort_values([*keys, "start"], kind="stable").drop_duplicates(
        [*keys, "country"]
    )[[*keys, "country", "start", "end"]]
    wanted = set(comentions["country_a"]) | set(comentions["country_b"])
    first = first.loc[first["country"].isin(wanted)]
    best = best_pair_rows(first)
    text = corpus.sentences.set_index(keys)["text"]
    best["example"] = [
        _pair_example(text, doc_id, para_id, row)
        for doc_id, para_id, row in zip(
            best["doc_id"],
            best["para_id"],
            best[["sent_id_a", "start_a", "end_a", "sent_id_b", "start_b", "end_b"]].itertuples(
                index=False, name=None
            ),
            strict=True,
        )
    ]
    found = best[["country_a", "country_b", "example", "doc_id", "para_id"]]
    out = comentions.merge(found, on=["country_a", "country_b"], how="left")
    return out.fillna({"example": "", "doc_id": ""}).astype({"para_id": "Int64"})


def coded_paragraphs(hits: pd.DataFrame, min_hits: int = 1) -> pd.DataFrame:
    """One row per (doc_id, para_id, theme) with at least ``min_hits`` counted hits, with
    ``n_hits``: the table ``theme_prevalence`` merged before issue 13's integer codes."""
    counts = (
        counted_hits(hits)
        .groupby(["doc_id", "para_id", "theme"], as_index=False)
        .size()
        .rename(columns={"size": "n_hits"})
    )
    return counts.loc[counts["n_hits"] >= min_hits].reset_index(drop=True)


def theme_prevalence(
    corpus: Corpus,
    hits: pd.DataFrame | None = None,
    *,
    by: str = "doc_id",
    themes: Sequence[Theme] | str | Path | None = None,
) -> pd.DataFrame:
    """Group x theme prevalence as before issue 13's integer codes: counted hits copied,
    grouped on their strings and merged with every content paragraph's group."""
    compiled = resolve_themes(themes)
    if hits is None:
        hits = theme_hits(corpus, compiled)
    documents = corpus.held_documents()
    keys = group_keys(documents, by)
    paras = content_paragraphs(corpus, columns=("doc_id", "para_id")).merge(keys, on="doc_id")
    n_paragraphs = paras.groupby("group").size().rename("n_paragraphs")
    docs = documents.loc[documents["doc_id"].isin(paras["doc_id"])].merge(keys, on="doc_id")
    n_words = docs.groupby("group")["n_words"].sum().rename("n_words")
    coded = coded_paragraphs(hits).merge(
        paras[["doc_id", "para_id", "group"]], on=["doc_id", "para_id"]
    )
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
