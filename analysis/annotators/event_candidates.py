"""Event candidates: per sentence, a clause with a date and a trigger word is an event of
that type, with the people and countries the clause names (``event_candidates``); per
document, the table of them (``event_candidate_table``), before reports of the same event
are merged across documents (``analysis.annotators.event_linking``)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate

import pandas as pd

from analysis.annotators.date_table import _join, _rows, sentence_dates
from analysis.annotators.entities import Gazetteer, find_mentions, load_gazetteer
from analysis.annotators.event_schema import (
    CAPTION_KINDS,
    EVENT_SOURCE_COLUMNS,
    EventType,
    load_event_types,
)
from analysis.annotators.inference import with_inferred_dates
from analysis.core.text import EVIDENCE_CHARS, evidence_window
from analysis.core.vocabulary import alternation, home_country, vocabulary
from analysis.dates import DateMatch
from analysis.ingest.corpus import Corpus

#: How far (characters) a trigger word may be from the date it types.
MAX_TRIGGER_DISTANCE = 160


#: Days after a congress that "immediately after the ... Congress" covers.
AFTER_WINDOW_DAYS = 30


HOME_COUNTRY = home_country()  # data/vocabulary.yaml


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


# pure in text (packaged gazetteer): repeated datelines, lists. 2**12 entries, not 2**15:
# entries replaced during a long annotation are allocated among each chunk's working set
# and keep its memory mapped (benchmarks/results.md, perf28b)
@lru_cache(maxsize=2**12)
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


def _typed_clause(
    text: str, matches: Sequence[DateMatch], index: int, spans: _Spans
) -> (
    tuple[
        tuple[pd.Timestamp, pd.Timestamp, str, str, tuple[str, ...]],
        tuple[int, int],
        list[EventType],
    ]
    | None
):
    """The event date (``_event_date``), clause and event types of the date
    ``matches[index]``, or None when it dates no event."""
    match = matches[index]
    is_hint = match.kind == "congress" and bool(
        _AFTER.search(text[max(0, match.start - 30) : match.start])
    )
    if is_hint and index > 0 and matches[index - 1].kind in _EVENT_DATE_KINDS:
        return None  # the clause already has its own explicit date
    dated = _event_date(match, is_hint)
    if dated is None:
        return None
    left = matches[index - 1].end if index > 0 else 0
    right = matches[index + 1].start if index + 1 < len(matches) else len(text)
    clause = _clause(text, match, left, right)
    region = _region(matches, index, clause)
    types = _event_types_for(text, match, region, spans)
    if match.precision == "period" and not is_hint:
        types = [t for t in types if t.id == "appointment"]
    if not types:
        return None
    return dated, clause, types


def _clause_actors(
    mentions: _MentionIndex,
    clause: tuple[int, int],
    sentence_actors: tuple[tuple[str, ...], ...],
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
    """(actors, persons, countries) of a clause, completed from the whole sentence when the
    clause names no foreign country; None when nothing places the event."""
    actors, persons, countries = _actors(mentions.within(*clause))
    if not set(countries) - {HOME_COUNTRY}:
        actors = actors or sentence_actors[0]
        persons = persons or sentence_actors[1]
        countries = tuple(dict.fromkeys([*countries, *sentence_actors[2]]))
    if not countries and not actors:
        return None
    return actors, persons, countries


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
        typed = _typed_clause(text, matches, index, spans)
        if typed is None:
            continue
        dated, clause, types = typed
        if mentions is None:
            mentions = _MentionIndex(_sentence_mentions(text, matches))
            sentence_actors = _actors(mentions.mentions)
        placed = _clause_actors(mentions, clause, sentence_actors)
        if placed is None:
            continue  # "The visit ... in 2022": nothing to place it
        actors, persons, countries = placed
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
