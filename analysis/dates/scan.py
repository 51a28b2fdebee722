"""Run the rules over a text: where rules can start (the search accelerator), which
matches are kept (longest first), the TimeML extents and values, and the public
``find_dates`` / ``parse_date``.

Every rule's match begins with a word from a small set (a month, a weekday, "from",
"the", ...) or at the first digit of a run of digits, and needs some words to be present
anywhere in the text ("year" for "last year"). ``_spans`` finds the trigger words in one
pass (an Aho-Corasick automaton), skips the rules whose needed words are absent, and at
each place where a rule can start tries all the rules that can start there in one call
of one compiled pattern (``rule_scan``), each rule resuming after its own match: the same
matches as each rule's ``pattern.finditer`` over the whole text (``tests/test_dates.py``
checks this against the full scan). The matches do not depend on the anchor; only their
readings (the handlers) do, and ``_select_read`` reads a match only when the longer
matches kept so far leave room for it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick_rs
import pandas as pd

from analysis.core.word_mask import mask_non_words
from analysis.dates.model import DateMatch, Handler, Reading, TimexPart, _year_span
from analysis.dates.rule_scan import JointRules, first_matches, hits_at, join_rules
from analysis.dates.rules import DIGITS, RULES, THE
from analysis.dates.timex import resolve_references, timex_parts, timex_value_of

_Reading = Reading
_DIGITS, _THE_BEFORE_DIGITS = DIGITS, THE

#: How far before an anniversary an explicit year is looked for.
ANNIVERSARY_WINDOW = 200

_COMPILED: list[tuple[str, int, re.Pattern[str], Handler]] = [
    (rule.name, priority, re.compile(rule.pattern, re.IGNORECASE), rule.handler)
    for priority, rule in enumerate(RULES)
]


@dataclass(frozen=True)
class _Rule:
    """A compiled rule (``priority``: its place in ``RULES``) with the tokens its match can
    start at and the tokens it needs (a digit included when the rule needs one)."""

    pattern: re.Pattern[str]
    handler: Handler
    priority: int
    starts: frozenset[str]
    needs: tuple[frozenset[str], ...]  # each: at least one of these tokens is in the text


_D = frozenset({_DIGITS})
_RULE_TABLE: tuple[_Rule, ...] = tuple(
    _Rule(pattern, handler, priority, rule.starts, rule.needs + ((_D,) if rule.digits else ()))
    for (_name, priority, pattern, handler), rule in zip(_COMPILED, RULES, strict=True)
)
#: Every word a rule starts at or needs (lower case).
_TOKEN_WORDS = frozenset().union(*(r.starts | frozenset().union(*r.needs) for r in _RULE_TABLE)) - {
    _DIGITS,
    _THE_BEFORE_DIGITS,
}
_WORD_RUN = re.compile(r"\w+")
#: Letters glued after a number inside a word run ("1AM", "3pm"): the rules read "am"
#: right after the hour, so it is a token too (besides the run "1am").
_GLUED_LETTERS = re.compile(r"(?<=\d)[^\W\d_]+")
_DIGIT_RUN = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
_DIGIT_TOKEN = frozenset({_DIGITS})
#: Letters that ``re.IGNORECASE`` equates with an ASCII letter but ``str.lower`` does not.
_CASE_FIXES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_CASE_FIX_CHARS = re.compile("[\u0130\u0131\u017f]")


def _present_tokens(text: str) -> frozenset[str]:
    """The tokens of ``_TOKEN_WORDS`` written in ``text`` as whole words (in any case),
    plus ``_DIGITS`` when it has a digit: a superset of what the rules can use."""
    present = frozenset(_word_offsets(text))
    return present | _DIGIT_TOKEN if _DIGIT.search(text) else present


#: The token words that can be a whole run of word characters (not "last night"), and one
#: Aho-Corasick automaton of them, each between spaces, to find them in the text with every
#: other character masked to a space (``mask_non_words``): where a run is such a word.
_RUN_WORDS = tuple(sorted(w for w in _TOKEN_WORDS if _WORD_RUN.fullmatch(w)))
_RUN_FINDER = ahocorasick_rs.AhoCorasick(
    [f" {word} " for word in _RUN_WORDS], matchkind=ahocorasick_rs.MatchKind.Standard
)


def _word_offsets(text: str, has_digit: bool | None = None) -> dict[str, list[int]]:
    """Where each word of ``_TOKEN_WORDS`` starts in ``text`` as a whole word (in any
    case, as the rules read it), in increasing order: the word runs of the lower-cased
    text (as long as the text once the letters ``re.IGNORECASE`` folds apart are fixed)
    that are token words, found by one pass of ``_RUN_FINDER`` (the same offsets as a loop
    over every run, ``tests/test_scan.py``, in about 0.6 of its time), then the letters
    glued after a number (``has_digit``: whether ``text`` has a digit, when known)."""
    if not text.isascii() and _CASE_FIX_CHARS.search(text):
        text = text.translate(_CASE_FIXES)
    lower = text.lower()
    out: dict[str, list[int]] = {}
    padded = f" {mask_non_words(lower)} "  # a word at k of ``lower``: its space at k here
    for index, start, _end in _RUN_FINDER.find_matches_as_indexes(padded, overlapping=True):
        word = _RUN_WORDS[index]
        if word in out:
            out[word].append(start)
        else:
            out[word] = [start]
    if has_digit or (has_digit is None and _DIGIT.search(lower)):
        for run in _GLUED_LETTERS.finditer(lower):
            word = run.group()
            if word in _TOKEN_WORDS:
                out.setdefault(word, []).append(run.start())
                out[word].sort()
    return out


#: token -> the places in ``_RULE_TABLE`` of the rules that can start at it.
_RULES_STARTING_AT: dict[str, tuple[int, ...]] = {
    token: tuple(i for i, rule in enumerate(_RULE_TABLE) if token in rule.starts)
    for token in frozenset().union(*(rule.starts for rule in _RULE_TABLE))
}


#: Every distinct set of ``_Rule.needs`` (rules share them: a digit, a month, ...), and
#: per rule of ``_RULE_TABLE`` the bits of the sets it needs (bit i: ``_NEED_SETS[i]``), so
#: that each set is checked once per text rather than once per rule needing it.
_NEED_SETS: tuple[frozenset[str], ...] = tuple(
    dict.fromkeys(need for rule in _RULE_TABLE for need in rule.needs)
)
_NEED_BITS: tuple[int, ...] = tuple(
    sum(1 << _NEED_SETS.index(need) for need in set(rule.needs)) for rule in _RULE_TABLE
)


def _unmet_needs(present: frozenset[str]) -> int:
    """The bits of the ``_NEED_SETS`` none of whose tokens is in ``present``."""
    return sum(1 << i for i, need in enumerate(_NEED_SETS) if need.isdisjoint(present))


#: token -> the places in ``_RULE_TABLE`` of the rules tried where it starts (at a "the"
#: before digits, the rules starting at it and at digits).
_PLACES_AT: dict[str, tuple[int, ...]] = {
    token: tuple(
        p for p in places if token != _THE_BEFORE_DIGITS or _DIGITS in _RULE_TABLE[p].starts
    )
    for token, places in _RULES_STARTING_AT.items()
}
#: A "the" (in any case, even ending a word) and whitespace before a digit (the token
#: ``THE``): where the rules starting at it can start.
_THE_DIGITS = re.compile(r"the(?=\s+\d)", re.IGNORECASE)
_JOINTS: dict[tuple[int, ...], JointRules] = {}  # compiled when first needed


def _joint(places: tuple[int, ...]) -> JointRules:
    """The rules at ``places`` of ``_RULE_TABLE`` joined in one pattern (``rule_scan``),
    compiled once."""
    joint = _JOINTS.get(places)
    if joint is None:
        patterns = [rule.pattern.pattern for rule in _RULE_TABLE]
        joint = _JOINTS[places] = join_rules(places, patterns, re.IGNORECASE)
    return joint


#: token -> the bits of the needed sets of the rules starting at it: the only bits of
#: ``_unmet_needs`` its joint depends on (so few joints are remembered per token).
_NEEDS_OF_TOKEN: dict[str, int] = {
    token: sum({1 << i for p in places for i in range(len(_NEED_SETS)) if _NEED_BITS[p] >> i & 1})
    for token, places in _PLACES_AT.items()
}
_JOINTS_MET: dict[tuple[str, int], JointRules | None] = {}


def _joint_met(token: str, unmet: int) -> JointRules | None:
    """The rules starting at ``token`` none of whose needed sets is among the ``unmet``
    bits (``_unmet_needs``) joined in one pattern (None when there is none), remembered."""
    key = (token, unmet & _NEEDS_OF_TOKEN.get(token, 0))
    if key not in _JOINTS_MET:
        starting = _PLACES_AT.get(token, ())
        places = tuple(p for p in starting if not _NEED_BITS[p] & unmet)
        _JOINTS_MET[key] = _joint(places) if places else None
    return _JOINTS_MET[key]


@lru_cache(maxsize=4096)
def _joints_of(present: frozenset[str]) -> tuple[tuple[str, JointRules], ...]:
    """The tokens of ``present`` (and the "the" before digits when it has a digit) at
    which a rule whose needed words are all in ``present`` can start, each with those
    rules joined (``_joint_met``)."""
    unmet = _unmet_needs(present)
    tokens = sorted(present | {_THE_BEFORE_DIGITS} if _DIGITS in present else present)
    joints = ((token, _joint_met(token, unmet)) for token in tokens)
    return tuple((token, joint) for token, joint in joints if joint is not None)


def _hits(text: str, offsets: dict[str, list[int]], present: frozenset[str]) -> set:
    """(start, end, priority) of every non-empty match of a rule whose needed words are
    in ``present`` at a place it can start: a trigger word of ``offsets``, the first digit
    of a number, a "the" before one."""
    hits: set[tuple[int, int, int]] = set()
    for token, joint in _joints_of(present):
        if token == _DIGITS:
            starts: Iterable[int] = (run.start() for run in _DIGIT_RUN.finditer(text))
        elif token == _THE_BEFORE_DIGITS:
            starts = (found.start() for found in _THE_DIGITS.finditer(text))
        else:
            starts = offsets[token]
        hits.update(hits_at(joint, text, starts))
    return hits


def _spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, priority) of every rule match in ``text`` (as each rule's
    ``pattern.finditer`` finds them): the rules that can start at a place (and whose
    needed words are in the text) tried together there, in one compiled pattern
    (``_joint``), one call per place (``tests/test_scan.py`` checks it against a try of
    each rule at each of its starts, the former scan)."""
    has_digit = _DIGIT.search(text) is not None
    offsets = _word_offsets(text, has_digit)
    present = frozenset(offsets) | _DIGIT_TOKEN if has_digit else frozenset(offsets)
    hits = _hits(text, offsets, present) if present else None
    return first_matches(sorted(hits)) if hits else []


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
