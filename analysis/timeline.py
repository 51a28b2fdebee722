"""Chronological analysis: dated expressions, inferred publication dates, events, claims,
Party Congress terms.

Every public function takes a ``Corpus`` (or a table) and returns a new DataFrame; nothing
is mutated. Events and claims are read from content sentences only (paragraph kinds in
``schema.CONTENT_KINDS``); captions and related-article lists are used only as extra
evidence when inferring the publication date of undated documents.

Tables (row unit and columns):

dates (one row per date expression in a content sentence)
    doc_id, para_id, sent_id, start, end (offsets into ``sentences.text``), text,
    date_start, date_end, precision, relative (bool), anchor ("published" / "inferred" /
    "" — the date that resolved a relative expression), flags (";"-joined), kind, note
inferred_dates (one row per document without a publication date)
    doc_id, published, published_precision ("month"), date_source ("inferred"),
    date_evidence (the reasons, "; "-joined)
event_sources (one row per event x source clause)
    event_id, type, date_start, date_end, precision, date_text, actors, countries,
    doc_id, para_id, sent_id, evidence, flags
events (one row per merged event)
    event_id, type, date_start, date_end, precision, actors, countries ("; "-joined),
    n_sources (documents), sources (doc_ids "; "-joined), evidence (the first source's
    sentence), doc_id, para_id, sent_id (the first source), date_text, flags, period
claims (one row per number that an indicator pattern matched)
    doc_id, para_id, sent_id, indicator, value, unit, qualifier, refers_to,
    refers_precision, refers_source ("text" / "published" / "inferred"), text, evidence,
    start, end
periods (one row per Party Congress term)
    period, congress, party, start, end, label, note
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import pandas as pd
import yaml

from analysis import schema
from analysis.corpus import Corpus
from analysis.dates import DateMatch, find_dates
from analysis.entities import Gazetteer, find_mentions, load_gazetteer
from analysis.errors import AnalysisError, ParameterError

log = logging.getLogger(__name__)

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
INFERRED_COLUMNS = (
    "doc_id",
    "published",
    "published_precision",
    "date_source",
    "date_evidence",
)
EVENT_SOURCE_COLUMNS = (
    "event_id",
    "type",
    "date_start",
    "date_end",
    "precision",
    "date_text",
    "actors",
    "countries",
    "doc_id",
    "para_id",
    "sent_id",
    "evidence",
    "flags",
)
EVENT_COLUMNS = (
    "event_id",
    "type",
    "date_start",
    "date_end",
    "precision",
    "actors",
    "countries",
    "n_sources",
    "sources",
    "evidence",
    "doc_id",
    "para_id",
    "sent_id",
    "date_text",
    "flags",
    "period",
)
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
PERIOD_COLUMNS = ("period", "congress", "party", "start", "end", "label", "note")
GRANULARITIES = {"month": "M", "quarter": "Q", "year": "Y"}

#: Precision from finest to coarsest (used to pick the best date of a merged event).
PRECISION_RANK = {"day": 0, "month": 1, "season": 2, "year": 3, "period": 4}
#: How far (characters) a trigger word may be from the date it types.
MAX_TRIGGER_DISTANCE = 160
#: Days after a congress that "immediately after the ... Congress" covers.
AFTER_WINDOW_DAYS = 30
HOME_COUNTRY = "Vietnam"

# ---------------------------------------------------------------------------
# Data files
# ---------------------------------------------------------------------------


def _data_text(name: str) -> str:
    return resources.files("analysis").joinpath("data", name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class EventType:
    """One event type: its id, label, trigger pattern and whether it is a co-event."""

    id: str
    label: str
    pattern: re.Pattern[str]
    co_event: bool


class TimelineDataError(AnalysisError):
    """A timeline data file in ``analysis/data`` cannot be read."""


def _read_yaml(name: str, build: Callable[[Any], Any]) -> Any:
    """``build`` applied to the YAML file ``analysis/data/<name>``; any problem in the file
    raises ``TimelineDataError`` naming it."""
    try:
        return build(yaml.safe_load(_data_text(name)))
    except (yaml.YAMLError, KeyError, TypeError, AttributeError, ValueError, re.error) as exc:
        raise TimelineDataError(
            f"analysis/data/{name} cannot be used ({type(exc).__name__}: {exc}); fix the "
            "entry it names (see the comments at the top of the file) or restore it with git"
        ) from exc


@cache
def load_event_types() -> tuple[EventType, ...]:
    """Event types and triggers from ``analysis/data/event_types.yaml``, in file order."""
    return _read_yaml("event_types.yaml", _build_event_types)


def _build_event_types(data: Any) -> tuple[EventType, ...]:
    return tuple(
        EventType(
            id=type_id,
            label=str(spec.get("label", type_id)),
            pattern=re.compile(
                r"(?<!\w)(?:" + "|".join(spec["triggers"]) + r")(?!\w)", re.IGNORECASE
            ),
            co_event=bool(spec.get("co_event", False)),
        )
        for type_id, spec in data["types"].items()
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


_QUALIFIERS = (
    r"about|nearly|almost|around|approximately|some|over|more\s+than|less\s+than|fewer\s+than"
    r"|at\s+least|up\s+to|exceeded|exceeding|reached"
)
_CLAIM_PLACEHOLDERS = {
    "{Q}": rf"(?:(?:{_QUALIFIERS})\s+)?",
    "{N}": r"(?<![\d.,])(?P<value>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)",
    "{S}": r"(?:\s*(?P<scale>thousand|million|billion|trillion))?",
}
#: The qualifier written just before a number ("more than 80"), read after the match.
_QUALIFIER_BEFORE = re.compile(rf"\b(?P<qualifier>{_QUALIFIERS})\s+$", re.IGNORECASE)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


@dataclass(frozen=True)
class Indicator:
    """One tracked quantity: its id, unit, patterns and secondary numbers."""

    id: str
    description: str
    unit: str
    patterns: tuple[re.Pattern[str], ...]
    also: tuple[tuple[str, str, str], ...]  # (group, indicator, unit)


def _expand(pattern: str) -> str:
    """The regex of a claim pattern: placeholders replaced; a leading {Q} is dropped so the
    search anchors on the number (the qualifier is read from the text before it)."""
    pattern = pattern.removeprefix("{Q}")
    for key, value in _CLAIM_PLACEHOLDERS.items():
        pattern = pattern.replace(key, value)
    return pattern


@cache
def load_indicators() -> tuple[Indicator, ...]:
    """Claim indicators from ``analysis/data/timeline_claims.yaml``, in file order."""
    return _read_yaml("timeline_claims.yaml", _build_indicators)


def _build_indicators(data: Any) -> tuple[Indicator, ...]:
    return tuple(
        Indicator(
            id=ind_id,
            description=str(spec.get("description", "")),
            unit=str(spec["unit"]),
            patterns=tuple(re.compile(_expand(p), re.IGNORECASE) for p in spec["patterns"]),
            also=tuple(
                (group, str(sub["indicator"]), str(sub["unit"]))
                for group, sub in (spec.get("also") or {}).items()
            ),
        )
        for ind_id, spec in data["indicators"].items()
    )


def load_periods() -> pd.DataFrame:
    """Party Congress terms from ``analysis/data/periods.csv``.

    Rows: one per term; columns ``PERIOD_COLUMNS`` (start/end as datetimes).
    """
    from io import StringIO

    table = pd.read_csv(StringIO(_data_text("periods.csv")), dtype="str", keep_default_na=False)
    return table.assign(
        congress=table["congress"].astype("int64"),
        start=pd.to_datetime(table["start"]),
        end=pd.to_datetime(table["end"]),
    )[list(PERIOD_COLUMNS)]


@cache
def _gazetteer() -> Gazetteer:
    return load_gazetteer()


# ---------------------------------------------------------------------------
# Helpers on the core tables
# ---------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


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


def _sentence_dates_for(
    corpus: Corpus, sentences: pd.DataFrame | None, kinds: Sequence[str] = schema.CONTENT_KINDS
) -> pd.DataFrame:
    """``sentences`` when given (a shared ``sentence_dates`` table), else computed."""
    return sentence_dates(corpus, kinds=kinds) if sentences is None else sentences


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


# ---------------------------------------------------------------------------
# Inferred publication dates
# ---------------------------------------------------------------------------


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


def _ordinal_bounds(text: str) -> list[_Bound]:
    """ "The Russia-Ukraine conflict has entered its 16th month" -> the window's start."""
    bounds = []
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
    for kind, text in paragraphs:
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
        for year in (provisional.year, provisional.year + 1):
            found = [
                m
                for m in find_dates(text, anchor=pd.Timestamp(year, 12, 31))
                if m.text == matched and m.date_start is not None
            ]
            if not found:
                continue
            start = found[0].date_start
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
    undated = corpus.documents.loc[corpus.documents["published"].isna(), "doc_id"]
    paras = corpus.paragraphs.loc[
        corpus.paragraphs["kind"].isin(config["kinds"])
        & corpus.paragraphs["doc_id"].isin(set(undated))
    ]
    by_doc: dict[str, list[tuple[str, str]]] = {}
    for doc_id, kind, text in paras.sort_values(["doc_id", "para_id"])[
        ["doc_id", "kind", "text"]
    ].itertuples(index=False):
        by_doc.setdefault(doc_id, []).append((kind, text))
    rows = []
    for doc_id in undated:
        published, reasons = _infer_one(by_doc.get(doc_id, []))
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


def with_inferred_dates(corpus: Corpus) -> Corpus:
    """A new ``Corpus`` whose undated documents carry their inferred publication date
    (``published_precision="month"``, ``date_source="inferred"``, reasons in
    ``date_evidence``). Documents that already have a date are unchanged."""
    inferred = infer_publication_dates(corpus)
    inferred = inferred.loc[inferred["published"].notna()]
    if inferred.empty:
        return corpus
    documents = corpus.documents.copy()
    by_id = inferred.set_index("doc_id")
    mask = documents["doc_id"].isin(by_id.index)
    ids = documents.loc[mask, "doc_id"]
    for column in ("published", "published_precision", "date_source", "date_evidence"):
        values = by_id.loc[ids, column].to_numpy()
        documents.loc[mask, column] = values
    return replace(corpus, documents=documents)


# ---------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------

_CLAUSE_SEP = re.compile(
    r";|,\s+and\s+(?:the|a|an|his|her|their|its)\s+|,\s+while\s+|,\s+whereas\s+|,\s+but\s+"
)
_AFTER = re.compile(r"(?:immediately|right|shortly|soon|just)?\s*(?:after|following)\s*$", re.I)
_SPEAKER_AFTER = re.compile(
    r"^\s*,?\s*(?:said|says|noted|notes|stated|states|added|adds|continued|elaborated|remarked"
    r"|highlighted|emphasi[sz]ed|stressed|affirmed|told|went\s+on)\b",
    re.IGNORECASE,
)
_SPEAKER_BEFORE = re.compile(r"\b(?:said|according\s+to|noted|told)\s*$", re.IGNORECASE)
_EVENT_DATE_KINDS = ("date", "range", "season", "relative", "anniversary")


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    canonical: str
    kind: str
    country: str


@dataclass(frozen=True)
class EventCandidate:
    """One dated event as one clause reports it, before reports are merged."""

    type: str
    date_start: pd.Timestamp
    date_end: pd.Timestamp
    precision: str
    date_text: str
    actors: tuple[str, ...]
    persons: tuple[str, ...]
    countries: tuple[str, ...]
    flags: tuple[str, ...]
    key: str = ""  # what must be equal for two reports to merge (the congress, the anniversary)


@lru_cache(maxsize=2**18)  # room for every sentence of ~5,000 articles across passes
def _find_mentions(text: str) -> tuple[tuple[int, int, str, str, str, str], ...]:
    """``entities.find_mentions`` with the packaged gazetteer, cached per text."""
    return tuple(find_mentions(text, _gazetteer()))


def _sentence_mentions(text: str, matches: Sequence[DateMatch]) -> list[_Mention]:
    """Gazetteer mentions in a sentence, without the people quoted as the speaker
    ("..., Trung said") and without names inside date expressions ("the 20th National
    Congress of the Communist Party of China")."""
    out = []
    for start, end, _match, canonical, kind, country in _find_mentions(text):
        if any(start >= m.start and end <= m.end for m in matches):
            continue
        if kind == "person" and (
            _SPEAKER_AFTER.match(text[end : end + 40])
            or _SPEAKER_BEFORE.search(text[max(0, start - 20) : start])
        ):
            continue
        out.append(_Mention(start, end, canonical, kind, country))
    return out


def _actors(
    mentions: Iterable[_Mention],
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(actors, persons, countries) of ``mentions``, in order of appearance."""
    mentions = list(mentions)
    actors = tuple(dict.fromkeys(m.canonical for m in mentions if m.kind in ("person", "party")))
    persons = tuple(dict.fromkeys(m.canonical for m in mentions if m.kind == "person"))
    countries = tuple(dict.fromkeys(m.country for m in mentions if m.country))
    return actors, persons, countries


def _clause(text: str, match: DateMatch, left: int, right: int) -> tuple[int, int]:
    """The clause around ``match`` within ``[left, right)``: cut at the last clause
    separator before it and the first one after it."""
    start = left
    for sep in _CLAUSE_SEP.finditer(text, left, match.start):
        start = sep.end()
    sep = _CLAUSE_SEP.search(text, match.end, right)
    return start, sep.start() if sep else right


def _triggers(
    text: str, span: tuple[int, int], region: tuple[int, int], skip: Sequence[tuple[int, int]]
) -> list[tuple[int, int, EventType]]:
    """(distance, type order, type) of every trigger in ``region`` near ``span``, nearest
    first; triggers inside date expressions are ignored."""
    found = []
    for order, event_type in enumerate(load_event_types()):
        for trig in event_type.pattern.finditer(text, region[0], region[1]):
            if any(trig.start() < e and trig.end() > s for s, e in skip):
                continue
            distance = max(span[0] - trig.end(), trig.start() - span[1], 0)
            if distance <= MAX_TRIGGER_DISTANCE:
                found.append((distance, order, event_type))
    return sorted(found, key=lambda f: (f[0], f[1]))


def _event_types_for(
    text: str, match: DateMatch, region: tuple[int, int], skip: Sequence[tuple[int, int]]
) -> list[EventType]:
    """The nearest ordinary trigger's type, plus co-event types (upgrade, agreement) whose
    trigger is in the region; co-events alone when there is no ordinary trigger."""
    if match.kind == "anniversary":
        return [t for t in load_event_types() if t.id == "anniversary"]
    found = _triggers(text, (match.start, match.end), region, skip)
    ordinary = [t for _d, _o, t in found if not t.co_event]
    co_events = list(dict.fromkeys(t for _d, _o, t in found if t.co_event))
    return [*ordinary[:1], *co_events]


def _event_date(
    match: DateMatch, is_hint: bool
) -> tuple[pd.Timestamp, pd.Timestamp, str, str, tuple[str, ...]] | None:
    """Date of the event a match stands for; "after the ... Congress" (a hint) gives the
    month after the congress."""
    if match.date_start is None or match.date_end is None:
        return None
    if is_hint:
        start = match.date_end + pd.Timedelta(days=1)
        end = match.date_end + pd.Timedelta(days=AFTER_WINDOW_DAYS)
        return start, end, "month", f"after {match.text}", ("after_reference",)
    if match.kind in _EVENT_DATE_KINDS or match.kind == "period":
        return match.date_start, match.date_end, match.precision, match.text, match.flags
    return None


def _congress_candidate(match: DateMatch) -> EventCandidate | None:
    if match.kind != "congress" or match.date_start is None or match.date_end is None:
        return None
    party = re.sub(r"^\d+\w*\s+National\s+Congress\s+of\s+the\s+", "", match.note)
    countries = tuple(dict.fromkeys(c for *_rest, c in _find_mentions(party) if c))
    return EventCandidate(
        "congress",
        match.date_start,
        match.date_end,
        match.precision,
        match.text,
        (match.note,),
        (),
        countries,
        ("congress_reference",),
        key=match.note,
    )


def _region(matches: Sequence[DateMatch], index: int, clause: tuple[int, int]) -> tuple[int, int]:
    """The part of the clause nearer to match ``index`` than to any other date in the
    same clause."""
    match = matches[index]
    lo, hi = clause
    if index > 0 and matches[index - 1].end >= lo:
        lo = max(lo, (matches[index - 1].end + match.start) // 2)
    if index + 1 < len(matches) and matches[index + 1].start <= hi:
        hi = min(hi, (match.end + matches[index + 1].start) // 2)
    return lo, hi


def event_candidates(text: str, matches: Sequence[DateMatch]) -> list[EventCandidate]:
    """Events in one sentence, before merging.

    For each date, the types come from the trigger words (``event_types.yaml``) in its
    clause that are nearer to it than to any other date: the nearest ordinary trigger
    plus any co-event trigger (upgrade, agreement). Actors and countries come from the
    clause, or from the whole sentence when the clause names no foreign country. Ordinal
    congresses are congress events themselves; "after the 20th ... Congress" also dates
    its clause's event to the month after it when the clause has no date of its own.
    Period-long dates ("for the term 2023-2025") only make appointments.
    """
    out: list[EventCandidate] = []
    spans = [(m.start, m.end) for m in matches]
    mentions: list[_Mention] | None = None  # looked up only when a date has a trigger
    for index, match in enumerate(matches):
        congress = _congress_candidate(match)
        if congress is not None:
            out.append(congress)
        is_hint = match.kind == "congress" and bool(
            _AFTER.search(text[max(0, match.start - 30) : match.start])
        )
        if is_hint and index > 0 and matches[index - 1].kind in _EVENT_DATE_KINDS:
            continue  # the clause already has its own explicit date
        dated = _event_date(match, is_hint)
        if dated is None:
            continue
        left = matches[index - 1].end if index > 0 else 0
        right = matches[index + 1].start if index + 1 < len(matches) else len(text)
        clause = _clause(text, match, left, right)
        region = _region(matches, index, clause)
        types = _event_types_for(text, match, region, spans)
        if match.precision == "period" and not is_hint:
            types = [t for t in types if t.id == "appointment"]
        if not types:
            continue
        if mentions is None:
            mentions = _sentence_mentions(text, matches)
        sentence_actors = _actors(mentions)
        actors, persons, countries = _actors(
            m for m in mentions if m.start >= clause[0] and m.end <= clause[1]
        )
        if not set(countries) - {HOME_COUNTRY}:
            actors = actors or sentence_actors[0]
            persons = persons or sentence_actors[1]
            countries = tuple(dict.fromkeys([*countries, *sentence_actors[2]]))
        if not countries and not actors:
            continue  # "The visit ... in 2022": nothing to place it
        start, end, precision, date_text, flags = dated
        key = match.note if match.kind == "anniversary" else ""
        out.extend(
            EventCandidate(
                t.id, start, end, precision, date_text, actors, persons, countries, flags, key
            )
            for t in types
        )
    return out


#: Columns of ``event_candidate_table``.
CANDIDATE_COLUMNS = (*(c for c in EVENT_SOURCE_COLUMNS if c != "event_id"), "persons", "key")


def event_candidate_table(
    corpus: Corpus, *, infer: bool = True, sentences: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per event candidate in the content sentences, before merging.

    Per document: a document's rows depend only on its own sentences and date, so the
    tables of parts of a corpus, concatenated in doc_id order, equal the table of the
    whole; ``merge_event_candidates`` then does the cross-document step. Rows in
    (doc_id, para_id, sent_id) order; columns ``CANDIDATE_COLUMNS``. With ``infer=True``
    undated documents first get an inferred date; ``sentences`` (a ``sentence_dates``
    table of the date-inferred corpus) saves the date pass.
    """
    if sentences is None:
        if infer:
            corpus = with_inferred_dates(corpus)
        sentences = sentence_dates(corpus)
    rows = []
    for doc_id, para_id, sent_id, text, matches in _rows(
        sentences, ["doc_id", "para_id", "sent_id", "text", "matches"]
    ):
        if not matches:
            continue
        for cand in event_candidates(text, matches):
            rows.append(
                {
                    "type": cand.type,
                    "date_start": cand.date_start,
                    "date_end": cand.date_end,
                    "precision": cand.precision,
                    "date_text": cand.date_text,
                    "actors": _join(cand.actors),
                    "persons": _join(cand.persons),
                    "countries": _join(cand.countries),
                    "doc_id": doc_id,
                    "para_id": para_id,
                    "sent_id": sent_id,
                    "evidence": text,
                    "flags": ";".join(cand.flags),
                    "key": cand.key,
                }
            )
    columns = list(CANDIDATE_COLUMNS)
    frame = pd.DataFrame(rows, columns=columns)
    return frame.astype(
        {"date_start": "datetime64[us]", "date_end": "datetime64[us]"}
        | {"para_id": "int64", "sent_id": "int64"}
        | {c: "str" for c in columns if c not in ("date_start", "date_end", "para_id", "sent_id")}
    )


def _split(value: str) -> set[str]:
    return {v for v in value.split("; ") if v}


@dataclass(frozen=True, slots=True)
class _Report:
    """What ``_same_event`` compares of one candidate row (dates as integers)."""

    type: str
    date_start: int
    date_end: int
    key: str
    countries: frozenset[str]
    persons: frozenset[str]
    foreign: frozenset[str]  # countries other than HOME_COUNTRY


def _reports(candidates: pd.DataFrame) -> list[_Report]:
    columns = ("type", "key", "countries", "persons")
    starts = candidates["date_start"].to_numpy().astype("int64").tolist()
    ends = candidates["date_end"].to_numpy().astype("int64").tolist()
    out = []
    for (type_, key, countries, persons), start, end in zip(
        candidates[list(columns)].itertuples(index=False), starts, ends, strict=True
    ):
        countries_set = frozenset(_split(countries))
        out.append(
            _Report(
                type_,
                start,
                end,
                key,
                countries_set,
                frozenset(_split(persons)),
                countries_set - {HOME_COUNTRY},
            )
        )
    return out


def _same_event(a: _Report, b: _Report) -> bool:
    """Two candidates of one type whose dates overlap and whose people or foreign
    countries agree (congresses and anniversaries: the same one)."""
    if a.type != b.type or a.date_start > b.date_end or b.date_start > a.date_end:
        return False
    if a.key or b.key:
        return a.key == b.key and (a.type == "congress" or bool(a.countries & b.countries))
    persons_a, persons_b = a.persons, b.persons
    foreign_a, foreign_b = a.foreign, b.foreign
    if persons_a and persons_b and not persons_a & persons_b:
        return False
    if foreign_a and foreign_b and not foreign_a & foreign_b:
        return False
    if not (persons_a or persons_b or foreign_a or foreign_b):  # only Vietnam itself
        return (a.date_start, a.date_end) == (b.date_start, b.date_end)
    return bool(persons_a & persons_b or foreign_a & foreign_b)


def _group_candidates(candidates: pd.DataFrame) -> list[int]:
    """Group label per candidate row: union-find, with reports of the same congress joined
    at once and the rest compared in a sweep over start dates (only overlapping dates)."""
    parent = list(range(len(candidates)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    records = _reports(candidates)
    congress = candidates["type"] == "congress"
    for _key, members in candidates.loc[congress].groupby("key", sort=True).groups.items():
        root = find(int(members[0]))
        for member in members[1:]:
            parent[find(int(member))] = root
    rest = candidates.loc[~congress].sort_values(["type", "date_start", "date_end"], kind="stable")
    order = [int(i) for i in rest.index]
    for pos, i in enumerate(order):
        row = records[i]
        for j in order[pos + 1 :]:
            other = records[j]
            if other.type != row.type or other.date_start > row.date_end:
                break
            if find(i) != find(j) and _same_event(row, other):
                parent[find(j)] = find(i)
    return [find(i) for i in range(len(candidates))]


def link_event_candidates(candidates: pd.DataFrame) -> pd.DataFrame:
    """The ``event_sources`` table of an ``event_candidate_table``: reports of the same
    event (across documents) get one ``event_id``.

    Cross-document; reads only ``candidates`` (the concatenated tables of the parts of a
    corpus, in any order of parts).
    """
    candidates = candidates.sort_values(
        ["doc_id", "para_id", "sent_id"], kind="stable", ignore_index=True
    )
    if candidates.empty:
        return candidates.reindex(columns=list(EVENT_SOURCE_COLUMNS)).astype({"event_id": "str"})
    candidates = candidates.assign(group=_group_candidates(candidates))
    firsts = (
        candidates.sort_values(["date_start", "type", "doc_id", "para_id", "sent_id"])
        .drop_duplicates("group")["group"]
        .tolist()
    )
    ids = {group: f"ev{n:04d}" for n, group in enumerate(firsts, start=1)}
    out = candidates.assign(event_id=candidates["group"].map(ids).astype("str"))
    out = out.sort_values(["event_id", "doc_id", "para_id", "sent_id"], ignore_index=True)
    return out[[*EVENT_SOURCE_COLUMNS, "persons"]]


def event_sources(
    corpus: Corpus, *, infer: bool = True, sentences: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per event x source clause (``EVENT_SOURCE_COLUMNS``), with the merged
    ``event_id`` shared by every report of the same event. ``infer`` and ``sentences``
    as in ``event_candidate_table``."""
    return link_event_candidates(event_candidate_table(corpus, infer=infer, sentences=sentences))


def _merge_reports(reports: list[dict[str, Any]]) -> dict[str, object]:
    """One event from its source rows (in ``event_sources`` order): the most precise,
    then narrowest date (first source on ties) and the first source's sentence."""
    best = min(
        reports,
        key=lambda r: (
            PRECISION_RANK[r["precision"]],
            r["date_end"] - r["date_start"],
            r["doc_id"],
            r["para_id"],
            r["sent_id"],
        ),
    )
    first = min(reports, key=lambda r: (r["doc_id"], r["para_id"], r["sent_id"]))
    doc_ids = {r["doc_id"] for r in reports}
    return {
        "event_id": best["event_id"],
        "type": best["type"],
        "date_start": best["date_start"],
        "date_end": best["date_end"],
        "precision": best["precision"],
        "actors": _join(a for r in reports for a in r["actors"].split("; ")),
        "countries": _join(c for r in reports for c in r["countries"].split("; ")),
        "n_sources": len(doc_ids),
        "sources": _join(sorted(doc_ids)),
        "evidence": first["evidence"],
        "doc_id": first["doc_id"],
        "para_id": int(first["para_id"]),
        "sent_id": int(first["sent_id"]),
        "date_text": best["date_text"],
        "flags": best["flags"],
    }


def events_from_sources(sources: pd.DataFrame) -> pd.DataFrame:
    """The events table (``EVENT_COLUMNS``) of an ``event_sources`` table: one row per
    ``event_id``, sorted by date then type. Cross-document; reads only ``sources``."""
    if sources.empty:
        return pd.DataFrame(columns=list(EVENT_COLUMNS))
    reports: dict[str, list[dict[str, Any]]] = {}
    for row in sources.to_dict("records"):
        reports.setdefault(row["event_id"], []).append(row)
    merged = pd.DataFrame(
        [_merge_reports(reports[event_id]) for event_id in sorted(reports)],
        columns=[c for c in EVENT_COLUMNS if c != "period"],
    )
    merged = merged.sort_values(["date_start", "type", "event_id"], ignore_index=True)
    merged = assign_period(merged, date_column="date_start")
    return merged.astype({"n_sources": "int64", "para_id": "int64", "sent_id": "int64"})[
        list(EVENT_COLUMNS)
    ]


def merge_event_candidates(candidates: pd.DataFrame) -> pd.DataFrame:
    """The events table of an ``event_candidate_table`` (the cross-document stage of
    ``extract_events``): ``events_from_sources(link_event_candidates(candidates))``."""
    return events_from_sources(link_event_candidates(candidates))


def extract_events(
    corpus: Corpus, *, infer: bool = True, sentences: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Dated diplomatic events in the content sentences, merged across documents.

    Rows: one per event (``EVENT_COLUMNS``), sorted by date then type. A sentence clause
    with a date and a trigger word (``analysis/data/event_types.yaml``) is an event;
    reports of the same event (same type, overlapping dates, same people or foreign
    countries) are merged, keeping the most precise date and every source document.
    ``period`` is the Party Congress term of ``date_start``. The corpus is not mutated.

    Two stages: ``event_candidate_table`` (per document) then ``merge_event_candidates``
    (cross-document). ``infer`` and ``sentences`` as in ``event_candidate_table``.
    """
    return merge_event_candidates(event_candidate_table(corpus, infer=infer, sentences=sentences))


def document_events(
    corpus: Corpus, doc_id: str, *, sources: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The dated events one document reports (for the per-document profile).

    Rows: one per event x sentence of ``doc_id``; columns date_start, date_end, type,
    countries, actors, date_text, n_sources (documents reporting the event), evidence.
    ``sources`` (the ``event_sources`` table) saves recomputing it for each document.
    Raises ``ParameterError`` for an unknown ``doc_id``.
    """
    known = corpus.documents["doc_id"].tolist()
    if doc_id not in known:
        raise ParameterError("doc_id", doc_id, f"must be one of {known[:12]}")
    if sources is None:
        sources = event_sources(corpus)
    counts = sources.groupby("event_id")["doc_id"].nunique().rename("n_sources")
    mine = sources.loc[sources["doc_id"] == doc_id].merge(counts.reset_index(), on="event_id")
    columns = ["date_start", "date_end", "type", "countries", "actors", "date_text"]
    return mine.sort_values(["date_start", "type", "para_id", "sent_id"], ignore_index=True)[
        [*columns, "n_sources", "evidence"]
    ]


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


def events_for_reading(events: pd.DataFrame) -> pd.DataFrame:
    """The events table with the columns a reader needs: ``when`` (the dated span as
    written by people, e.g. "30 Oct - 1 Nov 2022"), type, countries, actors, n_sources,
    sources and evidence. Returns a new table in the same order."""
    when = [
        date_label(start, end, precision)
        for start, end, precision in events[["date_start", "date_end", "precision"]].itertuples(
            index=False
        )
    ]
    columns = ["type", "countries", "actors", "n_sources", "sources", "evidence"]
    return (
        events[columns]
        .assign(when=pd.Series(when, index=events.index, dtype="str"))[["when", *columns]]
        .reset_index(drop=True)
    )


def filter_events(
    events: pd.DataFrame,
    *,
    date_from: str | pd.Timestamp | None = None,
    date_to: str | pd.Timestamp | None = None,
    event_types: Sequence[str] = (),
) -> pd.DataFrame:
    """Events overlapping ``[date_from, date_to]`` and of one of ``event_types`` (empty:
    all). Returns a new table with the same columns."""
    if isinstance(event_types, str):
        event_types = [event_types] if event_types else []
    known = {t.id for t in load_event_types()}
    unknown = sorted(set(event_types) - known)
    if unknown:
        raise ParameterError("event_types", list(event_types), f"must be among {sorted(known)}")
    keep = pd.Series(True, index=events.index)
    if event_types:
        keep &= events["type"].isin(list(event_types))
    if date_from:
        keep &= events["date_end"] >= pd.Timestamp(date_from)
    if date_to:
        keep &= events["date_start"] <= pd.Timestamp(date_to)
    return events.loc[keep].reset_index(drop=True)


def count_events(events: pd.DataFrame, *, granularity: str = "year") -> pd.DataFrame:
    """Events per time bucket and type.

    Rows: one per bucket x type with at least one event; columns ``bucket`` (str, e.g.
    "2023", "2023Q4", "2023-12"), ``bucket_start`` (datetime), ``type``, ``n``.
    Events are placed by ``date_start``.
    """
    if granularity not in GRANULARITIES:
        raise ParameterError("granularity", granularity, f"must be one of {list(GRANULARITIES)}")
    if events.empty:
        return pd.DataFrame(
            {
                "bucket": pd.Series(dtype="str"),
                "bucket_start": pd.Series(dtype="datetime64[us]"),
                "type": pd.Series(dtype="str"),
                "n": pd.Series(dtype="int64"),
            }
        )
    buckets = events["date_start"].dt.to_period(GRANULARITIES[granularity])
    table = (
        events.assign(bucket=buckets.astype("str"), bucket_start=buckets.dt.start_time)
        .groupby(["bucket", "bucket_start", "type"], as_index=False)
        .size()
        .rename(columns={"size": "n"})
    )
    return table.sort_values(["bucket_start", "type"], ignore_index=True)


# ---------------------------------------------------------------------------
# Periods
# ---------------------------------------------------------------------------


def assign_period(
    table: pd.DataFrame, *, date_column: str, periods: pd.DataFrame | None = None
) -> pd.DataFrame:
    """``table`` with a ``period`` column: the Party Congress term (``periods.period``,
    e.g. "13th") containing ``date_column``, or "" when the date is missing or outside
    every term. Returns a new table."""
    periods = load_periods() if periods is None else periods
    dates = pd.to_datetime(table[date_column])
    labels = pd.Series("", index=table.index, dtype="str")
    for period, start, end in periods[["period", "start", "end"]].itertuples(index=False):
        labels = labels.mask(dates.between(start, end) & (labels == ""), period)
    return table.assign(period=labels)


def events_per_period(events: pd.DataFrame, periods: pd.DataFrame | None = None) -> pd.DataFrame:
    """Events per Party Congress term and type, including zero counts.

    Rows: one per term x type; columns period, label, type, n.
    """
    periods = load_periods() if periods is None else periods
    types = [t.id for t in load_event_types()]
    grid = pd.MultiIndex.from_product([periods["period"].tolist(), types], names=["period", "type"])
    if "period" not in events.columns:
        events = assign_period(events, date_column="date_start")
    counts = events.groupby(["period", "type"]).size().reindex(grid, fill_value=0)
    out = counts.rename("n").reset_index().merge(periods[["period", "label"]], on="period")
    return out[["period", "label", "type", "n"]].astype({"n": "int64"})


def documents_by_period(corpus: Corpus) -> pd.DataFrame:
    """Documents (with inferred dates filled) placed in Party Congress terms.

    Rows: one per document; columns doc_id, title, outlet, published,
    published_precision, date_source, date_evidence, period.
    """
    documents = with_inferred_dates(corpus).documents
    columns = [
        "doc_id",
        "title",
        "outlet",
        "published",
        "published_precision",
        "date_source",
        "date_evidence",
    ]
    return assign_period(documents[columns], date_column="published")


# ---------------------------------------------------------------------------
# Claims
# ---------------------------------------------------------------------------

_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+")
_NUMBER_FIRST = _CLAIM_PLACEHOLDERS["{N}"]


@cache
def _number_first_patterns() -> re.Pattern[str] | None:
    """One pattern matching where any claim pattern that begins with its number matches
    (group names dropped), to skip numbers no such pattern can start at; None when a
    pattern uses back-references or conditionals (which need its groups)."""
    parts = []
    for indicator in load_indicators():
        for pattern in indicator.patterns:
            if not pattern.pattern.startswith(_NUMBER_FIRST):
                continue
            if re.search(r"\(\?P=|\(\?\(|\\[1-9]", pattern.pattern):
                return None
            parts.append(re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern))
    if not parts:
        return None
    try:
        return re.compile("|".join(f"(?:{part})" for part in parts), re.IGNORECASE)
    except re.error:
        return None


@cache
def _claim_patterns() -> tuple[tuple[Indicator, re.Pattern[str], bool], ...]:
    """(indicator, pattern, whether the pattern begins with its number) in file order."""
    return tuple(
        (indicator, pattern, pattern.pattern.startswith(_NUMBER_FIRST))
        for indicator in load_indicators()
        for pattern in indicator.patterns
    )


def _matches_at(
    pattern: re.Pattern[str], text: str, starts: Sequence[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches can only begin at
    ``starts`` (increasing): a pattern that begins with its number ({N}, which cannot
    start inside a run of digits) and the starts of the runs of digits. Faster than
    trying every position."""
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None and match.end() > match.start():
            end = match.end()
            yield match


_PRESENT = re.compile(
    r"\b(?:to\s+date|currently|now|so\s+far|at\s+present|up\s+to\s+now|today|presently)\b",
    re.IGNORECASE,
)


def _qualifier(text: str, position: int) -> str:
    """ "about", "more than", ... written just before the number at ``position``."""
    found = _QUALIFIER_BEFORE.search(text[max(0, position - 30) : position])
    return re.sub(r"\s+", " ", found["qualifier"].lower()) if found else ""


def _number(text: str, scale: str | None) -> float:
    return float(text.replace(",", "")) * _SCALES.get((scale or "").lower(), 1.0)


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


def _refers_to(
    text: str,
    position: int,
    year: str | None,
    matches: Sequence[DateMatch],
    context: _ClaimContext,
) -> tuple[pd.Timestamp | None, str, str]:
    """The date a number refers to: a year in the pattern; else the nearest date before it
    in the sentence unless "to date"/"currently" follows that date; else, for "currently"
    and the like, the publication date; else the year the title is about; else the
    publication date. Returns (date, precision, source)."""
    if year:
        return pd.Timestamp(int(year), 1, 1), "year", "text"
    before = [
        m
        for m in matches
        if m.end <= position
        and m.date_start is not None
        and m.kind not in ("congress", "term", "anniversary")
        and m.precision != "period"
    ]
    present = _PRESENT.search(text, before[-1].end if before else 0, position)
    if before and not present:
        return before[-1].date_start, before[-1].precision, "text"
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
    taken: list[tuple[int, int]] = []
    for indicator, pattern, number_first in _claim_patterns():
        if number_first and not numbers:
            continue
        found = _matches_at(pattern, text, numbers) if number_first else pattern.finditer(text)
        for m in found:
            span = m.span("value")
            if any(span[0] < e and span[1] > s for s, e in taken):
                continue
            taken.append(span)
            refers, precision, source = _refers_to(
                text, m.start("value"), m.groupdict().get("year"), matches, context
            )
            base = {
                "qualifier": _qualifier(text, m.start("value")),
                "refers_to": refers,
                "refers_precision": precision,
                "refers_source": source,
                "text": m.group(0),
                "evidence": text,
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
    the order of ``extract_claims``: by indicator, then ``refers_to``. Cross-document."""
    claims = claims.sort_values(["doc_id", "para_id", "sent_id"], kind="stable")
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


# ---------------------------------------------------------------------------
# Export registry
# ---------------------------------------------------------------------------

EXPORT_TABLES: dict[str, Callable[[Corpus], pd.DataFrame]] = {
    "dates": extract_dates,
    "events": extract_events,
    "event_sources": event_sources,
    "claims": extract_claims,
    "periods": lambda corpus: load_periods(),
    "inferred_dates": infer_publication_dates,
    "documents_by_period": documents_by_period,
}
