"""One document's profile: metadata, outline, themes with quotes, key terms, events.

Downstream of every analysis module. Each table exists in two forms that share one
computation: ``<table>_by_document(corpus, ...)`` computes it for every document of the
corpus at once (a ``doc_id`` column, each document's rows in reading order), and
``document_<table>(corpus, doc_id, ...)`` is that table for one document (what the
``document`` notebook shows, through ``analysis.site.document_page``). The site's document pages
(``analysis.site.document_pages``) compute the ``_by_document`` tables once and slice them per
page, so the notebook and the pages cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pandas as pd

from analysis.analyses.overview import format_published
from analysis.annotators.cached import memoized
from analysis.core.errors import ParameterError
from analysis.core.text import evidence_window
from analysis.ingest.corpus import Corpus

KEYTERMS_PER_DOCUMENT = 50
KEYTERM_COLUMNS = ("term", "n_target", "n_reference", "g2", "p_value")
EVENT_COLUMNS = ("when", "from", "to", "type", "countries", "sources", "evidence")


def pick_document(corpus: Corpus, doc_id: str = "") -> str:
    """``doc_id`` if the corpus holds it, the first document when it is empty.

    Raises ``ParameterError`` listing some valid ids otherwise.
    """
    ids = corpus.held_documents()["doc_id"].tolist()
    if not ids:
        raise ParameterError("doc_id", doc_id, "the corpus (after filters) has no documents")
    if not doc_id:
        return ids[0]
    if doc_id not in ids:
        raise ParameterError("doc_id", doc_id, f"must be one of {ids[:10]}")
    return doc_id


def one_document(table: pd.DataFrame, doc_id: str) -> pd.DataFrame:
    """The rows of ``doc_id`` in a ``_by_document`` table, without the ``doc_id`` column."""
    rows = table.loc[table["doc_id"] == doc_id]
    return rows.drop(columns="doc_id").reset_index(drop=True)


# --- metadata ---------------------------------------------------------------------------


def metadata_by_document(corpus: Corpus) -> pd.DataFrame:
    """``doc_id``, ``field``, ``value``: what the loader read about each document, with the
    evidence for its date and the file it came from (12 rows per document)."""
    docs = corpus.held_documents()  # no text needed (nor made)
    published = format_published(docs).tolist()
    rows = []
    for n, row in enumerate(docs.itertuples(index=False)):
        page = row.page_date.strftime("%Y-%m-%d") if pd.notna(row.page_date) else ""
        fields = [
            ("title", row.title or "—"),
            ("outlet", " with ".join(x for x in (row.outlet, row.credited) if x) or "—"),
            ("author", row.author or "—"),
            ("published", published[n]),
            ("date read from", row.date_source or "no date in the text"),
            ("date evidence", row.date_evidence or "—"),
            ("date on the web page", page or "—"),
            ("words of article text", f"{row.n_words:,}"),
            ("duplicate of", row.duplicate_of or "—"),
            ("file", row.path.rsplit("/", 1)[-1]),
            ("file encoding", row.encoding),
            ("sha256", row.sha256[:16] + "…"),
        ]
        rows.extend((row.doc_id, name, str(value)) for name, value in fields)
    return pd.DataFrame(rows, columns=["doc_id", "field", "value"]).astype("str")


def document_metadata(corpus: Corpus, doc_id: str) -> pd.DataFrame:
    """Two columns (``field``, ``value``): what the loader read about one document, with
    the evidence for its date and the file it came from."""
    docs = corpus.documents
    one = replace(corpus, documents=docs[docs["doc_id"] == doc_id])
    return one_document(metadata_by_document(one), doc_id)


# --- outline ------------------------------------------------------------------------------


def outline_by_document(corpus: Corpus, *, width: int = 160) -> pd.DataFrame:
    """Every document's paragraphs in order (``doc_id``, ``para_id``, ``kind``,
    ``opening``): headings in full, other paragraphs shortened to ``width`` characters."""
    paras = corpus.held_paragraphs()  # the text, without making raw
    opening = [
        text if kind == "heading" or len(text) <= width else text[: width - 1].rstrip() + "…"
        for kind, text in zip(paras["kind"], paras["text"], strict=True)
    ]
    kind = paras["kind"].where(paras["repeat_of"] < 0, paras["kind"] + " (repeat)")
    return pd.DataFrame(
        {"doc_id": paras["doc_id"], "para_id": paras["para_id"], "kind": kind, "opening": opening}
    ).reset_index(drop=True)


def document_outline(corpus: Corpus, doc_id: str, *, width: int = 160) -> pd.DataFrame:
    """The document's paragraphs in order (``para_id``, ``kind``, ``opening``): headings in
    full, other paragraphs shortened to ``width`` characters."""
    paras = corpus.paragraphs
    one = replace(corpus, paragraphs=paras[paras["doc_id"] == doc_id])
    return one_document(outline_by_document(one, width=width), doc_id)


# --- themes -------------------------------------------------------------------------------


def themes_by_document(
    corpus: Corpus, hits: pd.DataFrame | None = None, *, themes: tuple = ()
) -> pd.DataFrame:
    """Every document's themes, most prevalent first: ``doc_id``, ``theme``, ``label``,
    ``paragraphs`` (coded / content paragraphs), ``hits``, and ``quote`` (the sentence that
    shows the theme best in the document, as ``themes.theme_evidence`` ranks them: most
    distinct terms, then most hits, then the shortest; at most ``text.EVIDENCE_CHARS``
    characters around its first hit). ``hits`` defaults to coding
    ``corpus`` with the theme dictionary."""
    from analysis.annotators.themes import counted_hits, load_themes, theme_hits, theme_prevalence

    hits = theme_hits(corpus, themes or None) if hits is None else hits
    labels = {t.id: t.label for t in (themes or load_themes())}
    prevalence = theme_prevalence(corpus, hits, by="doc_id", themes=themes or None)
    prevalence = prevalence[prevalence["n_hits"] > 0]
    keys = ["doc_id", "theme", "para_id", "sent_id"]
    scored = (
        counted_hits(hits)
        .groupby(keys, as_index=False)
        .agg(
            n_hits=("term", "size"),
            n_terms=("term", "nunique"),
            start=("start", "min"),
            end=("end", "min"),
        )
    )
    scored = scored.merge(corpus.sentences[["doc_id", "para_id", "sent_id", "text"]])
    scored["length"] = scored["text"].str.len()
    scored["text"] = [  # a run-on "sentence" is quoted around its first hit
        evidence_window(t, s, e)
        for t, s, e in zip(scored["text"], scored["start"], scored["end"], strict=True)
    ]
    best = scored.sort_values(
        ["n_terms", "n_hits", "length", "para_id", "sent_id"],
        ascending=[False, False, True, True, True],
        kind="stable",
    ).drop_duplicates(["doc_id", "theme"])
    out = prevalence.merge(
        best[["doc_id", "theme", "text"]], on=["doc_id", "theme"], how="left"
    ).sort_values(
        ["doc_id", "share", "n_hits", "theme"], ascending=[True, False, False, True], kind="stable"
    )
    order = {d: n for n, d in enumerate(corpus.held_documents()["doc_id"])}
    out = out.sort_values("doc_id", key=lambda s: s.map(order), kind="stable")
    return pd.DataFrame(
        {
            "doc_id": out["doc_id"],
            "theme": out["theme"],
            "label": out["theme"].map(labels),
            "paragraphs": [
                f"{c} of {n}" for c, n in zip(out["n_coded"], out["n_paragraphs"], strict=True)
            ],
            "hits": out["n_hits"],
            "quote": out["text"].fillna(""),
        }
    ).reset_index(drop=True)


def document_themes(
    corpus: Corpus, doc_id: str, *, hits: pd.DataFrame | None = None, themes: tuple = ()
) -> pd.DataFrame:
    """Themes of one document, most prevalent first: ``theme``, ``label``, ``paragraphs``
    (coded / content paragraphs), ``hits``, and ``quote`` (its best sentence). Only this
    document is coded unless ``hits`` are given (the whole corpus's ``theme_hits``, or this
    document's rows)."""
    one = corpus.select([doc_id])
    if hits is not None:
        hits = hits[hits["doc_id"] == doc_id]
    return one_document(themes_by_document(one, hits, themes=themes), doc_id)


# --- key terms ----------------------------------------------------------------------------


def keyness_by_document(corpus: Corpus) -> pd.DataFrame:
    """Key terms of every document against the rest of ``corpus``: the ``keyterms.keyness``
    table by ``doc_id`` with the best ``KEYTERMS_PER_DOCUMENT`` terms per document (empty
    when the corpus has fewer than two documents or no article text)."""
    from analysis.analyses.keyterms import keyness

    docs = corpus.held_documents()
    if len(docs) < 2 or not (docs["n_words"] > 0).any():
        return pd.DataFrame({c: pd.Series(dtype="object") for c in ["target", *KEYTERM_COLUMNS]})
    return keyness(corpus, by="doc_id", top_n=KEYTERMS_PER_DOCUMENT)


def keyness_by_document_blocks(corpus: Corpus) -> Iterator[pd.DataFrame]:
    """``keyness_by_document(corpus)`` in consecutive parts, one per block of documents
    counted together (``keyterms.keyness_blocks``): concatenated, the same table; only one
    part is held at a time. At least one part (the empty table when there is nothing to
    score)."""
    from analysis.analyses.keyterms import keyness_blocks

    docs, given = corpus.held_documents(), False
    if len(docs) >= 2 and (docs["n_words"] > 0).any():
        for part in keyness_blocks(corpus, by="doc_id", top_n=KEYTERMS_PER_DOCUMENT):
            given = True
            yield part
    if not given:
        yield keyness_by_document(corpus)


def keyterms_by_document(
    corpus: Corpus, *, top_n: int = 15, keyness: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Every document's key terms, best first (``doc_id``, ``term``, ``n_target``,
    ``n_reference``, ``g2``, ``p_value``); none for a document without article text.
    ``keyness`` is ``keyness_by_document(corpus)``, computed when not given."""
    if top_n > KEYTERMS_PER_DOCUMENT:
        raise ParameterError("top_n", top_n, f"at most {KEYTERMS_PER_DOCUMENT}")
    if keyness is None:
        keyness = keyness_by_document(corpus)
    docs = corpus.held_documents()
    with_text = set(docs.loc[docs["n_words"] > 0, "doc_id"])
    table = keyness[keyness["target"].isin(with_text)].groupby("target", sort=False).head(top_n)
    return table.rename(columns={"target": "doc_id"})[["doc_id", *KEYTERM_COLUMNS]].reset_index(
        drop=True
    )


def document_keyterms(corpus: Corpus, doc_id: str, *, top_n: int = 15) -> pd.DataFrame:
    """Terms that set one document apart from the rest of the corpus (``term``, ``n_target``,
    ``n_reference``, ``g2``, ``p_value``); empty when the document has no article text or the
    corpus has no other document to compare with. The keyness of every document is computed
    once per corpus (and kept for the next page in the same kernel)."""
    if top_n > KEYTERMS_PER_DOCUMENT:
        raise ParameterError("top_n", top_n, f"at most {KEYTERMS_PER_DOCUMENT}")
    docs = corpus.documents
    has_text = docs.loc[docs["doc_id"] == doc_id, "n_words"].sum() > 0
    if not has_text or len(docs) < 2:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in KEYTERM_COLUMNS})
    every = memoized(corpus, "keyness_by_doc", lambda: keyness_by_document(corpus))
    mine = every[every["target"] == doc_id]
    one = replace(corpus, documents=docs[docs["doc_id"] == doc_id])
    return one_document(keyterms_by_document(one, top_n=top_n, keyness=mine), doc_id)


# --- events -------------------------------------------------------------------------------


def events_by_document(corpus: Corpus, *, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every document's dated events in reading form (``doc_id``, ``when`` as written,
    ``from``/``to`` normalised, ``type``, ``countries``, ``sources``: documents reporting the
    event, ``evidence``: its sentence in this document); one row per event and document,
    by date. ``sources`` is ``timeline.event_sources(corpus)``, computed when not given, or
    the rows of some documents with an ``n_sources`` column (the documents reporting each
    event in the whole table: what a block of the site's document pages is given, so that
    it needs no other document's rows)."""
    from analysis.annotators.events import drop_repeating_captions
    from analysis.annotators.timeline import event_sources

    if sources is None:
        sources = event_sources(corpus)
    if "n_sources" not in sources.columns:
        counts = sources.groupby("event_id")["doc_id"].nunique().rename("n_sources")
        sources = sources.merge(counts.reset_index(), on="event_id")
    events = (
        drop_repeating_captions(sources)
        .sort_values(["doc_id", "date_start", "type", "para_id", "sent_id"], kind="stable")
        .drop_duplicates(subset=["doc_id", "date_start", "date_end", "type", "date_text"])
    )
    order = {d: n for n, d in enumerate(corpus.held_documents()["doc_id"])}
    events = events.sort_values("doc_id", key=lambda s: s.map(order), kind="stable")
    return pd.DataFrame(
        {
            "doc_id": events["doc_id"],
            "when": events["date_text"],
            "from": events["date_start"],
            "to": events["date_end"],
            "type": events["type"],
            "countries": events["countries"],
            "sources": events["n_sources"],
            "evidence": events["evidence"],
        }
    ).reset_index(drop=True)


def document_event_list(corpus: Corpus, doc_id: str) -> pd.DataFrame:
    """The dated events one document reports, in reading form: ``when`` (as written),
    ``from``/``to`` (normalised), ``type``, ``countries``, ``sources`` (documents reporting
    the event) and ``evidence`` (its first sentence in this document); one row per event.
    The event sources of the whole corpus are computed once per corpus (and kept)."""
    from analysis.annotators.timeline import event_sources

    known = corpus.held_documents()["doc_id"].tolist()
    if doc_id not in known:
        raise ParameterError("doc_id", doc_id, f"must be one of {known[:12]}")
    sources = memoized(corpus, "event_sources", lambda: event_sources(corpus))
    reported = sources.loc[sources["doc_id"] == doc_id, "event_id"]
    mine = sources.loc[sources["event_id"].isin(reported)]  # every report of its events
    return one_document(events_by_document(corpus, sources=mine), doc_id)
