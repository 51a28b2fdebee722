"""Publication dates inferred from internal evidence for undated documents (per
document: a document's date depends only on its own paragraphs).

Table: inferred_dates (one row per document without a publication date)
    doc_id, published, published_precision ("month"), date_source ("inferred"),
    date_evidence (the reasons, "; "-joined)
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from analysis.annotators.timeline_data import _read_yaml
from analysis.core import schema
from analysis.core.memory import release_free_memory
from analysis.core.rows import take_rows
from analysis.dates import DateMatch, find_dates
from analysis.ingest.corpus import Corpus

log = logging.getLogger(__name__)


INFERRED_COLUMNS = (
    "doc_id",
    "published",
    "published_precision",
    "date_source",
    "date_evidence",
)


@cache
def _inference_config() -> dict[str, Any]:
    return _read_yaml("timeline_inference.yaml", _build_inference_config)


def _build_inference_config(data: Any) -> dict[str, Any]:
    events = [
        (
            str(item["name"]),
            pd.Timestamp(str(item["start"])),
            re.compile("|".join(f"(?:{p})" for p in item["patterns"]), re.IGNORECASE),
        )
        for item in data["reference_events"]
    ]
    future = re.compile(r"\b(?:" + "|".join(data["future_cues"]) + r")\s*$", re.IGNORECASE)
    orientation = re.compile(
        r"\b(?:" + "|".join(data["orientation_cues"]) + r")\s*$", re.IGNORECASE
    )
    return {
        "events": events,
        "future": future,
        "orientation": orientation,
        "kinds": tuple(data["paragraph_kinds"]),
    }


@dataclass(frozen=True)
class _Bound:
    date: pd.Timestamp
    reason: str


def _month_start(stamp: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(stamp.year, stamp.month, 1)


def _ordinal_window(start: pd.Timestamp, n: int, unit: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    step = {
        "day": pd.DateOffset(days=1),
        "week": pd.DateOffset(weeks=1),
        "month": pd.DateOffset(months=1),
        "year": pd.DateOffset(years=1),
    }[unit]
    return start + step * (n - 1), start + step * n - pd.Timedelta(days=1)


_ORDINAL_UNIT = re.compile(
    r"\b(?:entered|entering|enters|in|into|reached|marks?)\s+(?:its|the)\s+"
    r"(?P<n>\d{1,3})(?:st|nd|rd|th)\s+(?P<unit>day|week|month|year)\b",
    re.IGNORECASE,
)
#: What every match of ``_ORDINAL_UNIT`` holds ("16th month"): a paragraph without it is
#: not searched with the whole pattern, whose alternation costs four times as much.
_ORDINAL_UNIT_CORE = re.compile(r"\d(?:st|nd|rd|th)\s+(?:day|week|month|year)\b", re.IGNORECASE)


#: How many characters of a document (paragraphs in order) are read for evidence of its
#: publication date. Articles are far shorter (the samples at most 20,000 characters), so
#: all of an article is read; a hostile page of megabytes is read only this far, which
#: bounds the ``find_dates`` work of inference (issue 11).
MAX_EVIDENCE_CHARS = 200_000


def _ordinal_bounds(text: str) -> list[_Bound]:
    """ "The Russia-Ukraine conflict has entered its 16th month" -> the window's start."""
    bounds: list[_Bound] = []
    if not _ORDINAL_UNIT_CORE.search(text):
        return bounds
    for match in _ORDINAL_UNIT.finditer(text):
        before = text[max(0, match.start() - 80) : match.start()]
        for name, start, pattern in _inference_config()["events"]:
            if pattern.search(before):
                first, last = _ordinal_window(start, int(match["n"]), match["unit"].lower())
                bounds.append(
                    _Bound(
                        first,
                        f"'{match.group(0).strip()}' of the {name} (began {start:%Y-%m-%d}) "
                        f"-> {first:%Y-%m-%d}..{last:%Y-%m-%d}",
                    )
                )
                break
    return bounds


def _is_future(text: str, match: DateMatch) -> bool:
    return bool(_inference_config()["future"].search(text[max(0, match.start - 40) : match.start]))


def _is_orientation(text: str, match: DateMatch) -> bool:
    before = text[max(0, match.start - 50) : match.start]
    return bool(_inference_config()["orientation"].search(before))


@dataclass(frozen=True)
class _Evidence:
    lower: list[_Bound]
    upper: list[_Bound]
    years: set[int]
    says_last_year: bool
    yearless: list[tuple[str, str]]  # (paragraph text, matched text) of dates without a year


def _collect_evidence(paragraphs: Sequence[tuple[str, str]]) -> _Evidence:
    """The evidence in a document's (kind, text) paragraphs, in order."""
    lower: list[_Bound] = []
    upper: list[_Bound] = []
    years: set[int] = set()
    says_last_year = False
    yearless: list[tuple[str, str]] = []
    budget = MAX_EVIDENCE_CHARS
    for kind, full_text in paragraphs:
        if budget <= 0:
            break
        text = full_text[:budget]
        budget -= len(full_text)
        lower.extend(_ordinal_bounds(text))
        for m in find_dates(text):
            if m.relative:
                if "no_year" in m.flags:
                    yearless.append((text, m.text))
                says_last_year |= kind in schema.CONTENT_KINDS and bool(
                    re.fullmatch(r"(?i)(?:the\s+)?(?:last|past|previous)\s+year", m.text)
                )
                continue
            if m.date_start is None or m.kind in ("congress", "term", "period", "anniversary"):
                continue
            if m.precision == "year":
                if _is_orientation(text, m):
                    year = m.date_start.year
                    upper.append(_Bound(pd.Timestamp(year, 3, 31), f"orientations for {year}"))
                    lower.append(_Bound(pd.Timestamp(year - 1, 11, 1), f"orientations for {year}"))
                elif not _is_future(text, m) and kind in schema.CONTENT_KINDS:
                    years.add(m.date_start.year)
                continue
            if _is_future(text, m):
                continue
            lower.append(_Bound(m.date_start, f"dated reference '{m.text}' ({kind})"))
    return _Evidence(lower, upper, years, says_last_year, yearless)


def _yearless_bounds(evidence: _Evidence, provisional: pd.Timestamp) -> list[_Bound]:
    """Dates without a year ("July 17-23" in a related-article list), read in the year that
    puts them at or just after the provisional date (within six months)."""
    bounds = []
    for text, matched in evidence.yearless:
        values = [m.timex_value for m in find_dates(text) if m.text == matched]
        if not values or not re.fullmatch(r"XXXX-\d\d-\d\d", values[0]):
            continue
        month, day = int(values[0][5:7]), int(values[0][8:10])
        for year in (provisional.year, provisional.year + 1):
            try:
                start = pd.Timestamp(year, month, day)
            except ValueError:  # 29 February of a common year
                continue
            if provisional - pd.Timedelta(days=31) <= start <= provisional + pd.Timedelta(days=183):
                bounds.append(_Bound(start, f"undated item '{matched}' read as {start:%Y-%m-%d}"))
                break
    return bounds


def _infer_one(paragraphs: Sequence[tuple[str, str]]) -> tuple[pd.Timestamp | None, str]:
    """The inferred publication month of one document (its (kind, text) paragraphs, in
    order) and the reasons."""
    evidence = _collect_evidence(paragraphs)
    lower = list(evidence.lower)
    if not lower:
        return None, "no dated reference found"
    provisional = max(b.date for b in lower)
    latest_year = max([provisional.year, *evidence.years])
    if evidence.says_last_year and latest_year in evidence.years:
        lower.append(
            _Bound(
                pd.Timestamp(latest_year + 1, 1, 1),
                f"'last year' alongside results dated {latest_year} "
                f"-> written in {latest_year + 1}",
            )
        )
    lower.extend(_yearless_bounds(evidence, max(b.date for b in lower)))
    best = max(lower, key=lambda b: b.date)
    reasons = [f"latest evidence: {best.reason}"]
    upper = [b for b in evidence.upper if b.date >= best.date]
    if upper:
        cap = min(upper, key=lambda b: b.date)
        reasons.append(f"no later than {cap.date:%Y-%m} ({cap.reason})")
    recent = sorted(
        (b for b in lower if b is not best and b.date.year >= best.date.year - 1),
        key=lambda b: (-b.date.value, b.reason),
    )
    others = list(dict.fromkeys(b.reason for b in recent))
    reasons.extend(others[:4])
    return _month_start(best.date), "; ".join(reasons)


def infer_publication_dates(corpus: Corpus) -> pd.DataFrame:
    """Publication dates inferred from internal evidence for documents without one.

    Rows: one per document whose ``published`` is NaT; columns ``INFERRED_COLUMNS``.
    The date is the month of the latest piece of evidence: the latest dated past
    reference (content, captions, related-article lists), the elapsed time of an ongoing
    event ("entered its 16th month"), "last year" alongside results dated Y (-> Y+1),
    and undated related-article items read in that year; orientations "for Y" cap it.
    ``published`` stays NaT (with the reason) when no evidence is found.
    """
    config = _inference_config()
    documents = corpus.held_documents()  # no text needed: the corpus's is never made here
    undated = documents.loc[documents["published"].isna(), "doc_id"]
    found: dict[str, tuple[pd.Timestamp | None, str]] = {}
    for by_doc in evidence_blocks(corpus, config["kinds"], undated, BLOCK_DOCUMENTS):
        found.update((doc_id, _infer_one(paragraphs)) for doc_id, paragraphs in by_doc.items())
    release_free_memory()  # the blocks' text: a build forks its annotation workers after this
    rows = []
    for doc_id in undated:
        published, reasons = found.get(doc_id) or _infer_one([])
        rows.append(
            {
                "doc_id": doc_id,
                "published": published,
                "published_precision": "month" if published is not None else "",
                "date_source": "inferred" if published is not None else "",
                "date_evidence": reasons,
            }
        )
        log.debug("inferred publication date of %s: %s (%s)", doc_id, published, reasons)
    return pd.DataFrame(rows, columns=list(INFERRED_COLUMNS)).astype(
        {"published": "datetime64[us]"} | {c: "str" for c in INFERRED_COLUMNS if c != "published"}
    )


BLOCK_DOCUMENTS = 500
"""Undated documents whose paragraphs' text is read at once (``evidence_blocks``)."""


def evidence_blocks(
    corpus: Corpus, kinds: Sequence[str], undated: pd.Series, size: int = BLOCK_DOCUMENTS
) -> Iterator[dict[str, list[tuple[str, str]]]]:
    """The ``(kind, text)`` of the paragraphs of ``kinds`` of each ``undated`` document (in
    ``(doc_id, para_id)`` order), ``size`` documents at a time (by doc_id): only one block's
    text is made into Python strings at once, not every undated document's (the dating of a
    whole corpus held them all, ~250 MB at 10,000 articles, in the build process before it
    forks the annotation's workers). Documents without such paragraphs are left out."""
    paragraphs = corpus.held_paragraphs()
    mask = (
        paragraphs["kind"].isin(list(kinds)) & paragraphs["doc_id"].isin(set(undated))
    ).to_numpy()
    keys = paragraphs.loc[mask, ["doc_id", "para_id", "kind"]].assign(row=np.flatnonzero(mask))
    keys = keys.sort_values(["doc_id", "para_id"])
    doc_ids = keys["doc_id"].to_numpy(dtype=object)
    starts = np.flatnonzero(np.r_[True, doc_ids[1:] != doc_ids[:-1]]) if len(keys) else []
    bounds = [*starts[::size], len(keys)]
    for first, last in itertools.pairwise(bounds):
        block = keys.iloc[first:last]
        texts = take_rows(paragraphs[["text"]], block["row"].to_numpy())["text"].tolist()
        by_doc: dict[str, list[tuple[str, str]]] = {}
        for doc_id, kind, text in zip(block["doc_id"], block["kind"], texts, strict=True):
            by_doc.setdefault(doc_id, []).append((kind, text))
        yield by_doc


def with_inferred_dates(corpus: Corpus) -> Corpus:
    """A new ``Corpus`` whose undated documents carry their inferred publication date
    (``published_precision="month"``, ``date_source="inferred"``, reasons in
    ``date_evidence``). Documents that already have a date are unchanged. The corpus's
    text columns are neither read nor made (``Corpus.with_documents``)."""
    inferred = infer_publication_dates(corpus)
    inferred = inferred.loc[inferred["published"].notna()]
    if inferred.empty:
        return corpus
    documents = corpus.held_documents().copy()
    by_id = inferred.set_index("doc_id")
    mask = documents["doc_id"].isin(by_id.index)
    ids = documents.loc[mask, "doc_id"]
    for column in ("published", "published_precision", "date_source", "date_evidence"):
        values = by_id.loc[ids, column].to_numpy()
        documents.loc[mask, column] = values
    return corpus.with_documents(documents)
