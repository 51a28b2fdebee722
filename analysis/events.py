"""Dated diplomatic events: candidates per sentence (per document), then reports of
the same event merged across documents.

Tables:

event_sources (one row per event x source clause)
    event_id, type, date_start, date_end, precision, date_text, actors, countries,
    doc_id, para_id, sent_id, evidence, flags, source ("body", or "caption" for a photo
    caption: a caption joins the event its document tells in the body, if any)
events (one row per merged event)
    event_id, type, date_start, date_end, precision, actors, countries ("; "-joined),
    n_sources (documents), sources (doc_ids "; "-joined), evidence (the first source's
    sentence), doc_id, para_id, sent_id (the first source), date_text, flags, period

``evidence`` is the sentence, or for a sentence over ``text.EVIDENCE_CHARS`` (1,000)
characters a window of at most ``text.EVIDENCE_WINDOW_CHARS`` (400) around the event's
clause (or its date when the clause is longer), cut at spaces and marked with "…"
(``text.evidence_window``); the whole sentence is ``sentences.text`` at (doc_id,
para_id, sent_id).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate
from typing import Any

import pandas as pd

from analysis.corpus import Corpus
from analysis.date_table import _join, _rows, date_label, sentence_dates
from analysis.dates import DateMatch
from analysis.entities import Gazetteer, find_mentions, load_gazetteer
from analysis.errors import ParameterError
from analysis.inference import with_inferred_dates
from analysis.periods import assign_period, load_periods
from analysis.text import EVIDENCE_CHARS, evidence_window
from analysis.timeline_data import _read_yaml
from analysis.vocabulary import alternation, home_country, vocabulary

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
    "source",
)

#: Paragraph kinds whose sentences are event sources besides the content (marked so).
CAPTION_KINDS = ("caption",)


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


GRANULARITIES = {"month": "M", "quarter": "Q", "year": "Y"}


#: Precision from finest to coarsest (used to pick the best date of a merged event).
PRECISION_RANK = {"day": 0, "month": 1, "season": 2, "year": 3, "period": 4}


#: How far (characters) a trigger word may be from the date it types.
MAX_TRIGGER_DISTANCE = 160


#: Days after a congress that "immediately after the ... Congress" covers.
AFTER_WINDOW_DAYS = 30


HOME_COUNTRY = home_country()  # data/vocabulary.yaml


@dataclass(frozen=True)
class EventType:
    """One event type: its id, label, trigger pattern and whether it is a co-event."""

    id: str
    label: str
    pattern: re.Pattern[str]
    co_event: bool


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
def _gazetteer() -> Gazetteer:
    return load_gazetteer()


_CLAUSE_SEP = re.compile(
    r";|,\s+and\s+(?:the|a|an|his|her|their|its)\s+|,\s+while\s+|,\s+whereas\s+|,\s+but\s+"
)


_AFTER = re.compile(r"(?:immediately|right|shortly|soon|just)?\s*(?:after|following)\s*$", re.I)


_SPEAKER_AFTER = re.compile(
    rf"^\s*,?\s*(?:{alternation(vocabulary()['speech_verbs_after'])})\b", re.IGNORECASE
)


_SPEAKER_BEFORE = re.compile(
    rf"\b(?:{alternation(vocabulary()['speech_verbs_before'])})\s*$", re.IGNORECASE
)


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
    span: tuple[int, int] = field(default=(0, 0), compare=False)  # what evidence quotes


class _Spans:
    """Character spans (start, end) of one sentence, asked whether a span overlaps or
    lies inside one of them in O(log n) (a scraped page can be one sentence with
    thousands of dates, where a scan per question is quadratic)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _e in ordered]
        self.max_end = list(accumulate((e for _s, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span has ``s < end`` and ``e > start``."""
        i = bisect_left(self.starts, end)
        return i > 0 and self.max_end[i - 1] > start

    def contains(self, start: int, end: int) -> bool:
        """Whether some span has ``s <= start`` and ``e >= end``."""
        i = bisect_right(self.starts, start)
        return i > 0 and self.max_end[i - 1] >= end


class _MentionIndex:
    """A sentence's mentions, to find those inside a clause without a scan of all."""

    def __init__(self, mentions: Sequence[_Mention]) -> None:
        self.mentions = mentions
        self.order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self.starts = [mentions[i].start for i in self.order]

    def within(self, lo: int, hi: int) -> list[_Mention]:
        """The mentions with ``start >= lo`` and ``end <= hi``, in sentence order."""
        found = self.order[bisect_left(self.starts, lo) : bisect_right(self.starts, hi)]
        return [self.mentions[i] for i in sorted(found) if self.mentions[i].end <= hi]


_CACHED_TEXT_CHARS = 20_000
"""Sentences longer than this are not cached by ``_find_mentions``."""


@lru_cache(maxsize=2**15)  # repeated short lines (datelines, lists); sentences are read once
def _find_mentions(text: str) -> tuple[tuple[int, int, str, str, str, str], ...]:
    """``entities.find_mentions`` with the packaged gazetteer, cached per text."""
    return tuple(find_mentions(text, _gazetteer()))


def _sentence_mentions(text: str, matches: Sequence[DateMatch]) -> list[_Mention]:
    """Gazetteer mentions in a sentence, without the people quoted as the speaker
    ("..., Trung said") and without names inside date expressions ("the 20th National
    Congress of the Communist Party of China")."""
    out = []
    inside = _Spans((m.start, m.end) for m in matches)
    found = (  # a run-on page's mentions are not kept in the cache
        _find_mentions(text)
        if len(text) <= _CACHED_TEXT_CHARS
        else tuple(find_mentions(text, _gazetteer()))
    )
    for start, end, _match, canonical, kind, country in found:
        if inside.contains(start, end):
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
    text: str,
    span: tuple[int, int],
    region: tuple[int, int],
    skip: Sequence[tuple[int, int]] | _Spans,
) -> list[tuple[int, int, EventType]]:
    """(distance, type order, type) of every trigger in ``region`` near ``span``, nearest
    first; triggers inside date expressions (the spans ``skip``) are ignored."""
    skip = skip if isinstance(skip, _Spans) else _Spans(skip)
    found = []
    for order, event_type in enumerate(load_event_types()):
        for trig in event_type.pattern.finditer(text, region[0], region[1]):
            if skip.overlaps(trig.start(), trig.end()):
                continue
            distance = max(span[0] - trig.end(), trig.start() - span[1], 0)
            if distance <= MAX_TRIGGER_DISTANCE:
                found.append((distance, order, event_type))
    return sorted(found, key=lambda f: (f[0], f[1]))


def _event_types_for(
    text: str,
    match: DateMatch,
    region: tuple[int, int],
    skip: Sequence[tuple[int, int]] | _Spans,
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
    if match.timex_type in ("DURATION", "SET"):
        return None  # a length of time or a recurrence is not the date of an event
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
        span=(match.start, match.end),
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
    spans = _Spans((m.start, m.end) for m in matches)
    mentions: _MentionIndex | None = None  # looked up only when a date has a trigger
    sentence_actors: tuple[tuple[str, ...], ...] = ((), (), ())
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
            mentions = _MentionIndex(_sentence_mentions(text, matches))
            sentence_actors = _actors(mentions.mentions)
        actors, persons, countries = _actors(mentions.within(*clause))
        if not set(countries) - {HOME_COUNTRY}:
            actors = actors or sentence_actors[0]
            persons = persons or sentence_actors[1]
            countries = tuple(dict.fromkeys([*countries, *sentence_actors[2]]))
        if not countries and not actors:
            continue  # "The visit ... in 2022": nothing to place it
        start, end, precision, date_text, flags = dated
        key = match.note if match.kind == "anniversary" else ""
        span = clause if clause[1] - clause[0] <= EVIDENCE_CHARS else (match.start, match.end)
        out.extend(
            EventCandidate(
                t.id, start, end, precision, date_text, actors, persons, countries, flags, key, span
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
    captions = sentence_dates(corpus, kinds=CAPTION_KINDS).assign(source="caption")
    sentences = pd.concat(
        [sentences.assign(source="body"), captions], ignore_index=True
    ).sort_values(["doc_id", "para_id", "sent_id"], kind="stable")
    columns = list(CANDIDATE_COLUMNS)
    rows: dict[str, list[object]] = {c: [] for c in columns}  # a list per column, not a
    appends = [rows[c].append for c in columns]  # dict per row: far less memory
    for doc_id, para_id, sent_id, text, matches, source in _rows(
        sentences, ["doc_id", "para_id", "sent_id", "text", "matches", "source"]
    ):
        if not matches:
            continue
        for cand in event_candidates(text, matches):
            row = {
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
                "evidence": evidence_window(text, *cand.span),
                "flags": ";".join(cand.flags),
                "source": source,
                "key": cand.key,
            }
            for append, column in zip(appends, columns, strict=True):
                append(row[column])
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


class _UnionFind:
    """Disjoint sets over 0..n-1."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.parent[self.find(j)] = self.find(i)


def _report_components(reports: list[_Report]) -> _UnionFind:
    """Connected components of distinct ``reports`` sorted by (type, date_start,
    date_end) under ``_same_event``: a sweep comparing each with the later ones of its
    type that start before it ends (only those can overlap)."""
    sets = _UnionFind(len(reports))
    for pos, report in enumerate(reports):
        for later in range(pos + 1, len(reports)):
            other = reports[later]
            if other.type != report.type or other.date_start > report.date_end:
                break
            if sets.find(pos) != sets.find(later) and _same_event(report, other):
                sets.union(pos, later)
    return sets


def _group_candidates(candidates: pd.DataFrame) -> list[int]:
    """Group label per candidate row: the connected components of "``_same_event``", with
    reports of the same congress joined at once.

    ``_same_event`` reads only a row's ``_Report``, so rows with equal reports are
    compared once: the distinct reports are linked in a sweep over start dates, then each
    report's rows join its component; a report linked to no other joins its own rows
    when it is the same event as itself, else each row stays alone."""
    records = _reports(candidates)
    rows = _UnionFind(len(candidates))
    congress = candidates["type"] == "congress"
    for _key, members in candidates.loc[congress].groupby("key", sort=True).groups.items():
        for member in members[1:]:
            rows.union(int(members[0]), int(member))
    rest = candidates.loc[~congress].sort_values(["type", "date_start", "date_end"], kind="stable")
    same: dict[_Report, list[int]] = {}
    for i in rest.index:
        same.setdefault(records[int(i)], []).append(int(i))
    distinct = list(same)
    sets = _report_components(distinct)
    roots = [sets.find(k) for k in range(len(distinct))]
    sizes = Counter(roots)
    first_row: dict[int, int] = {}
    for report, root in zip(distinct, roots, strict=True):
        members = same[report]
        if sizes[root] == 1 and not _same_event(report, report):
            continue  # rows of a report that is no event with any other stay alone
        target = first_row.setdefault(root, members[0])
        for member in members:
            rows.union(target, member)
    return [rows.find(i) for i in range(len(candidates))]


def _attach_captions(candidates: pd.DataFrame, groups: list[int]) -> list[int]:
    """``groups`` with each caption's group joined to the group of a body candidate of
    the same document, type and overlapping dates (a caption repeats an event of its
    article: it is a source of that event, never a second one)."""
    is_caption = (candidates["source"] == "caption").tolist()
    if not any(is_caption):
        return groups
    keys = list(candidates[["doc_id", "type"]].itertuples(index=False, name=None))
    starts, ends = candidates["date_start"].tolist(), candidates["date_end"].tolist()
    body: dict[tuple[str, str], list[int]] = {}
    for i, key in enumerate(keys):
        if not is_caption[i]:
            body.setdefault(key, []).append(i)
    merged = _UnionFind(len(candidates))
    first_of = {}  # group label -> its first row
    for i, group in enumerate(groups):
        merged.union(first_of.setdefault(group, i), i)
    for i, key in enumerate(keys):
        if is_caption[i]:
            match = next(
                (j for j in body.get(key, []) if starts[i] <= ends[j] and starts[j] <= ends[i]),
                None,
            )
            if match is not None:
                merged.union(match, i)
    return [merged.find(i) for i in range(len(candidates))]


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
    candidates = candidates.assign(
        group=_attach_captions(candidates, _group_candidates(candidates))
    )
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
    first = min(
        reports,
        key=lambda r: (r.get("source") == "caption", r["doc_id"], r["para_id"], r["sent_id"]),
    )
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


def drop_repeating_captions(sources: pd.DataFrame) -> pd.DataFrame:
    """``sources`` (rows of ``event_sources``) without the caption rows of events that the
    same document tells in its body: a caption repeating the body adds no line to a
    document's list of events (it stays a source of the event). Not mutated."""
    if "source" not in sources.columns:
        return sources
    body = sources["source"] != "caption"
    told = pd.MultiIndex.from_frame(sources.loc[body, ["doc_id", "event_id"]])
    keys = pd.MultiIndex.from_frame(sources[["doc_id", "event_id"]])
    return sources.loc[body | ~keys.isin(told)]


def document_events(
    corpus: Corpus, doc_id: str, *, sources: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The dated events one document reports (for the per-document profile).

    Rows: one per event x sentence of ``doc_id`` (a photo caption only for an event the
    body does not tell); columns date_start, date_end, type,
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
    mine = drop_repeating_captions(mine)
    columns = ["date_start", "date_end", "type", "countries", "actors", "date_text"]
    return mine.sort_values(["date_start", "type", "para_id", "sent_id"], ignore_index=True)[
        [*columns, "n_sources", "evidence"]
    ]


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
