"""Rule handlers for the temporal expressions of news text that have no written year:
weekdays, today/yesterday, now/recently, relative units (last week), quarters, halves and
seasons, months without a year, durations, "two years ago", times of day and sets.

Each returns a ``Reading`` with its TimeML ``timex_type`` and ``timex_value``. Dates are
resolved against the anchor (the document date); a weekday or a month without a year
goes to the nearest such day or month unless the sentence's tense says otherwise
(``sentence_tense``); without an anchor the value keeps its ``X`` digits and the reading
carries the flag ``unresolved_relative``.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import replace
from functools import lru_cache

import pandas as pd

from analysis.dates.lexicon import (
    DAY_PARTS,
    DAY_WORDS,
    FUTURE_CUES,
    HOLIDAYS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PAST_CUES,
    QUANTITY_WORDS,
    REFERENCE_WORDS,
    SEASON_WORDS,
    SET_WORDS,
    UNITS,
    WEEKDAY_NAMES,
    alternation,
    key,
)
from analysis.dates.model import Reading, _in_range, _month_span, _year_span

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


# ---------------------------------------------------------------------------
# Weekdays, today/yesterday, now/recently
# ---------------------------------------------------------------------------


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


def h_weekday(m: re.Match[str], text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "Friday", "on Monday", "last Tuesday", "Friday morning"."""
    weekday = WEEKDAY_NAMES[m["wd"].lower()]
    rel = key(m["rel"] or "")
    if anchor is None:
        return _unresolved(f"XXXX-WXX-{weekday + 1}")
    if rel in ("last", "this past", "past", "previous"):
        back = (anchor.weekday() - weekday) % 7 or 7
        day = anchor - pd.Timedelta(days=back)
    elif rel in ("next", "this coming", "coming"):
        day = anchor + pd.Timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    else:
        tense = (
            "future"
            if rel == "this"
            else sentence_tense(text, m.start(), m.end(), prepositions=False)
        )
        day = nearest_weekday(anchor, weekday, tense)
    reading = _day_reading(day)
    if reading is None or not m["part"]:
        return reading
    part = DAY_PARTS[m["part"].lower()]
    return replace(reading, timex_value=f"{day:%Y-%m-%d}T{part}")


def h_day_word(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "today", "yesterday", "tomorrow", "tonight", "yesterday morning"."""
    word = m["dw"].lower()
    part = DAY_PARTS.get(word) or (DAY_PARTS.get(m["part"].lower()) if m["part"] else None)
    if anchor is None:
        return _unresolved("XXXX-XX-XX" + (f"T{part}" if part else ""), "TIME" if part else "DATE")
    day = anchor + pd.Timedelta(days=DAY_WORDS[word])
    reading = _day_reading(day)
    if reading is None or part is None:
        return reading
    return Reading(
        **{**reading.__dict__, "timex_type": "TIME", "timex_value": f"{day:%Y-%m-%d}T{part}"}
    )


def h_this_day_part(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "this morning", "this evening": a part of the anchor's day."""
    part = DAY_PARTS[m["part"].lower()]
    if anchor is None:
        return _unresolved(f"XXXX-XX-XXT{part}", "TIME")
    reading = _day_reading(anchor)
    if reading is None:
        return None
    return Reading(
        **{**reading.__dict__, "timex_type": "TIME", "timex_value": f"{anchor:%Y-%m-%d}T{part}"}
    )


def h_reference(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> Reading | None:
    """ "now", "currently", "recently", "the past", "the future": no date, a reference."""
    word = key(m["ref"])
    if word == "current" and re.match(r"\s+account", _text[m.end() : m.end() + 9]):
        return None  # the current account (of a balance of payments)
    value = REFERENCE_WORDS[word]
    return Reading(None, None, "day", relative=True, kind="reference", timex_value=value)


# ---------------------------------------------------------------------------
# Relative units, quarters, halves, seasons, months without a year
# ---------------------------------------------------------------------------

_OFFSETS = {
    "last": -1, "past": -1, "previous": -1, "prior": -1, "this": 0, "current": 0,
    "present": 0, "same": 0, "next": 1, "coming": 1, "following": 1,
}  # fmt: skip


def _offset(rel: str) -> int:
    return _OFFSETS[key(rel).removeprefix("the ").split()[-1]]


def h_rel_unit(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "last week", "this weekend", "next quarter", "this decade"."""
    unit = m["unit"].lower()
    offset = _offset(m["rel"])
    if anchor is None:
        placeholder = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "quarter": "XXXX-QX"}
        return _unresolved(placeholder.get(unit, "XXXX"), precision="day")
    if unit in ("week", "weekend"):
        day = anchor + pd.Timedelta(days=7 * offset)
        monday = day - pd.Timedelta(days=day.weekday())
        if not _in_range(monday.year):
            return None
        first = monday + pd.Timedelta(days=5) if unit == "weekend" else monday
        value = week_value(day) + ("-WE" if unit == "weekend" else "")
        return Reading(
            first, monday + pd.Timedelta(days=6), "day", relative=True, kind="relative",
            timex_value=value,
        )  # fmt: skip
    if unit == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + offset
        return _quarter_reading(index // 4, index % 4 + 1)
    if unit in ("decade", "century"):
        size = 10 if unit == "decade" else 100
        start = anchor.year // size * size + offset * size
        if not (_in_range(start) and _in_range(start + size - 1)):
            return None
        return Reading(
            _year_span(start)[0], _year_span(start + size - 1)[1], "period", relative=True,
            kind="relative", timex_value=str(start // size),
        )  # fmt: skip
    return None


def h_the_weekend(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "the weekend": the anchor's weekend from Friday on, else the one before."""
    if anchor is None:
        return _unresolved("XXXX-WXX-WE")
    day = anchor if anchor.weekday() >= 4 else anchor - pd.Timedelta(days=7)
    saturday = day + pd.Timedelta(days=5 - day.weekday())
    if not _in_range(saturday.year):
        return None
    return Reading(
        saturday, saturday + pd.Timedelta(days=1), "day", relative=True, kind="relative",
        timex_value=week_value(saturday) + "-WE",
    )  # fmt: skip


def h_century(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> Reading | None:
    """ "the 21st century": value "20" (its years 2001-2100)."""
    n = int(m["n"])
    first, last = 100 * (n - 1) + 1, 100 * n
    if not (_in_range(first) and _in_range(last)):
        return Reading(None, None, "period", kind="period", timex_value=f"{n - 1:02d}")
    return Reading(
        _year_span(first)[0], _year_span(last)[1], "period", kind="period",
        timex_value=f"{n - 1:02d}",
    )  # fmt: skip


def h_holiday(m: re.Match[str], text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "Christmas", "Thanksgiving Day", "National Day": the nearest such day."""
    spec = HOLIDAYS[key(m["hol"]).replace("’", "'")]
    if anchor is None:
        value = "XXXX-11-XX" if spec == "thanksgiving" else f"XXXX-{spec}"
        return _unresolved(value)
    tense = sentence_tense(text, m.start(), m.end())
    if spec == "thanksgiving":
        days = []
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            first = datetime.date(year, 11, 1)
            days.append(first + datetime.timedelta(days=(3 - first.weekday()) % 7 + 21))
        day = min(days, key=lambda d: abs((d - anchor.date()).days))
        if tense == "past" and day > anchor.date():
            day = max(d for d in days if d <= anchor.date())
        if tense == "future" and day < anchor.date():
            day = min(d for d in days if d >= anchor.date())
        return _day_reading(pd.Timestamp(day))
    month, number = int(spec[:2]), int(spec[3:])
    year = nearest_year(anchor, month, number, tense)
    return None if year is None else _day_reading(pd.Timestamp(year, month, number))


def h_the_year(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "the year", "the full year", "the fiscal year", "year-end", "the end of the year":
    the anchor's year ("the latest fiscal year": the one before)."""
    if anchor is None:
        return _unresolved("XXXX", precision="year")
    year = anchor.year - (1 if m["latest"] else 0)
    if not _in_range(year):
        return None
    return Reading(
        *_year_span(year), "year", relative=True, kind="relative", timex_value=f"{year:04d}"
    )


_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
SPOKEN_TENS = "|".join(_TENS)
SPOKEN_TEENS = "|".join(_TEENS)
SPOKEN_UNITS = "|".join(_UNITS)


_COUNT_AFTER = re.compile(rf"(?i)\s*(?:{alternation(QUANTITY_WORDS)})\b")


def h_spoken_year(m: re.Match[str], text: str, _anchor: pd.Timestamp | None) -> Reading | None:
    """ "nineteen ninety-six", "nineteen seventy-nine", "the year two thousand" (as
    broadcast transcripts write years); not a count ("twenty twenty people")."""
    if _COUNT_AFTER.match(text, m.end()):
        return None
    if m["thousand"]:
        year = 2000 + (_UNITS.get((m["tu"] or "").lower(), 0))
    else:
        century = _TEENS[m["c"].lower()] if m["c"].lower() in _TEENS else _TENS[m["c"].lower()]
        rest = 0
        if m["teen"]:
            rest = _TEENS[m["teen"].lower()]
        elif m["ten"]:
            rest = _TENS[m["ten"].lower()] + _UNITS.get((m["unit"] or "").lower(), 0)
        elif m["oh"]:
            rest = _UNITS[m["oh"].lower()]
        year = century * 100 + rest
    if not _in_range(year):
        return None
    return Reading(*_year_span(year), "year", timex_value=f"{year:04d}")


def _quarter_year(quarter: int, anchor: pd.Timestamp, tense: str) -> int:
    """Year of "the third quarter" said at ``anchor``: this year's unless it is still to
    come and the sentence is not about the future."""
    current = (anchor.month - 1) // 3 + 1
    if quarter > current and tense != "future":
        return anchor.year - 1
    return anchor.year


def h_quarter(m: re.Match[str], text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "the third quarter", "third-quarter", "the first half", "the second half"."""
    number = ORDINALS[m["ord"].lower()]
    unit = m["unit"].lower()
    if unit == "half" and number > 2:
        return None
    if _OF_SOMETHING_ELSE.match(text, m.end()):
        return None  # "the first half of the term", "the first half term": not of a year
    if anchor is None and not m["y"]:
        return _unresolved(f"XXXX-{'Q' if unit == 'quarter' else 'H'}{number}", precision="season")
    anchor = anchor if anchor is not None else pd.Timestamp(int(m["y"]), 12, 31)
    tense = sentence_tense(text, m.start(), m.end())
    back = 1 if m["ago"] else 0
    if m["y"]:
        year = int(m["y"])
    elif unit == "quarter":
        year = _quarter_year(number, anchor, tense) - back
    else:
        half_now = 1 if anchor.month <= 6 else 2
        year = anchor.year - 1 if number > half_now and tense != "future" else anchor.year
        year -= back
    if unit == "quarter":
        return _quarter_reading(year, number)
    return _half_reading(year, number)


_OF_SOMETHING_ELSE = re.compile(
    r"(?i)\s+(?:term|tenure|century|decade|season|match|game|of\s+(?!(?:the\s+|this\s+|last\s+"
    r"|next\s+|fiscal\s+)?(?:year|fiscal)\b|\d))"
)


def h_year_quarter(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "1989's third quarter", "this year's first half", "last year's fourth quarter"."""
    number = ORDINALS[m["ord"].lower()]
    unit = m["unit"].lower()
    if m["y"]:
        year = int(m["y"])
    elif anchor is None:
        return _unresolved("XXXX", precision="season")
    else:
        year = anchor.year + _offset(m["rel"])
    if unit == "half":
        return _half_reading(year, number) if number <= 2 else None
    return _quarter_reading(year, number)


def h_the_quarter(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "the quarter", "the latest quarter", "the 1988 quarter", "the year-ago quarter":
    the last quarter before the anchor's, or the quarter named before it in the text
    (``timex.resolve_references``), in the year written or a year earlier."""
    if m["noun"].lower() == "period" and not (m["ago"] or m["y"] or m["mod"]):
        return None  # "the period" alone names no time
    if anchor is None:
        return _unresolved("XXXX-QX", precision="season")
    index = anchor.year * 4 + (anchor.month - 1) // 3 - 1
    if m["ago"]:
        index -= 4
    if m["y"]:
        index = int(m["y"]) * 4 + index % 4
    reading = _quarter_reading(index // 4, index % 4 + 1)
    note = "the_quarter" + (f" year {m['y']}" if m["y"] else "") + (" ago" if m["ago"] else "")
    return None if reading is None else replace(reading, note=note)


def h_rel_season(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "this spring", "last summer", "next fall"."""
    code = SEASON_WORDS[m["season"].lower()]
    if anchor is None:
        return _unresolved(f"XXXX-{code}", precision="season")
    first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    offset = _offset(m["rel"])
    year = anchor.year
    if offset < 0:
        year = anchor.year if first + 2 < anchor.month else anchor.year - 1
    elif offset > 0:
        year = anchor.year if first > anchor.month else anchor.year + 1
    if not (_in_range(year) and _in_range(year + 1)):
        return None
    start = _month_span(year, first)[0]
    end_month = (first + 2 - 1) % 12 + 1
    end = _month_span(year + (1 if end_month < first else 0), end_month)[1]
    return Reading(
        start, end, "season", relative=True, kind="relative", timex_value=f"{year:04d}-{code}"
    )


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


_MONTH_PREPOSITIONS = re.compile(
    r"(?i)\b(?:in|since|until|till|by|from|of|during|through|early|late|mid|last|next|this|before"
    r"|after|between|and|to|or|until)\s*-?\s*$"
)


def h_month_alone(m: re.Match[str], text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "January", "in March": a month without a year (capitalised; "May" and "March"
    only after a preposition)."""
    word = m["mon"]
    if not word[0].isupper():
        return None
    month = MONTHS[word.lower()]
    if word.lower() in ("may", "march") and not _MONTH_PREPOSITIONS.search(
        text[max(0, m.start() - 12) : m.start()]
    ):
        return None
    if anchor is None:
        return Reading(
            None, None, "month", ("unresolved_relative",), relative=True, kind="relative",
            timex_value=f"XXXX-{month:02d}",
        )  # fmt: skip
    year = nearest_month_year(anchor, month, sentence_tense(text, m.start(), m.end()))
    if not _in_range(year):
        return None
    return Reading(
        *_month_span(year, month), "month", ("month_no_year",), relative=True, kind="relative",
        timex_value=f"{year:04d}-{month:02d}",
    )  # fmt: skip


# ---------------------------------------------------------------------------
# Durations, "two years ago", sets, times of day
# ---------------------------------------------------------------------------


def h_duration(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> Reading | None:
    """ "three years", "the past five months", "a decade", "several weeks", "10-year"."""
    unit = _unit_of(m["unit"])
    if unit not in UNITS:
        return None
    n = _number(m["n"]) if m["n"] else (None if m["unit"].lower() != unit else 1.0)
    if m["n"] and n is not None and n > 1000:
        return None
    if unit == "quarter" and re.match(r"\s+of\b", _text[m.end() : m.end() + 4]):
        return None  # "three-quarters of its food": a share, not a time
    relative = bool(m.groupdict().get("rel"))
    return Reading(
        None, None, "period", relative=relative, kind="duration", timex_type="DURATION",
        timex_value=duration_value(n, unit),
    )  # fmt: skip


def _shift(anchor: pd.Timestamp, n: int, unit: str) -> tuple[pd.Timestamp, str, str] | None:
    """``anchor`` moved by ``n`` units, with the TIMEX3 value at that unit's granularity
    and the precision."""
    try:
        if unit == "day":
            day = anchor + pd.Timedelta(days=n)
            return day, f"{day:%Y-%m-%d}", "day"
        if unit == "week":
            day = anchor + pd.Timedelta(days=7 * n)
            return day, week_value(day), "day"
        if unit == "month":
            day = anchor + pd.DateOffset(months=n)
            return day, f"{day:%Y-%m}", "month"
        if unit == "quarter":
            day = anchor + pd.DateOffset(months=3 * n)
            return day, f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}", "season"
        if unit == "year":
            day = anchor + pd.DateOffset(years=n)
            return day, f"{day.year:04d}", "year"
        if unit == "decade":
            day = anchor + pd.DateOffset(years=10 * n)
            return day, f"{day.year // 10:03d}", "period"
    except (OverflowError, ValueError):
        return None
    return None


def _span_of(day: pd.Timestamp, precision: str, value: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    if precision == "month":
        return _month_span(day.year, day.month)
    if precision == "year":
        return _year_span(day.year)
    if precision == "season":
        first = 3 * int(value[-1]) - 2
        return _month_span(day.year, first)[0], _month_span(day.year, first + 2)[1]
    if precision == "period":
        start = day.year // 10 * 10
        return _year_span(start)[0], _year_span(start + 9)[1]
    if "-W" in value:
        monday = day - pd.Timedelta(days=day.weekday())
        return monday, monday + pd.Timedelta(days=6)
    return day, day


def h_ago(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "two years ago", "a week earlier", "three months later", "a year from now"."""
    unit = _unit_of(m["unit"])
    n = _number(m["n"]) if m["n"] else 1.0
    direction = m["dir"].lower()
    sign = 1 if direction in ("later", "from now", "hence") or direction.startswith("from") else -1
    anaphoric = direction in ("earlier", "later")
    if (
        n is None
        or n != int(n)
        or unit not in ("day", "week", "month", "quarter", "year", "decade")
    ):
        value = {"year": "XXXX", "month": "XXXX-XX", "day": "XXXX-XX-XX"}.get(unit, "XXXX")
        flags = ("vague",)
        if anchor is None or n is None:
            return Reading(
                None, None, "year", flags, relative=True, kind="relative", timex_value=value
            )
        n = round(n)
    if anchor is None:
        return _unresolved("XXXX", precision="year")
    shifted = _shift(anchor, sign * int(n), unit)
    if shifted is None or not _in_range(shifted[0].year):
        return None
    day, value, precision = shifted
    start, end = _span_of(day, precision, value)
    if not (_in_range(start.year) and _in_range(end.year)):
        return None
    return Reading(
        start, end, precision, relative=True, kind="relative", timex_value=value,
        note=f"anaphoric {sign * int(n)} {unit}" if anaphoric else f"shift {sign * int(n)} {unit}",
    )  # fmt: skip


_MONEY_BEFORE = re.compile(
    r"(?i)(?:\d|million|billion|trillion|percent|%|dollars|cents|tons?|barrels|hours|times)\s*$"
)


def h_set(m: re.Match[str], text: str, _anchor: pd.Timestamp | None) -> Reading | None:
    """ "daily", "every year", "each month", "per week", "$5 million a year"."""
    groups = m.groupdict()
    weekday = groups.get("wd") or groups.get("wdp")
    if weekday:
        return Reading(
            None, None, "period", kind="set", timex_type="SET",
            timex_value=f"XXXX-WXX-{WEEKDAY_NAMES[weekday.lower()] + 1}",
        )  # fmt: skip
    if groups.get("mon"):
        month = MONTHS[m["mon"].lower()]
        return Reading(
            None, None, "period", kind="set", timex_type="SET", timex_value=f"XXXX-{month:02d}"
        )
    if groups.get("word"):
        word = m["word"].lower()
        before = text[max(0, m.start() - 5) : m.start()].lower()
        after = text[m.end() : m.end() + 30]
        if before.endswith("the ") and re.match(
            r"\s+(?:[A-Z]|news|paper|newspaper|magazine)", after
        ):
            return None
        value = SET_WORDS[word]
    else:
        unit = _unit_of(m["unit"])
        if m["q"].lower() == "a" and not _MONEY_BEFORE.search(
            text[max(0, m.start() - 20) : m.start()]
        ):
            return None
        value = duration_value(1, unit)
    return Reading(None, None, "period", kind="set", timex_type="SET", timex_value=value)


def h_clock(m: re.Match[str], text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "10 a.m.", "3:30 p.m.", "noon", "midnight": a time on the anchor's day."""
    if m["named"]:
        hour, minute = (12, 0) if m["named"].lower() in ("noon", "midday") else (24, 0)
    else:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        if not (1 <= hour <= 12 and minute < 60):
            return None
        pm = m["ap"].lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    clock = f"T{hour:02d}:{minute:02d}"
    date = f"{anchor:%Y-%m-%d}" if anchor is not None else "XXXX-XX-XX"
    return Reading(
        None, None, "day", relative=anchor is not None, kind="time", timex_type="TIME",
        timex_value=date + clock,
    )  # fmt: skip


def h_clock_day(m: re.Match[str], text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9", "9 a.m. tomorrow"."""
    clock = h_clock(m, text, anchor)
    if clock is None:
        return None
    time = clock.timex_value.split("T", 1)[1]
    if anchor is None:
        return replace(clock, timex_value="XXXX-XX-XXT" + time)
    tense = sentence_tense(text, m.start(), m.end())
    if m["wd"]:
        day = nearest_weekday(anchor, WEEKDAY_NAMES[m["wd"].lower()], tense)
    elif m["dw"]:
        day = anchor + pd.Timedelta(days=DAY_WORDS[m["dw"].lower()])
    else:
        month, number = MONTHS[m["mon"].lower()], int(m["d"])
        if number > calendar.monthrange(anchor.year, month)[1]:
            return None
        year = nearest_year(anchor, month, number, tense)
        if year is None:
            return None
        day = pd.Timestamp(year, month, number)
    if not _in_range(day.year):
        return None
    return Reading(
        day, day, "day", relative=True, kind="relative", timex_type="TIME",
        timex_value=f"{day:%Y-%m-%d}T{time}",
    )  # fmt: skip


@lru_cache(maxsize=1)
def month_alternation() -> str:
    """Full month names only (bare months are read only when spelled out)."""
    return "|".join(name for name in calendar.month_name if name)
