"""One document's profile: metadata, outline, themes with quotes, key terms, events.

Downstream of every analysis module; each function takes the corpus (and the tables it
needs) and returns a small table about one document.
"""

from __future__ import annotations

import pandas as pd

from analysis.corpus import Corpus
from analysis.errors import ParameterError
from analysis.memo import memoized
from analysis.overview import format_published

KEYTERMS_PER_DOCUMENT = 50


def pick_document(corpus: Corpus, doc_id: str = "") -> str:
    """``doc_id`` if the corpus holds it, the first document when it is empty.

    Raises ``ParameterError`` listing some valid ids otherwise.
    """
    ids = corpus.documents["doc_id"].tolist()
    if not ids:
        raise ParameterError("doc_id", doc_id, "the corpus (after filters) has no documents")
    if not doc_id:
        return ids[0]
    if doc_id not in ids:
        raise ParameterError("doc_id", doc_id, f"must be one of {ids[:10]}")
    return doc_id


def document_metadata(corpus: Corpus, doc_id: str) -> pd.DataFrame:
    """Two columns (``field``, ``value``): what the loader read about one document, with
    the evidence for its date and the file it came from."""
    docs = corpus.documents
    row = docs[docs["doc_id"] == doc_id].iloc[0]
    published = format_published(docs[docs["doc_id"] == doc_id]).iloc[0]
    page = row["page_date"].strftime("%Y-%m-%d") if pd.notna(row["page_date"]) else ""
    fields = [
        ("title", row["title"] or "—"),
        ("outlet", " with ".join(x for x in (row["outlet"], row["credited"]) if x) or "—"),
        ("author", row["author"] or "—"),
        ("published", published),
        ("date read from", row["date_source"] or "no date in the text"),
        ("date evidence", row["date_evidence"] or "—"),
        ("date on the web page", page or "—"),
        ("words of article text", f"{row['n_words']:,}"),
        ("duplicate of", row["duplicate_of"] or "—"),
        ("file", row["path"].rsplit("/", 1)[-1]),
        ("file encoding", row["encoding"]),
        ("sha256", row["sha256"][:16] + "…"),
    ]
    return pd.DataFrame(fields, columns=["field", "value"]).astype("str")


def document_outline(corpus: Corpus, doc_id: str, *, width: int = 160) -> pd.DataFrame:
    """The document's paragraphs in order (``para_id``, ``kind``, ``opening``): headings in
    full, other paragraphs shortened to ``width`` characters."""
    paras = corpus.paragraphs[corpus.paragraphs["doc_id"] == doc_id]
    opening = [
        text if kind == "heading" or len(text) <= width else text[: width - 1].rstrip() + "…"
        for kind, text in zip(paras["kind"], paras["text"], strict=True)
    ]
    kind = paras["kind"].where(paras["repeat_of"] < 0, paras["kind"] + " (repeat)")
    return pd.DataFrame(
        {"para_id": paras["para_id"], "kind": kind, "opening": opening}
    ).reset_index(drop=True)


def document_themes(
    corpus: Corpus, doc_id: str, *, hits: pd.DataFrame | None = None, themes: tuple = ()
) -> pd.DataFrame:
    """Themes of one document, most prevalent first: ``theme``, ``label``, ``paragraphs``
    (coded / content paragraphs), ``hits``, and ``quote`` (its best sentence). Only this
    document is coded unless ``hits`` are given."""
    from analysis.themes import load_themes, theme_evidence, theme_hits, theme_prevalence

    corpus = corpus.select([doc_id])
    hits = theme_hits(corpus, themes or None) if hits is None else hits
    labels = {t.id: t.label for t in (themes or load_themes())}
    prevalence = theme_prevalence(corpus.select([doc_id]), hits[hits["doc_id"] == doc_id])
    prevalence = prevalence[prevalence["n_hits"] > 0].sort_values(
        ["share", "n_hits", "theme"], ascending=[False, False, True]
    )
    quotes = [
        theme_evidence(corpus, hits, theme, doc_id=doc_id, n=1)["text"].head(1).tolist()
        for theme in prevalence["theme"]
    ]
    return pd.DataFrame(
        {
            "theme": prevalence["theme"],
            "label": prevalence["theme"].map(labels),
            "paragraphs": [
                f"{c} of {n}"
                for c, n in zip(prevalence["n_coded"], prevalence["n_paragraphs"], strict=True)
            ],
            "hits": prevalence["n_hits"],
            "quote": [q[0] if q else "" for q in quotes],
        }
    ).reset_index(drop=True)


def document_keyterms(corpus: Corpus, doc_id: str, *, top_n: int = 15) -> pd.DataFrame:
    """Terms that set one document apart from the rest of the corpus (``term``, ``n_target``,
    ``n_reference``, ``g2``, ``p_value``); empty when the document has no article text or the
    corpus has no other document to compare with."""
    from analysis.keyterms import keyness

    columns = ["term", "n_target", "n_reference", "g2", "p_value"]
    if top_n > KEYTERMS_PER_DOCUMENT:
        raise ParameterError("top_n", top_n, f"at most {KEYTERMS_PER_DOCUMENT}")
    docs = corpus.documents
    has_text = docs.loc[docs["doc_id"] == doc_id, "n_words"].sum() > 0
    if not has_text or len(docs) < 2:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    every = memoized(
        corpus,
        "keyness_by_doc",
        lambda: keyness(corpus, by="doc_id", top_n=KEYTERMS_PER_DOCUMENT),
    )
    table = every[every["target"] == doc_id].head(top_n)
    return table[columns].reset_index(drop=True)


def document_event_list(corpus: Corpus, doc_id: str) -> pd.DataFrame:
    """The dated events one document reports, in reading form: ``when`` (as written),
    ``from``/``to`` (normalised), ``type``, ``countries``, ``sources`` (documents reporting
    the event) and ``evidence`` (its first sentence in this document); one row per event."""
    from analysis.timeline import document_events, event_sources

    sources = memoized(corpus, "event_sources", lambda: event_sources(corpus))
    events = document_events(corpus, doc_id, sources=sources).drop_duplicates(
        subset=["date_start", "date_end", "type", "date_text"]
    )
    return pd.DataFrame(
        {
            "when": events["date_text"],
            "from": events["date_start"],
            "to": events["date_end"],
            "type": events["type"],
            "countries": events["countries"],
            "sources": events["n_sources"],
            "evidence": events["evidence"],
        }
    ).reset_index(drop=True)
