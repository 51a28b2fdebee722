"""The date expressions of content sentences as tables: one ``find_dates`` pass per
sentence (``sentence_dates``) that dates, events and claims share; date labels.

Table: dates (one row per date expression in a content sentence)
    doc_id, para_id, sent_id, start, end (offsets into ``sentences.text``), text,
    date_start, date_end, precision, relative (bool), anchor ("published" / "inferred" /
    "" — the date that resolved a relative expression), flags (";"-joined), kind, note
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import pandas as pd

from analysis import schema
from analysis.corpus import Corpus
from analysis.dates import find_dates
from analysis.inference import with_inferred_dates

DATE_COLUMNS = (
    "doc_id",
    "para_id",
    "sent_id",
    "start",
    "end",
    "text",
    "date_start",
    "date_end",
    "precision",
    "relative",
    "anchor",
    "flags",
    "kind",
    "note",
)


def _sentences_of(corpus: Corpus, kinds: Sequence[str]) -> pd.DataFrame:
    """Sentences whose paragraph kind is in ``kinds`` (repeated ledes left out)."""
    paras = corpus.paragraphs
    keep = paras["kind"].isin(list(kinds))
    if "repeat_of" in paras.columns:
        keep &= paras["repeat_of"] < 0
    keys = paras.loc[keep, ["doc_id", "para_id"]]
    return corpus.sentences.merge(keys, on=["doc_id", "para_id"], how="inner").sort_values(
        ["doc_id", "para_id", "sent_id"], ignore_index=True
    )


def _anchors(documents: pd.DataFrame) -> dict[str, tuple[pd.Timestamp | None, str]]:
    """doc_id -> (anchor date, "published"/"inferred"/"") for resolving relative dates."""
    out: dict[str, tuple[pd.Timestamp | None, str]] = {}
    for doc_id, published, source in documents[["doc_id", "published", "date_source"]].itertuples(
        index=False
    ):
        if pd.isna(published):
            out[doc_id] = (None, "")
        else:
            out[doc_id] = (
                pd.Timestamp(published),
                "inferred" if source == "inferred" else "published",
            )
    return out


def _rows(table: pd.DataFrame, columns: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """The values of ``columns`` row by row (faster than ``itertuples`` on str columns)."""
    return zip(*(table[column].tolist() for column in columns), strict=True)


def _join(values: Iterable[str]) -> str:
    return "; ".join(dict.fromkeys(v for v in values if v))


def sentence_dates(corpus: Corpus, *, kinds: Sequence[str] = schema.CONTENT_KINDS) -> pd.DataFrame:
    """The date expressions of every sentence of ``kinds``: one ``find_dates`` pass that
    ``extract_dates``, ``event_candidate_table`` and ``claim_table`` can share.

    Per document (a document's rows depend only on its own sentences and publication
    date). Rows: one per sentence, in (doc_id, para_id, sent_id) order; columns doc_id,
    para_id, sent_id, text, anchor ("published" / "inferred" / "": the date relative
    expressions were resolved against, as ``_anchors`` reads ``corpus.documents``) and
    matches (a tuple of ``DateMatch``). Relative expressions are resolved against the
    documents' ``published`` as given: pass a corpus from ``with_inferred_dates`` to
    resolve them in undated documents too.
    """
    sentences = _sentences_of(corpus, kinds)[["doc_id", "para_id", "sent_id", "text"]]
    anchors = _anchors(corpus.documents)
    stamps, labels, matches = [], [], []
    for doc_id, text in _rows(sentences, ["doc_id", "text"]):
        stamp, label = anchors.get(doc_id, (None, ""))
        stamps.append(stamp)
        labels.append(label)
        matches.append(tuple(find_dates(text, anchor=stamp)))
    return sentences.assign(
        anchor=pd.Series(labels, index=sentences.index, dtype="str"),
        matches=pd.Series(matches, index=sentences.index, dtype="object"),
    )


def _date_rows(sentences: pd.DataFrame) -> list[dict[str, object]]:
    rows = []
    for doc_id, para_id, sent_id, label, matches in _rows(
        sentences, ["doc_id", "para_id", "sent_id", "anchor", "matches"]
    ):
        for m in matches:
            rows.append(
                {
                    "doc_id": doc_id,
                    "para_id": para_id,
                    "sent_id": sent_id,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "date_start": m.date_start,
                    "date_end": m.date_end,
                    "precision": m.precision,
                    "relative": m.relative,
                    "anchor": label if m.relative and m.anchor_date is not None else "",
                    "flags": ";".join(m.flags),
                    "kind": m.kind,
                    "note": m.note,
                }
            )
    return rows


def _dates_frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(DATE_COLUMNS))
    return frame.astype(
        {
            "para_id": "int64",
            "sent_id": "int64",
            "start": "int64",
            "end": "int64",
            "date_start": "datetime64[us]",
            "date_end": "datetime64[us]",
            "relative": "bool",
        }
        | {c: "str" for c in ("doc_id", "text", "precision", "anchor", "flags", "kind", "note")}
    )


def extract_dates(
    corpus: Corpus,
    *,
    kinds: Sequence[str] = schema.CONTENT_KINDS,
    infer: bool = True,
    sentences: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every date expression in the content sentences of ``corpus``.

    Rows: one per expression (``DATE_COLUMNS``). Relative expressions are resolved
    against the document's publication date; with ``infer=True`` (default) undated
    documents first get an inferred date (``with_inferred_dates``) and ``anchor`` says
    which was used. ``sentences``, a ``sentence_dates`` table of the (date-inferred)
    corpus, saves the date pass; when given, ``kinds`` and ``infer`` are not used.
    Per document. The corpus is not mutated.
    """
    if sentences is None:
        if infer:
            corpus = with_inferred_dates(corpus)
        sentences = sentence_dates(corpus, kinds=kinds)
    return _dates_frame(_date_rows(sentences))


def date_label(start: pd.Timestamp, end: pd.Timestamp, precision: str) -> str:
    """A date span as a reader writes it: "12-13 Dec 2023", "Dec 2023", "Sep-Dec 2023",
    "2022", "2023-2025"."""
    if pd.isna(start):
        return "undated"
    if precision == "day":
        if start == end:
            return f"{start.day} {start:%b %Y}"
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}-{end.day} {start:%b %Y}"
        return f"{start.day} {start:%b} - {end.day} {end:%b %Y}"
    if precision in ("month", "season"):
        if (start.year, start.month) == (end.year, end.month):
            return f"{start:%b %Y}"
        return f"{start:%b}-{end:%b %Y}" if start.year == end.year else f"{start:%b %Y}-{end:%b %Y}"
    if start.year == end.year:
        return str(start.year)
    return f"{start.year}-{end.year}"
