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
    PRESENT_PLAN_VERBS,
    SENTENCE_ABBREVIATIONS,
    UNITS,
    alternation,
    key,
)
from analysis.dates.model import Reading, _in_range, _month_span

# ---------------------------------------------------------------------------
# Tense of the sentence around a match
# ---------------------------------------------------------------------------


def words_before(words: str) -> re.Pattern[str]:
    """A pattern that finds one of ``words`` (a regex alternation, any case) followed by
    whitespace at the end of the text searched: the word just before an expression."""
    return re.compile(rf"(?i)\b(?:{words})\s+$")


_FUTURE = re.compile(rf"(?i)(?:\b(?:{alternation(FUTURE_CUES)})\b(?!(?<=next)\s+to\b)|'ll\b)")
# a past cue word, or a lower-case word in -ed ("United", "Red" are names, not verbs;
# "succeed", "proceed", "exceed" are not past forms: a past form in -eed is listed)
_PAST = re.compile(rf"\b(?:(?i:{alternation(PAST_CUES)})|[a-z]{{3,}}(?<!e)ed)\b")
#: Before a future cue, words that put the plan itself in the past ("had been scheduled
#: to expire Friday", "as previously planned Saturday night"): the cue then reads past.
_PLAN_IN_PAST = words_before(r"had\s+been|had|previously|originally")
_PARTICIPLE = words_before("be|being|to")
#: Before a word in -ed, a determiner (and an adverb) makes it an adjective, neither a past
#: verb nor a plan ("a still unspecified date in January", "the proposed merger", "a
#: hastily planned trip"); "it still owned" stays a verb.
_DETERMINER = re.compile(
    r"(?i)\b(?:a|an|the|its|their|his|her|our|this|these|those)\s+(?:(?:still|\w+ly)\s+)?$"
)
#: A present-tense verb of a scheduled event ("meet separately Monday"): a future cue.
_PRESENT_PLAN = re.compile(rf"(?i)\b(?:{alternation(PRESENT_PLAN_VERBS)})\b")
#: Before such a verb, words that make it an infinitive or a verb whose tense another word
#: carries ("agreed to meet Monday", "did not meet Monday", "could open Monday").
_NOT_PRESENT = words_before(
    r"to|not|n't|never|did|does|do|would|could|should|might|may|must|can|will|shall"
)
_PRESENT_PLAN_WORDS = frozenset(key(w) for w in PRESENT_PLAN_VERBS)
_FUTURE_PREPOSITION = words_before("until|till|by")
#: "through" before a date names the end of a span ("loans through January", "this year
#: through August"): the verb's tense dates the span, not its end, so the nearest such
#: date is read whatever the tense.
_SPAN_END_PREPOSITION = words_before("through")
#: After "was"/"were", a future cue makes the auxiliary part of the plan ("were planning
#: to drive on Monday", "was expected to arrive Friday"): the plan's cue decides alone.
_AUX_OF_PLAN = re.compile(rf"(?i)\s+(?:{alternation(FUTURE_CUES)})\b")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"'“])|\n")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.$")


def _sentence_ends(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The ends of sentences in ``text[lo:hi]``: a full stop after a single letter ("U.S.",
    "W.") or one of ``SENTENCE_ABBREVIATIONS`` ("vs.", "Gen.") is not one."""
    ends = []
    for m in _SENTENCE_END.finditer(text, lo, hi):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start() + 1)
        if word and (len(word[1]) == 1 or word[1].casefold() in SENTENCE_ABBREVIATIONS):
            continue
        ends.append(m)
    return ends


def same_sentence(text: str, start: int, end: int) -> bool:
    """True when no sentence ends in ``text[start:end]`` (``_sentence_ends``; the
    capital after the end may be ``text[end]``)."""
    return not _sentence_ends(text, start, min(len(text), end + 1))


def sentence_tense(text: str, start: int, end: int, *, prepositions: bool = True) -> str:
    """ "future", "past" or "" for the expression ``text[start:end]``: the tense cue
    (will, is to, next ... / said, was, -ed) nearest to it in its sentence decides."""
    return tense_cue(text, start, end, prepositions=prepositions)[0]


def tense_cue(text: str, start: int, end: int, *, prepositions: bool = True) -> tuple[str, str]:
    """(tense, cue word) for the expression ``text[start:end]``, as ``sentence_tense``
    decides it; the cue is lowercased ("" when no cue or a preposition decided)."""
    lo, hi = max(0, start - 200), min(len(text), end + 200)
    left = max((m.end() for m in _sentence_ends(text, lo, start)), default=lo)
    right_ends = _sentence_ends(text, end, hi)
    right = right_ends[0].start() if right_ends else hi
    if prepositions and _FUTURE_PREPOSITION.search(text, max(0, start - 8), start):
        return "future", ""
    if prepositions and _SPAN_END_PREPOSITION.search(text, max(0, start - 10), start):
        return "", ""
    best: tuple[int, str, str] | None = None
    for tense, pattern in (("future", _FUTURE), ("future", _PRESENT_PLAN), ("past", _PAST)):
        for cue in pattern.finditer(text, left, right):
            weighed = _weigh_cue(text, cue, tense, left, start, end)
            if weighed is not None and (best is None or weighed[0] < best[0]):
                best = weighed
    return (best[1], best[2]) if best else ("", "")


def _weigh_cue(
    text: str, cue: re.Match[str], tense: str, left: int, start: int, end: int
) -> tuple[int, str, str] | None:
    """(distance, tense read, cue word) of a tense cue of the sentence starting at
    ``left`` for the expression ``text[start:end]``, or None when it does not count."""
    if start <= cue.start() < end:
        return None
    if _another_verb_decides(text, cue, left, start, end) or not _is_tense(text, cue, tense):
        return None
    read = tense
    if tense == "future" and _PLAN_IN_PAST.search(text, max(0, cue.start() - 12), cue.start()):
        read = "past"  # "had been due to expire Friday": a plan of the past
    # a cue after the expression counts three times its distance: the verb an
    # adjunct belongs to usually comes before it ("rallied on Friday and were")
    distance = start - cue.end() if cue.end() <= start else (cue.start() - end) * 3
    return distance, read, cue[0].lower()


def _another_verb_decides(text: str, cue: re.Match[str], left: int, start: int, end: int) -> bool:
    """True when the cue is not the verb the expression ``text[start:end]`` belongs to:
    "Until Thursday, they had not ..." (the main verb decides), "agreed to meet Monday"
    (the verb governing the plan decides)."""
    if (
        cue[0].casefold() in ("until", "till")
        and not text[left : cue.start()].strip(" \"'“`")
        and not text[cue.end() : start].strip()
    ):
        return True
    return key(cue[0]) in _PRESENT_PLAN_WORDS and bool(
        cue.start() >= end or _NOT_PRESENT.search(text, max(0, cue.start() - 8), cue.start())
    )


def _is_tense(text: str, cue: re.Match[str], tense: str) -> bool:
    """False when the cue word is not a verb of that tense: "a still unspecified date",
    "the hastily planned trip" (an adjective, neither the past nor a plan), "will be
    held", "to be signed" (a participle, not the past), "was" or "were" before a future
    cue (the auxiliary of a plan)."""
    if cue[0].lower().endswith("ed") and _DETERMINER.search(
        text, max(0, cue.start() - 24), cue.start()
    ):
        return False
    if tense == "past" and _PARTICIPLE.search(text, max(0, cue.start() - 7), cue.start()):
        return False
    return not (cue[0].casefold() in ("was", "were") and _AUX_OF_PLAN.match(text, cue.end()))


_HEAD_OF_SENTENCE = re.compile(r"(?:^|[.!?:\n])[\s\"'“‘`(]*$")


def is_title(m: re.Match[str], text: str, group: str = "unit") -> bool:
    """True when the unit word of ``m`` is capitalised in the middle of a sentence: a
    title or a name ("ABC's 'This Week'", "CBS's '60 Minutes'"), not a time."""
    word = m.group(group) or ""
    return word[:1].isupper() and not _HEAD_OF_SENTENCE.search(
        text, max(0, m.start() - 4), m.start()
    )


def yearless_tense(text: str, start: int, end: int) -> tuple[str, int]:
    """(tense, tolerance in days) for a date without a year at ``text[start:end]``: a
    verb of saying ("said", "told") dates the report rather than the event, so its past
    moves the date to the year before only beyond ``REPORTED_TOLERANCE_DAYS`` ("they
    said they expect to close by Dec. 15", written in October: this December); another
    past cue beyond ``PAST_TOLERANCE_DAYS`` ("the year ended Jan. 31"), a future cue
    beyond ``TENSE_TOLERANCE_DAYS``."""
    tense, cue = tense_cue(text, start, end)
    if tense == "past":
        return tense, REPORTED_TOLERANCE_DAYS if cue in REPORTING_VERBS else PAST_TOLERANCE_DAYS
    return tense, TENSE_TOLERANCE_DAYS


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


def _part_reading(
    year: int, number: int, months: int, letter: str, flags: tuple[str, ...] = ()
) -> Reading | None:
    """Part ``number`` of ``year`` cut into parts of ``months`` months ("2024-Q3" for
    quarter 3, letter "Q"), or None outside the years dates are read in."""
    if not _in_range(year):
        return None
    first = months * (number - 1) + 1
    return Reading(
        _month_span(year, first)[0],
        _month_span(year, first + months - 1)[1],
        "season",
        flags,
        relative=True,
        kind="relative",
        timex_value=f"{year:04d}-{letter}{number}",
    )


def _quarter_reading(year: int, quarter: int, flags: tuple[str, ...] = ()) -> Reading | None:
    return _part_reading(year, quarter, 3, "Q", flags)


def _half_reading(year: int, half: int) -> Reading | None:
    return _part_reading(year, half, 6, "H")


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
    elif (smaller := _SMALLER.get((letter, is_time))) and (n * smaller[0]) % 1 == 0:
        rest = f"{int(n * smaller[0]) % smaller[0]}{smaller[1]}"  # "2 1/2 years": P2Y6M
        amount = f"{int(n)}{letter}{rest}" if int(n) else rest
        return f"PT{amount}" if is_time else f"P{amount}"
    else:
        amount = f"{n:g}"
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


#: The next smaller unit of a unit letter (and whether it is a time unit), for
#: fractions: (how many in one, letter).
_SMALLER = {("Y", False): (12, "M"), ("H", True): (60, "M"), ("M", True): (60, "S")}


def _unit_of(word: str) -> str:
    word = word.casefold()
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


def nearest_year(
    anchor: pd.Timestamp, month: int, day: int, tense: str, *, tolerance: int | None = None
) -> int | None:
    """The year that puts ``day`` ``month`` nearest ``anchor``; a sentence in the past
    (future) tense moves it to the year before (after) when the nearest is more than
    ``tolerance`` days (default ``TENSE_TOLERANCE_DAYS``) on the other side of the
    anchor. None when no such day exists (31 February)."""
    tolerance = TENSE_TOLERANCE_DAYS if tolerance is None else tolerance
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
    if tense == "past" and offset > tolerance:
        earlier = [yd for yd in found if yd[1] <= tolerance]
        return max(earlier, key=lambda yd: yd[1])[0] if earlier else year
    if tense == "future" and offset < -tolerance:
        later = [yd for yd in found if yd[1] >= -tolerance]
        return min(later, key=lambda yd: yd[1])[0] if later else year
    return year


#: How far on the "wrong" side of the anchor the nearest reading of a date without a
#: year may be before the sentence's tense overrides it (a future cue, or any cue for
#: holidays).
TENSE_TOLERANCE_DAYS = 31

#: The same for a past cue other than a verb of saying: two months, since past cues are
#: loose ("a still unspecified date in January": -ed adjectives).
PAST_TOLERANCE_DAYS = 61

#: The same when the past tense comes from a verb of saying: a quarter, since news names
#: the coming months from a past-tense report ("they said they expect to close by
#: Dec. 15", written in October). (TBAQ value F1 79.0 -> 79.4 against 31 days for all,
#: better on both TimeBank and AQUAINT; 92 days for every cue broke "the year ended
#: Jan. 31" and "will be named ... in December", written in March.)
REPORTED_TOLERANCE_DAYS = 92

#: Verbs of saying: their tense is the time of the report, not of the event reported.
REPORTING_VERBS = frozenset({"said", "says", "told", "announced", "reported", "added"})


def nearest_month_year(
    anchor: pd.Timestamp, month: int, tense: str, *, tolerance: int | None = None
) -> int:
    """Year of a month named without a year at ``anchor``: the nearest such month
    (``nearest_year``, the month read as its 15th day)."""
    year = nearest_year(anchor, month, 15, tense, tolerance=tolerance)
    return anchor.year if year is None else year
