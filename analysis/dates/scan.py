"""Run the rules over a text: which matches are kept (longest first), the TimeML extents
and values, and the public ``find_dates`` / ``parse_date``.

Every rule match of a text is found by ``rule_matches._spans`` (where rules can start:
the search accelerator). The matches do not depend on the anchor; only their readings (the
handlers) do, and ``_select_read`` reads a match only when the longer matches kept so far
leave room for it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import lru_cache

import pandas as pd

from analysis.dates.model import DateMatch, Reading, TimexPart, _year_span
from analysis.dates.rule_matches import _COMPILED, _RULE_TABLE, _spans
from analysis.dates.timex import resolve_references, timex_parts, timex_value_of

_Reading = Reading

#: How far before an anniversary an explicit year is looked for.
ANNIVERSARY_WINDOW = 200


def _candidates(text: str, anchor: pd.Timestamp | None) -> list[tuple[int, int, int, _Reading]]:
    """(start, end, priority, reading) of every rule match in ``text`` that its handler
    reads, rule by rule (in ``_RULE_TABLE`` order) and left to right."""
    found = []
    for start, end, priority in sorted(_spans(text), key=lambda f: (f[2], f[0])):
        rule = _RULE_TABLE[priority]
        reading = rule.handler(rule.pattern.match(text, start), text, anchor)
        if reading is not None:
            found.append((start, end, priority, reading))
    return found


def _candidates_full_scan(
    text: str, anchor: pd.Timestamp | None
) -> list[tuple[int, int, int, _Reading]]:
    """``_candidates`` by running every rule over the whole text (slow; the reference the
    tests compare ``_candidates`` with)."""
    found = []
    for _name, priority, pattern, handler in _COMPILED:
        for match in pattern.finditer(text):
            if match.end() == match.start():
                continue
            reading = handler(match, text, anchor)
            if reading is not None:
                found.append((match.start(), match.end(), priority, reading))
    return found


def _select(found: list[tuple[int, int, int, _Reading]]) -> list[tuple[int, int, _Reading]]:
    """Longest match wins; ties go to the earlier start, then the higher-priority rule."""
    starts: list[int] = []  # starts of the taken matches, sorted
    taken: dict[int, tuple[int, _Reading]] = {}  # start -> (end, reading)
    for start, end, _priority, reading in sorted(found, key=lambda f: (f[0] - f[1], f[0], f[2])):
        pos = bisect.bisect_left(starts, start)
        if pos < len(starts) and starts[pos] < end:
            continue  # a taken match starts inside this one
        if pos > 0 and taken[starts[pos - 1]][0] > start:
            continue  # this one starts inside a taken match
        starts.insert(pos, start)
        taken[start] = (end, reading)
    return [(start, *taken[start]) for start in starts]


def _select_read(text: str, anchor: pd.Timestamp | None) -> list[tuple[int, int, _Reading]]:
    """``_select(_candidates(text, anchor))`` reading only the matches it can keep: the
    matches taken longest first, a handler called only for a match that overlaps none
    taken so far (a match its handler does not read is skipped, as ``_candidates`` leaves
    it out). A match inside a longer one ("March" in "March 5, 2024") is never read."""
    return _select_in_order(text, anchor, _reading_order(text))


def _select_in_order(
    text: str, anchor: pd.Timestamp | None, order: Iterable[tuple[int, int, int]]
) -> list[tuple[int, int, _Reading]]:
    """``_select_read`` given ``order``, the text's matches in ``_reading_order``."""
    starts: list[int] = []  # starts of the taken matches, sorted
    taken: dict[int, tuple[int, _Reading]] = {}  # start -> (end, reading)
    for start, end, priority in order:
        pos = bisect.bisect_left(starts, start)
        if pos < len(starts) and starts[pos] < end:
            continue  # a taken match starts inside this one
        if pos > 0 and taken[starts[pos - 1]][0] > start:
            continue  # this one starts inside a taken match
        rule = _RULE_TABLE[priority]
        reading = rule.handler(rule.pattern.match(text, start), text, anchor)  # as found
        if reading is None:
            continue
        starts.insert(pos, start)
        taken[start] = (end, reading)
    return [(start, *taken[start]) for start in starts]


def _reading_order(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, priority) of every rule match in ``text``, longest first, then by
    start and priority: remembered per text (``_matches_cached``), since the same text
    is read against several anchors (a paragraph without an anchor when a publication
    date is inferred, its sentence against that date; a syndicated copy's sentence
    against each copy's date)."""
    if len(text) > _CACHED_TEXT_CHARS:
        return _reading_order_cached.__wrapped__(text)
    return _reading_order_cached(text)


@lru_cache(maxsize=2**13)  # a few hundred bytes each: most sentences have no match
def _reading_order_cached(text: str) -> tuple[tuple[int, int, int], ...]:
    return tuple(sorted(_spans(text), key=_longest_first))


def _longest_first(span: tuple[int, int, int]) -> tuple[int, int, int]:
    start, end, priority = span
    return start - end, start, priority


def _resolve_anniversaries(
    selected: list[tuple[int, int, _Reading]],
) -> list[tuple[int, int, _Reading]]:
    """Give an anniversary the year of the nearest explicit date before it, if any."""
    resolved = []
    for index, (start, end, reading) in enumerate(selected):
        if reading.kind == "anniversary":
            explicit = _nearest_explicit_year(start, selected[:index])
            if explicit is not None:
                reading = _Reading(
                    *_year_span(explicit),
                    "year",
                    ("year_from_context",),
                    kind="anniversary",
                    ordinal=reading.ordinal,
                    note=f"founded {explicit - reading.ordinal}",
                )
        resolved.append((start, end, reading))
    return resolved


def _nearest_explicit_year(start: int, before: list[tuple[int, int, _Reading]]) -> int | None:
    for _prev_start, prev_end, prev in reversed(before):
        if start - prev_end > ANNIVERSARY_WINDOW:
            return None
        if (
            not prev.relative
            and prev.date_start is not None
            and prev.precision in ("day", "month", "season", "year")
            and prev.kind not in ("congress", "anniversary")
        ):
            return prev.date_start.year
    return None


def find_dates(text: str, *, anchor: pd.Timestamp | None = None) -> list[DateMatch]:
    """Every date expression in ``text``, left to right, non-overlapping (longest match wins).

    ``anchor`` (usually the publication date) resolves relative expressions such as
    "last year"; without it they are returned with ``date_start = None`` and the flag
    ``unresolved_relative``.

    >>> [m.text for m in find_dates("From May 21-23 last year and on 13/12/2021.")]
    ['May 21-23 last year', '13/12/2021']
    """
    anchor = _anchor_of(anchor)
    if len(text) > _CACHED_TEXT_CHARS:  # a scraped page without full stops: not kept
        return list(_find_dates_cached.__wrapped__(text, anchor))
    return list(_find_dates_cached(text, anchor))


def dates_of_spans(
    text: str, spans: Iterable[tuple[int, int, int]], *, anchor: pd.Timestamp | None = None
) -> tuple[DateMatch, ...]:
    """``find_dates(text, anchor=anchor)`` given ``spans``, the text's rule matches
    (``_spans(text)``, found for a block of sentences at once by ``block_scan``)."""
    anchor = _anchor_of(anchor)
    order = sorted(spans, key=_longest_first)
    selected = _select_in_order(text, anchor, order)
    selected = resolve_references(_resolve_anniversaries(selected), text)
    return tuple(_date_match(text, start, end, reading, anchor) for start, end, reading in selected)


def _anchor_of(anchor: object) -> pd.Timestamp | None:
    """``anchor`` normalised (``_normal_anchor``), remembered for the last one given."""
    global _LAST_ANCHOR
    if anchor is None:
        return None
    if anchor is not _LAST_ANCHOR[0]:
        _LAST_ANCHOR = (anchor, _normal_anchor(anchor))
    return _LAST_ANCHOR[1]


#: Texts longer than this are not cached (their matches would stay in memory).
_CACHED_TEXT_CHARS = 20_000


#: The last anchor given to ``find_dates`` and its normal form (a document's sentences
#: share one anchor object).
_LAST_ANCHOR: tuple[object, pd.Timestamp | None] = (object(), None)


def _normal_anchor(anchor: object) -> pd.Timestamp | None:
    """``anchor`` as a tz-naive midnight Timestamp (None for NaT); remembered for the last
    tz-naive anchors, since a document's sentences share one."""
    if isinstance(anchor, pd.Timestamp) and anchor.tz is None:
        return _normal_timestamp(anchor)
    return _normalise(anchor)


@lru_cache(maxsize=1024)
def _normal_timestamp(anchor: pd.Timestamp) -> pd.Timestamp | None:
    return _normalise(anchor)


def _normalise(anchor: object) -> pd.Timestamp | None:
    if pd.isna(anchor):  # type: ignore[arg-type]
        return None
    anchor = pd.Timestamp(anchor).tz_localize(None) if pd.Timestamp(anchor).tz else anchor
    anchor = pd.Timestamp(anchor).normalize()
    return None if pd.isna(anchor) else anchor


#: Texts whose matches ``_find_dates_cached`` keeps: repeated lines (datelines, lists) recur
#: within a few documents. 2**15 entries held about 50 MB at 10,000 articles for no more
#: hits (annotating 1,000 generated articles: 6,924 hits with 2**15, 5,023 with 2**12,
#: the same CPU time): issue 13.
FIND_DATES_CACHE_SIZE = 2**12


@lru_cache(maxsize=FIND_DATES_CACHE_SIZE)
def _find_dates_cached(text: str, anchor: pd.Timestamp | None) -> tuple[DateMatch, ...]:
    """``find_dates`` for a normalised anchor; cached because every analysis of a corpus
    reads the same sentences."""
    selected = resolve_references(_resolve_anniversaries(_select_read(text, anchor)), text)
    return tuple(_date_match(text, start, end, reading, anchor) for start, end, reading in selected)


def _date_match(
    text: str, start: int, end: int, reading: Reading, anchor: pd.Timestamp | None
) -> DateMatch:
    """The public match for a kept reading: offsets, dates and its TimeML annotation."""
    value = timex_value_of(reading)
    timex_type = reading.timex_type if value else ""
    parts: tuple[TimexPart, ...] = ()
    if timex_type:
        parts = tuple(
            TimexPart(s, e, text[s:e], timex_type, v)
            for s, e, v in timex_parts(text, start, end, reading, value)
        )
    return DateMatch(
        start=start,
        end=end,
        text=text[start:end],
        date_start=reading.date_start,
        date_end=reading.date_end,
        precision=reading.precision,
        flags=reading.flags,
        relative=reading.relative,
        anchor_date=anchor if reading.relative and reading.date_start is not None else None,
        kind=reading.kind,
        note=reading.note,
        timex_type=timex_type,
        timex_value=value,
        timex=parts,
    )


def parse_date(text: str) -> DateMatch | None:
    """The date in a short header, footer, sidecar or URL string.

    Returns the first absolute (non-relative) match of ``find_dates(text)``, or None.
    An impossible date is returned (``date_start`` None, flag ``impossible_date``) so
    the caller can report it.

    >>> parse_date("Tuesday, February 6, 2024 08:41").date_start
    Timestamp('2024-02-06 00:00:00')
    >>> parse_date("13/12/2021| 16:40").flags
    ()
    """
    return next(
        (m for m in find_dates(text) if not m.relative and m.timex_type in ("DATE", "")), None
    )
