"""Rule handlers for ordinal Party Congresses (their dates from
``analysis/data/timeline_congresses.csv``, "the term of the 13th ..." from
``analysis/data/periods.csv``, parties from ``timeline_parties.csv``) and anniversaries."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from analysis.core.data_files import load_data_file
from analysis.dates.lexicon import alternation
from analysis.dates.model import _in_range, _Reading, _year_span

_alternation = alternation


def _read_data_csv(name: str) -> list[dict[str, str]]:
    """Rows of ``analysis/data/<name>`` as dicts (the package's own data files)."""
    return load_data_file(name).to_dict("records")


@dataclass(frozen=True)
class _Span:
    date_start: pd.Timestamp
    date_end: pd.Timestamp
    precision: str
    note: str


def _load_congresses() -> dict[tuple[str, int], _Span]:
    return {
        (row["party"], int(row["ordinal"])): _Span(
            pd.Timestamp(row["date_start"]),
            pd.Timestamp(row["date_end"]),
            row["precision"],
            row["note"],
        )
        for row in _read_data_csv("timeline_congresses.csv")
    }


def _load_terms() -> dict[tuple[str, int], _Span]:
    return {
        (row["party"], int(row["congress"])): _Span(
            pd.Timestamp(row["start"]), pd.Timestamp(row["end"]), "period", row["label"]
        )
        for row in _read_data_csv("periods.csv")
    }


def _load_party_aliases() -> dict[str, str]:
    return {row["alias"].lower(): row["party"] for row in _read_data_csv("timeline_parties.csv")}


CONGRESSES = _load_congresses()
TERMS = _load_terms()
PARTY_ALIASES = _load_party_aliases()
_PARTY_ALT = _alternation(PARTY_ALIASES)


_UNKNOWN_PARTY_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?[A-Z]")


def _h_congress(m: re.Match[str], text: str, _anchor: pd.Timestamp | None) -> _Reading | None:
    ordinal = int(m["n"])
    if m["party"]:
        party = PARTY_ALIASES.get(re.sub(r"\s+", " ", m["party"].casefold()).replace("’", "'"))
    elif _UNKNOWN_PARTY_AFTER.match(text[m.end() :]):
        return None  # the congress of a party we have no dates for
    elif m["body"] and re.search(r"party|national", m["body"], re.IGNORECASE):
        party = "CPV"
    else:
        return None
    if party is None:
        return None
    before = text[max(0, m.start() - 40) : m.start()]
    if (
        re.search(r"\bterm\s+of\s*(?:the\s*)?$", before, re.IGNORECASE)
        and (party, ordinal) in TERMS
    ):
        span = TERMS[(party, ordinal)]
        return _Reading(span.date_start, span.date_end, "period", kind="term", note=span.note)
    span = CONGRESSES.get((party, ordinal))
    if span is None:
        return _Reading(None, None, "year", ("unknown_congress",), kind="congress")
    return _Reading(span.date_start, span.date_end, span.precision, kind="congress", note=span.note)


def _h_anniversary(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> _Reading | None:
    """Resolved later (``_resolve_anniversaries``) from a year in the text or the anchor."""
    number = int(m["n"])
    if number == 0:
        return None
    if anchor is None or not _in_range(anchor.year):
        return _Reading(
            None,
            None,
            "year",
            ("unresolved_relative",),
            relative=True,
            kind="anniversary",
            ordinal=number,
        )
    return _Reading(
        *_year_span(anchor.year),
        "year",
        relative=True,
        kind="anniversary",
        note=f"founded {anchor.year - number}",
        ordinal=number,
    )
