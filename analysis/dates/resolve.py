"""How the date finder resolves what a text leaves open: the tense of the sentence
around an expression, the nearest weekday or year to the anchor, and the small helpers
that build a ``Reading`` with its TimeML value.
"""

from __future__ import annotations

import datetime
import re

import pandas as pd

from analysis.dates.lexicon import (
    FUTURE_CUES,
    NUMBER_WORDS,
    PAST_CUES,
    UNITS,
    alternation,
    key,
)
from analysis.dates.model import Reading, _in_range, _month_span

# ---------------------------------------------------------------------------
# Tense of the sentence around a match
# ---------------------------------------------------------------------------

_FUTURE = re.compile(rf"(?i)(?:\b(?:{alternation(FUTURE_CUES)})\b|'ll\b)")
_PAST = re.compile(rf"(?i)\b(?:(?:{alternation(PAST_CUES)})|[a-z]{{3,}}ed)\b")
_PARTICIPLE = re.compile(r"(?i)\b(?:be|being|to)\s+$")
_FUTURE_PREPOSITION = re.compile(r"(?i)\b(?:until|till|by)\s+$")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"'“])|\n")


def sentence_tense(text: str, start: int, end: int, *, prepositions: bool = True) -> str:
    """ "future", "past" or "" for the expression ``text[start:end]``: the tense cue
    (will, is to, next ... / said, was, -ed) nearest to it in its sentence decides."""
    lo, hi = max(0, start - 200), min(len(text), end + 200)
    left = max((m.end() for m in _SENTENCE_END.finditer(text, lo, start)), default=lo)
    right_m = _SENTENCE_END.search(text, end, hi)
    right = right_m.start() if right_m else hi
    if prepositions and _FUTURE_PREPOSITION.search(text, max(0, start - 8), start):
        return "future"
    best: tuple[int, str] | None = None
    for tense, pattern in (("future", _FUTURE), ("past", _PAST)):
        for cue in pattern.finditer(text, left, right):
            if start <= cue.start() < end:
                continue
            if tense == "past" and _PARTICIPLE.search(text, max(0, cue.start() - 7), cue.start()):
                continue  # "will be held", "to be signed": a participle, not the past
            distance = start - cue.end() if cue.end() <= start else cue.start() - end
            if best is None or distance < best[0]:
                best = (distance, tense)
    return best[1] if best else ""


# ---------------------------------------------------------------------------
# Small value helpers
# ---------------------------------------------------------------------------


def _unresolved(value: str, timex_type: str = "DATE", precision: str = "day") -> Reading:
    return Reading(
        None,
        None,
        precision,
        ("unresolved_relative",),
        relative=True,
        kind="relative",
        timex_type=timex_type,
        timex_value=value,
    )


def _day_reading(day: pd.Timestamp, flags: tuple[str, ...] = (), value: str = "") -> Reading | None:
    if not _in_range(day.year):
        return None
    return Reading(
        day,
        day,
        "day",
        flags,
        relative=True,
        kind="relative",
        timex_value=value or f"{day:%Y-%m-%d}",
    )


def week_value(day: pd.Timestamp) -> str:
    """ISO week of ``day`` as a TIMEX3 value ("2024-W43")."""
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _quarter_reading(year: int, quarter: int, flags: tuple[str, ...] = ()) -> Reading | None:
    if not _in_range(year):
        return None
    first = 3 * quarter - 2
    return Reading(
        _month_span(year, first)[0],
        _month_span(year, first + 2)[1],
        "season",
        flags,
        relative=True,
        kind="relative",
        timex_value=f"{year:04d}-Q{quarter}",
    )


def _half_reading(year: int, half: int) -> Reading | None:
    if not _in_range(year):
        return None
    first = 6 * half - 5
    return Reading(
        _month_span(year, first)[0],
        _month_span(year, first + 5)[1],
        "season",
        relative=True,
        kind="relative",
        timex_value=f"{year:04d}-H{half}",
    )


def _number(word: str) -> float | None:
    """A written number ("three", "3", "1.5", "a") or None for a vague one ("several")."""
    word = key(word).replace(",", "")
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    parts = word.replace("-", " ").split()
    if len(parts) == 2 and all(part in NUMBER_WORDS for part in parts):
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]  # "twenty four"
    try:
        return float(word)
    except ValueError:
        return None


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 value of ``n`` ``unit``s: "P3M", "PT4H", "PXY" (vague), "P1.5Y"."""
    letter, is_time = UNITS[unit]
    scale = {"DE": (10, "Y"), "CE": (100, "Y"), "Q": (3, "M")}.get(letter)
    if scale is not None:
        letter = scale[1]
        n = None if n is None else n * scale[0]
    if n is None:
        amount = "X"
    elif n == int(n):
        amount = str(int(n))
    else:
        amount = f"{n:g}"
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def _unit_of(word: str) -> str:
    word = word.lower()
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word


def nearest_weekday(anchor: pd.Timestamp, weekday: int, tense: str) -> pd.Timestamp:
    """The day named ``weekday`` nearest ``anchor`` (the anchor itself when it is that
    day); ``tense`` "past" / "future" takes the one before / after."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if back == 0:
        return anchor
    if tense == "future" or (tense == "" and ahead < back):
        return anchor + pd.Timedelta(days=ahead)
    return anchor - pd.Timedelta(days=back)


def nearest_year(anchor: pd.Timestamp, month: int, day: int, tense: str) -> int | None:
    """The year that puts ``day`` ``month`` nearest ``anchor``; a sentence in the past
    (future) tense moves it to the year before (after) when the nearest is more than
    ``TENSE_TOLERANCE_DAYS`` on the other side of the anchor. None when no such day
    exists (31 February)."""
    today = anchor.date()
    found = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            found.append((year, (datetime.date(year, month, day) - today).days))
        except ValueError:
            continue
    if not found:
        return None
    year, offset = min(found, key=lambda yd: (abs(yd[1]), yd[1] > 0))
    if tense == "past" and offset > TENSE_TOLERANCE_DAYS:
        earlier = [yd for yd in found if yd[1] <= TENSE_TOLERANCE_DAYS]
        return max(earlier, key=lambda yd: yd[1])[0] if earlier else year
    if tense == "future" and offset < -TENSE_TOLERANCE_DAYS:
        later = [yd for yd in found if yd[1] >= -TENSE_TOLERANCE_DAYS]
        return min(later, key=lambda yd: yd[1])[0] if later else year
    return year


#: How far on the "wrong" side of the anchor the nearest reading of a date without a
#: year may be before the sentence's tense overrides it.
TENSE_TOLERANCE_DAYS = 31


def nearest_month_year(anchor: pd.Timestamp, month: int, tense: str) -> int:
    """Year of a month named without a year at ``anchor``: the nearest such month
    (``nearest_year``, the month read as its 15th day)."""
    year = nearest_year(anchor, month, 15, tense)
    return anchor.year if year is None else year
