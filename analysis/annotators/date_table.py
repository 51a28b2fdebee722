"""The date expressions of content sentences as tables: one date pass over the
sentences (``sentence_dates``: the rules' places found per block of sentences, each
sentence with a match read as ``find_dates`` reads it) that dates, events and claims
share; date labels.

Table: dates (one row per date expression in a content sentence)
    doc_id, para_id, sent_id, start, end (offsets into ``sentences.text``), text,
    date_start, date_end, precision, relative (bool), anchor ("published" / "inferred" /
    "" — the date that resolved a relative expression), flags (";"-joined; the last row
    kept of a document that reached ``MAX_DATES_PER_DOCUMENT`` has ``date_cap_reached``),
    kind, note,
    timex_type (TimeML TIMEX3 type: DATE / TIME / DURATION / SET; "" for a congress or an
    anniversary), timex_value (TIMEX3 value: 2024-10-21, 2024-W43, 2024-Q3, P3M,
    PRESENT_REF, XXXX-10-21 ...; a range as "start/end")

Only DATE rows with dates place something in time: durations, sets, times of day and
"now"/"recently" have no date_start.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import pandas as pd

from analysis.annotators.inference import with_inferred_dates
from analysis.core import schema
from analysis.dates import DateMatch
from analysis.dates.block_scan import block_spans, blocks
from analysis.dates.scan import dates_of_spans
from analysis.ingest.corpus import Corpus

log = logging.getLogger(__name__)

#: The most date expressions annotated in one document. An article holds dozens (the
#: samples at most 34); a hostile page (a scraped list or a run-on dump of megabytes)
#: can hold a million, each costing a ``find_dates`` pass and Python objects in every
#: later table. Once a document reaches the cap its remaining sentences are not scanned
#: for dates: its last kept expression carries the flag ``DATE_CAP_FLAG`` in the dates
#: table and a warning names the document, so nothing disappears silently (issue 11).
MAX_DATES_PER_DOCUMENT = 2000
DATE_CAP_FLAG = "date_cap_reached"

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
    "timex_type",
    "timex_value",
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
    labels, matches = [], []
    counts: dict[str, int] = {}
    texts = sentences["text"].tolist()
    spans = (found for block in blocks(texts) for found in block_spans(block))
    for doc_id, text, spanned in zip(sentences["doc_id"].tolist(), texts, spans, strict=True):
        stamp, label = anchors.get(doc_id, (None, ""))
        labels.append(label)
        room = MAX_DATES_PER_DOCUMENT - counts.get(doc_id, 0)
        found = dates_of_spans(text, spanned, anchor=stamp) if room > 0 and spanned else ()
        if len(found) >= room > 0:
            found = _mark_cap(doc_id, found[:room])
        counts[doc_id] = counts.get(doc_id, 0) + len(found)
        matches.append(found)
    return sentences.assign(
        anchor=pd.Series(labels, index=sentences.index, dtype="str"),
        matches=pd.Series(matches, index=sentences.index, dtype="object"),
    )


def _mark_cap(doc_id: str, found: tuple[DateMatch, ...]) -> tuple[DateMatch, ...]:
    """The matches that fill a document's date cap, the last one flagged (and logged)."""
    last = found[-1]
    log.warning(
        "%s: %d date expressions, the cap (MAX_DATES_PER_DOCUMENT); the rest of the "
        "document is not scanned for dates (flag %r in the dates table)",
        doc_id,
        MAX_DATES_PER_DOCUMENT,
        DATE_CAP_FLAG,
    )
    return (*found[:-1], dataclasses.replace(last, flags=(*last.flags, DATE_CAP_FLAG)))


def _date_rows(sentences: pd.DataFrame) -> dict[str, list[object]]:
    """The rows of the dates table as one list per column (``DATE_COLUMNS``): a dict per
    row would cost several hundred bytes per date expression, and a run-on page can hold
    hundreds of thousands of them."""
    columns: dict[str, list[object]] = {c: [] for c in DATE_COLUMNS}
    appends = [columns[c].append for c in DATE_COLUMNS]
    for doc_id, para_id, sent_id, label, matches in _rows(
        sentences, ["doc_id", "para_id", "sent_id", "anchor", "matches"]
    ):
        for m in matches:
            for append, value in zip(
                appends,
                (
                    doc_id,
                    para_id,
                    sent_id,
                    m.start,
                    m.end,
                    m.text,
                    m.date_start,
                    m.date_end,
                    m.precision,
                    m.relative,
                    label if m.relative and m.anchor_date is not None else "",
                    ";".join(m.flags),
                    m.kind,
                    m.note,
                    m.timex_type,
                    m.timex_value,
                ),
                strict=True,
            ):
                append(value)
    return columns


def _dates_frame(rows: dict[str, list[object]] | list[dict[str, object]]) -> pd.DataFrame:
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
        | {
            c: "str"
            for c in (
                *("doc_id", "text", "precision", "anchor", "flags", "kind", "note"),
                *("timex_type", "timex_value"),
            )
        }
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
