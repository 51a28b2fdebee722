"""Quantitative claims: numbers that indicator patterns (``analysis/data/
timeline_claims.yaml``) match in content sentences, with the date each refers to.

Table: claims (one row per number that an indicator pattern matched)
    doc_id, para_id, sent_id, indicator, value, unit, qualifier, refers_to,
    refers_precision, refers_source ("text" / "title" / "published" / "inferred"), text,
    evidence, start, end

``text`` is the matched claim and ``start``, ``end`` its offsets in the sentence
(``sentences.text``); ``evidence`` is the sentence, or for a sentence over
``text.EVIDENCE_CHARS`` (1,000) characters a window of at most
``text.EVIDENCE_WINDOW_CHARS`` (400) around the match,
cut at spaces and marked with "…" (``text.evidence_window``).

The indicators, their patterns and the number and qualifier a match gives are in
``analysis.annotators.claim_patterns``; this module finds the claims of each sentence and
the date each refers to.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analysis.annotators.claim_patterns import (
    _DIGIT,
    _DIGIT_RUN,
    _claim_patterns,
    _matches_at,
    _number,
    _number_first_patterns,
    _qualifier,
    load_indicators,
)
from analysis.annotators.date_table import _anchors, _rows, date_label, sentence_dates
from analysis.annotators.inference import with_inferred_dates
from analysis.core.text import evidence_window
from analysis.dates import DateMatch, find_dates
from analysis.ingest.corpus import Corpus

CLAIM_COLUMNS = (
    "doc_id",
    "para_id",
    "sent_id",
    "indicator",
    "value",
    "unit",
    "qualifier",
    "refers_to",
    "refers_precision",
    "refers_source",
    "text",
    "evidence",
    "start",
    "end",
)


_PRESENT = re.compile(
    r"\b(?:to\s+date|currently|now|so\s+far|at\s+present|up\s+to\s+now|today|presently)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _ClaimContext:
    """What a claim's date falls back on: the publication date and the year in the title."""

    published: pd.Timestamp | None
    label: str  # "published" / "inferred" / ""
    precision: str
    title_year: int | None


def _title_year(title: str, published: pd.Timestamp | None) -> int | None:
    """The single year a title is about ("Party's 2022 external relations ..."), if any."""
    years = {
        m.date_start.year
        for m in find_dates(title)
        if not m.relative and m.precision == "year" and m.date_start is not None
    }
    if len(years) != 1:
        return None
    year = years.pop()
    return year if published is None or year <= published.year else None


class _EarlierDates:
    """The dates of a sentence a claim can refer to, to find the last one before a
    position by bisection (a scraped page can be one sentence with thousands of dates)."""

    def __init__(self, matches: Sequence[DateMatch]) -> None:
        self.dates = [
            m
            for m in matches
            if m.date_start is not None
            and m.kind not in ("congress", "term", "anniversary")
            and m.precision != "period"
        ]
        self.ends = [m.end for m in self.dates]
        self.in_order = all(a <= b for a, b in zip(self.ends, self.ends[1:], strict=False))

    def last_before(self, position: int) -> DateMatch | None:
        """The last date (in sentence order) that ends at or before ``position``."""
        if self.in_order:
            i = bisect_right(self.ends, position)
            return self.dates[i - 1] if i else None
        before = [m for m in self.dates if m.end <= position]
        return before[-1] if before else None


class _Taken:
    """Non-overlapping spans already claimed, kept sorted for O(log n) overlap checks."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a taken span."""
        i = bisect_left(self.starts, end)
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        """Take ``[start, end)`` (which overlaps no taken span)."""
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _refers_to(
    text: str,
    position: int,
    year: str | None,
    matches: Sequence[DateMatch] | _EarlierDates,
    context: _ClaimContext,
) -> tuple[pd.Timestamp | None, str, str]:
    """The date a number refers to: a year in the pattern; else the nearest date before it
    in the sentence unless "to date"/"currently" follows that date; else, for "currently"
    and the like, the publication date; else the year the title is about; else the
    publication date. Returns (date, precision, source)."""
    if year:
        return pd.Timestamp(int(year), 1, 1), "year", "text"
    earlier = matches if isinstance(matches, _EarlierDates) else _EarlierDates(matches)
    last = earlier.last_before(position)
    present = _PRESENT.search(text, last.end if last else 0, position)
    if last and not present:
        return last.date_start, last.precision, "text"
    if context.title_year is not None and not present:
        return pd.Timestamp(context.title_year, 1, 1), "year", "title"
    if context.published is None:
        return None, "", ""
    return context.published, context.precision, context.label


def _claim_rows(
    text: str, matches: Sequence[DateMatch], context: _ClaimContext
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    if not _DIGIT.search(text):
        return rows  # every pattern has {N}, a number
    numbers = [run.start() for run in _DIGIT_RUN.finditer(text)]
    any_claim = _number_first_patterns()
    if any_claim is not None:
        numbers = [start for start in numbers if any_claim.match(text, start)]
    taken = _Taken()
    earlier = _EarlierDates(matches)
    for indicator, pattern, number_first in _claim_patterns():
        if number_first and not numbers:
            continue
        found = _matches_at(pattern, text, numbers) if number_first else pattern.finditer(text)
        for m in found:
            span = m.span("value")
            if taken.overlaps(*span):
                continue
            taken.add(*span)
            refers, precision, source = _refers_to(
                text, m.start("value"), m.groupdict().get("year"), earlier, context
            )
            base = {
                "qualifier": _qualifier(text, m.start("value")),
                "refers_to": refers,
                "refers_precision": precision,
                "refers_source": source,
                "text": m.group(0),
                "evidence": evidence_window(text, m.start(), m.end()),
                "start": m.start(),
                "end": m.end(),
            }
            value = _number(m["value"], m.groupdict().get("scale"))
            rows.append(base | {"indicator": indicator.id, "value": value, "unit": indicator.unit})
            for group, sub_id, sub_unit in indicator.also:
                extra = m.groupdict().get(group)
                if extra:
                    rows.append(
                        base
                        | {"indicator": sub_id, "value": _number(extra, None), "unit": sub_unit}
                    )
    return rows


def _claim_contexts(documents: pd.DataFrame) -> dict[str, _ClaimContext]:
    """doc_id -> what its claims' dates fall back on."""
    anchors = _anchors(documents)
    contexts = {}
    for doc_id, title, precision in documents[
        ["doc_id", "title", "published_precision"]
    ].itertuples(index=False):
        stamp, label = anchors.get(doc_id, (None, ""))
        contexts[doc_id] = _ClaimContext(stamp, label, str(precision), _title_year(title, stamp))
    return contexts


def claim_table(
    corpus: Corpus, *, infer: bool = True, sentences: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The claims of ``extract_claims`` in sentence order, not yet sorted.

    Per document: the tables of parts of a corpus, concatenated, hold the rows of the
    whole; ``sort_claims`` gives them the order of ``extract_claims``. With
    ``infer=True`` undated documents first get an inferred date; ``sentences`` (a
    ``sentence_dates`` table of the date-inferred corpus) saves the date pass.
    """
    if infer:
        corpus = with_inferred_dates(corpus)
    if sentences is None:
        sentences = sentence_dates(corpus)
    contexts = _claim_contexts(corpus.documents)
    rows = []
    for doc_id, para_id, sent_id, text, matches in _rows(
        sentences, ["doc_id", "para_id", "sent_id", "text", "matches"]
    ):
        for row in _claim_rows(text, matches, contexts[doc_id]):
            rows.append({"doc_id": doc_id, "para_id": para_id, "sent_id": sent_id} | row)
    frame = pd.DataFrame(rows, columns=list(CLAIM_COLUMNS))
    return frame.astype(
        {"para_id": "int64", "sent_id": "int64", "start": "int64", "end": "int64"}
        | {"value": "float64", "refers_to": "datetime64[us]"}
        | {
            c: "str"
            for c in (
                "doc_id",
                "indicator",
                "unit",
                "qualifier",
                "refers_precision",
                "refers_source",
                "text",
                "evidence",
            )
        }
    )


def sort_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """``claim_table`` rows (of a whole corpus or its parts concatenated in any order) in
    the order of ``extract_claims``: by indicator, then ``refers_to``. Cross-document.

    One sort on the six keys: a sort on several columns is stable (``np.lexsort``), so rows
    equal in all six keep their order, as the former sort by place first left them (one
    copy of the table fewer at the end of ``annotate``; ``test_claims`` compares the two)."""
    return claims.sort_values(
        ["indicator", "refers_to", "doc_id", "para_id", "sent_id", "start"], ignore_index=True
    )


def extract_claims(
    corpus: Corpus, *, infer: bool = True, sentences: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Quantitative claims in the content sentences (indicators as data in
    ``analysis/data/timeline_claims.yaml``).

    Rows: one per matched number (``CLAIM_COLUMNS``), sorted by indicator then
    ``refers_to``. ``refers_to`` is the year written with the number, the nearest date
    before it in the sentence, the year the title is about ("Party's 2022 external
    relations ...") or, for "currently", "to date" or no date at all, the document's
    publication date (inferred when missing); ``refers_source`` says which ("text",
    "title", "published", "inferred"). The same indicator across documents forms a
    series. The corpus is not mutated.

    Two stages: ``claim_table`` (per document) then ``sort_claims`` (cross-document).
    ``infer`` and ``sentences`` as in ``claim_table``.
    """
    return sort_claims(claim_table(corpus, infer=infer, sentences=sentences))


def claim_series(claims: pd.DataFrame, indicator: str) -> pd.DataFrame:
    """The claims of one ``indicator`` in date order, with ``year`` (Int64) added for
    plotting and quoting. Returns a new table."""
    series = claims.loc[claims["indicator"] == indicator].sort_values(["refers_to", "doc_id"])
    return series.assign(year=series["refers_to"].dt.year.astype("Int64")).reset_index(drop=True)


def format_amount(value: float, unit: str, qualifier: str = "") -> str:
    """A claimed number as a reader writes it: "about 170 activities", "700 billion USD"."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            number = f"{value / scale:,.1f}".removesuffix(".0") + f" {word}"
            break
    else:
        number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return " ".join(part for part in (qualifier, number, unit) if part)


def claims_for_reading(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims table with the columns a reader needs: indicator, ``amount`` (qualifier,
    number and unit in words), ``refers_to`` as written by people ("2012", "Jul 2023"),
    refers_source, doc_id and evidence. Returns a new table in the same order."""
    amounts = [
        format_amount(v, u, q)
        for v, u, q in claims[["value", "unit", "qualifier"]].itertuples(index=False)
    ]
    when = [
        date_label(t, t, p) if p else "unknown"
        for t, p in claims[["refers_to", "refers_precision"]].itertuples(index=False)
    ]
    out = pd.DataFrame(
        {
            "indicator": claims["indicator"].to_numpy(),
            "amount": pd.array(amounts, dtype="str"),
            "refers_to": pd.array(when, dtype="str"),
            "refers_source": claims["refers_source"].to_numpy(),
            "doc_id": claims["doc_id"].to_numpy(),
            "evidence": claims["evidence"].to_numpy(),
        }
    )
    return out.astype("str")


def claim_indicators(claims: pd.DataFrame) -> pd.DataFrame:
    """Tracked indicators with their number of claims and documents.

    Rows: one per indicator; columns indicator, description, unit, n, n_docs.
    """
    described = pd.DataFrame(
        [(i.id, i.description, i.unit) for i in load_indicators()],
        columns=["indicator", "description", "unit"],
    )
    counts = claims.groupby("indicator").agg(n=("value", "size"), n_docs=("doc_id", "nunique"))
    out = described.merge(counts.reset_index(), on="indicator", how="inner")
    return out.sort_values(
        ["n_docs", "n", "indicator"], ascending=[False, False, True], ignore_index=True
    )
