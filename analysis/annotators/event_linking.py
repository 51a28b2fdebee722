"""Event linking: reports of the same event across documents (same type, overlapping
dates, the same people or foreign countries; congresses and anniversaries: the same one)
get one ``event_id`` (``link_event_candidates``), and each event is merged from its
reports (``events_from_sources``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

import numpy as np
import pandas as pd

from analysis.annotators.date_table import _join
from analysis.annotators.event_candidates import HOME_COUNTRY, event_candidate_table
from analysis.annotators.event_schema import EVENT_COLUMNS, EVENT_SOURCE_COLUMNS
from analysis.annotators.periods import assign_period
from analysis.core.memory import collector_paused
from analysis.core.rows import take_rows
from analysis.ingest.corpus import Corpus

#: Precision from finest to coarsest (used to pick the best date of a merged event).
PRECISION_RANK = {"day": 0, "month": 1, "season": 2, "year": 3, "period": 4}


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
    """One ``_Report`` per candidate row; rows with equal values share one object, and
    equal sets of names one frozenset (at 10,000 articles, 75,000 rows of a few thousand
    distinct reports: a report and three sets per row held about 50 MB)."""
    columns = ("type", "key", "countries", "persons")
    starts = candidates["date_start"].to_numpy().astype("int64").tolist()
    ends = candidates["date_end"].to_numpy().astype("int64").tolist()
    names: dict[str, frozenset[str]] = {}
    foreign: dict[str, frozenset[str]] = {}
    made: dict[tuple[str, int, int, str, str, str], _Report] = {}
    out = []
    for (type_, key, countries, persons), start, end in zip(
        candidates[list(columns)].itertuples(index=False), starts, ends, strict=True
    ):
        values = (type_, start, end, key, countries, persons)
        report = made.get(values)
        if report is None:
            countries_set = names.get(countries) or names.setdefault(
                countries, frozenset(_split(countries))
            )
            if countries not in foreign:
                foreign[countries] = countries_set - {HOME_COUNTRY}
            persons_set = names.get(persons) or names.setdefault(
                persons, frozenset(_split(persons))
            )
            report = made.setdefault(
                values,
                _Report(type_, start, end, key, countries_set, persons_set, foreign[countries]),
            )
        out.append(report)
    return out


def _same_event(a: _Report, b: _Report) -> bool:
    """Two candidates of one type whose dates overlap and whose people or foreign
    countries agree (congresses and anniversaries: the same one)."""
    if a.type != b.type or a.date_start > b.date_end or b.date_start > a.date_end:
        return False
    if a.key or b.key:
        return a.key == b.key and (a.type == "congress" or bool(a.countries & b.countries))
    return _same_parties(a, b)


def _same_parties(a: _Report, b: _Report) -> bool:
    """Whether two overlapping reports without a key name the same people or foreign
    countries (reports naming neither, only Vietnam itself: the same dates)."""
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
    keys = candidates.loc[congress, ["key"]]  # the groups only: not every column copied
    for _key, members in keys.groupby("key", sort=True).groups.items():
        for member in members[1:]:
            rows.union(int(members[0]), int(member))
    by_dates = ["type", "date_start", "date_end"]  # the order only: not every column copied
    rest = candidates.loc[~congress, by_dates].sort_values(by_dates, kind="stable")
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
    article: it is a source of that event, never a second one).

    Only the rows of documents with a caption are read as Python objects (at 10,000
    articles about one row in ten: the keys and dates of every row were 30 MB at the
    peak of annotation)."""
    is_caption = (candidates["source"] == "caption").to_numpy(dtype=bool)
    if not is_caption.any():
        return groups
    doc_ids = candidates["doc_id"]
    near = np.flatnonzero(doc_ids.isin(doc_ids[is_caption]).to_numpy(dtype=bool))
    rows = candidates.iloc[near]
    keys = list(rows[["doc_id", "type"]].itertuples(index=False, name=None))
    starts, ends = rows["date_start"].tolist(), rows["date_end"].tolist()
    caption = is_caption[near].tolist()
    body: dict[tuple[str, str], list[int]] = {}
    for i, key in enumerate(keys):
        if not caption[i]:
            body.setdefault(key, []).append(i)
    merged = _UnionFind(len(candidates))
    first_of = {}  # group label -> its first row
    for i, group in enumerate(groups):
        merged.union(first_of.setdefault(group, i), i)
    for i, key in enumerate(keys):
        if caption[i]:
            match = next(
                (j for j in body.get(key, []) if starts[i] <= ends[j] and starts[j] <= ends[i]),
                None,
            )
            if match is not None:
                merged.union(int(near[match]), int(near[i]))
    return [merged.find(i) for i in range(len(candidates))]


def _sorted(frame: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """``frame.sort_values(by, kind="stable", ignore_index=True)``, the order found on the
    ``by`` columns alone and the rows taken by ``core.rows.take_rows`` (no copy when they
    are in order already, no whole-column copy otherwise)."""
    return take_rows(frame, _order(frame, by))


def _order(frame: pd.DataFrame, by: list[str]) -> np.ndarray:
    """The row positions of ``frame`` sorted (stably) by the ``by`` columns."""
    return frame[by].reset_index(drop=True).sort_values(by, kind="stable").index.to_numpy()


#: What grouping and ordering the candidates reads: the other columns (the evidence
#: sentence above all) are taken once, in the order of the result.
_LINK_COLUMNS = [
    "type",
    "date_start",
    "date_end",
    "key",
    "countries",
    "persons",
    "source",
    "doc_id",
    "para_id",
    "sent_id",
]


def _linked_rows(candidates: pd.DataFrame) -> tuple[np.ndarray, pd.Series]:
    """The rows of a non-empty ``candidates`` in ``event_sources`` order (positions) and
    their ``event_id``: groups found on ``_LINK_COLUMNS`` alone (no copy of the
    evidence)."""
    by_row = ["doc_id", "para_id", "sent_id"]
    in_order = _order(candidates, by_row)
    work = take_rows(candidates[_LINK_COLUMNS], in_order)
    work = work.assign(group=_attach_captions(work, _group_candidates(work)))
    by_date = ["date_start", "type", "doc_id", "para_id", "sent_id"]
    firsts = (
        work[[*by_date, "group"]].sort_values(by_date).drop_duplicates("group")["group"].tolist()
    )
    ids = {group: f"ev{n:04d}" for n, group in enumerate(firsts, start=1)}
    keyed = work[by_row].assign(event_id=work["group"].map(ids).astype("str"))
    del work
    final = _order(keyed, ["event_id", *by_row])
    return in_order[final], take_rows(keyed[["event_id"]], final)["event_id"]


#: The columns of ``event_sources`` but ``event_id``: taken from the candidates as they are.
_SOURCE_COLUMNS = [c for c in (*EVENT_SOURCE_COLUMNS, "persons") if c != "event_id"]


def _sources_at(candidates: pd.DataFrame, rows: np.ndarray, event_ids: pd.Series) -> pd.DataFrame:
    """The ``event_sources`` rows of ``candidates`` at positions ``rows``, with their
    ``event_ids`` (aligned with ``rows``)."""
    out = take_rows(candidates[_SOURCE_COLUMNS], rows)
    out.insert(0, "event_id", event_ids.reset_index(drop=True))
    return out[[*EVENT_SOURCE_COLUMNS, "persons"]]


def _sources_consuming(
    candidates: pd.DataFrame, rows: np.ndarray, event_ids: pd.Series
) -> pd.DataFrame:
    """``_sources_at(candidates, rows, event_ids)``, taken one column at a time, each
    column of ``candidates`` dropped from it once taken: the candidates and the result
    are never both held whole (at 10,000 articles about 47 MB each, mostly the evidence)."""
    columns: dict[str, pd.Series] = {"event_id": event_ids.reset_index(drop=True)}
    for column in _SOURCE_COLUMNS:
        columns[column] = take_rows(candidates[[column]], rows)[column]
        del candidates[column]
    return pd.DataFrame(columns, copy=False)[[*EVENT_SOURCE_COLUMNS, "persons"]]


def link_event_candidates(candidates: pd.DataFrame, *, consume: bool = False) -> pd.DataFrame:
    """The ``event_sources`` table of an ``event_candidate_table``: reports of the same
    event (across documents) get one ``event_id``.

    Cross-document; reads only ``candidates`` (the concatenated tables of the parts of a
    corpus, in any order of parts). Groups are found on ``_LINK_COLUMNS``; the rows of the
    result are taken from ``candidates`` once (one copy of the evidence, not three).
    ``consume=True`` (for a caller that made ``candidates`` only to link them) empties
    ``candidates`` column by column while the result is taken, so that the two are never
    held whole at once; the result is the same.
    """
    if candidates.empty:
        empty = _sorted(candidates, ["doc_id", "para_id", "sent_id"])
        return empty.reindex(columns=list(EVENT_SOURCE_COLUMNS)).astype({"event_id": "str"})
    rows, event_ids = _linked_rows(candidates)
    if consume:
        return _sources_consuming(candidates, rows, event_ids)
    return _sources_at(candidates, rows, event_ids)


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


#: Events merged into Python dicts before they are turned into a frame (``_events_table``).
EVENT_BATCH_ROWS = 2_000

#: Rows of ``event_sources`` turned into Python dicts at once by ``_reports_by_event``.
REPORT_BATCH_ROWS = 5_000


def _reports_by_event(sources: pd.DataFrame) -> Iterator[list[dict[str, Any]]]:
    """The rows of each ``event_id`` of ``sources`` as dicts (in table order), event by
    event in sorted ``event_id`` order; at most ``REPORT_BATCH_ROWS`` rows (and one event's)
    are dicts at a time, not the whole table (at 10,000 articles, tens of thousands of
    candidate rows with their evidence)."""
    order = np.argsort(sources["event_id"].to_numpy(dtype=object), kind="stable")
    batches = (
        take_rows(sources, order[first : first + REPORT_BATCH_ROWS])
        for first in range(0, len(order), REPORT_BATCH_ROWS)
    )
    return _reports_of_batches(batches)


def _reports_of_batches(batches: Iterable[pd.DataFrame]) -> Iterator[list[dict[str, Any]]]:
    """The rows of consecutive ``batches`` of an ``event_sources`` table sorted by
    ``event_id``, as dicts, one event's rows at a time."""
    current: list[dict[str, Any]] = []
    for batch in batches:
        for row in batch.to_dict("records"):
            if current and row["event_id"] != current[0]["event_id"]:
                yield current
                current = []
            current.append(row)
    if current:
        yield current


def events_from_sources(sources: pd.DataFrame) -> pd.DataFrame:
    """The events table (``EVENT_COLUMNS``) of an ``event_sources`` table: one row per
    ``event_id``, sorted by date then type. Cross-document; reads only ``sources``."""
    if sources.empty:
        return pd.DataFrame(columns=list(EVENT_COLUMNS))
    return _events_table(_reports_by_event(sources))


def _events_table(reports_by_event: Iterable[list[dict[str, Any]]]) -> pd.DataFrame:
    """The events table of the source rows of each event (``_merge_reports``)."""
    columns = [c for c in EVENT_COLUMNS if c != "period"]
    merged_events = (_merge_reports(reports) for reports in reports_by_event)
    # a frame per batch of events: the dicts of one batch, not of every event, are held
    # while pandas converts them (at 10,000 articles 13,000 events, 9 MB at the peak)
    parts = []
    while batch := list(islice(merged_events, EVENT_BATCH_ROWS)):
        parts.append(pd.DataFrame(batch, columns=columns))
    merged = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    del parts
    merged = merged.sort_values(["date_start", "type", "event_id"], ignore_index=True)
    merged = assign_period(merged, date_column="date_start")
    return merged.astype({"n_sources": "int64", "para_id": "int64", "sent_id": "int64"})[
        list(EVENT_COLUMNS)
    ]


def merge_event_candidates(candidates: pd.DataFrame) -> pd.DataFrame:
    """The events table of an ``event_candidate_table`` (the cross-document stage of
    ``extract_events``): ``events_from_sources(link_event_candidates(candidates))``,
    without making the ``event_sources`` table: its rows are taken from ``candidates``
    ``REPORT_BATCH_ROWS`` at a time (at 10,000 articles, the table with its evidence
    was about 40 MB held at the peak of annotation). Python's cyclic garbage collector
    is paused meanwhile (``core.memory.collector_paused``)."""
    if candidates.empty:
        return events_from_sources(link_event_candidates(candidates))
    with collector_paused():
        return _merged(candidates)


def _merged(candidates: pd.DataFrame) -> pd.DataFrame:
    """``merge_event_candidates`` of a table of candidates that is not empty."""
    rows, event_ids = _linked_rows(candidates)
    batches = (
        _sources_at(
            candidates,
            rows[first : first + REPORT_BATCH_ROWS],
            event_ids.iloc[first : first + REPORT_BATCH_ROWS],
        )
        for first in range(0, len(rows), REPORT_BATCH_ROWS)
    )
    return _events_table(_reports_of_batches(batches))
