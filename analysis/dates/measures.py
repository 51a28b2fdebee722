"""Rule handlers for amounts of time and times on a clock: durations ("three years",
"the past five months"), "two years ago" / "a year earlier", sets ("daily", "every
year"), times of day ("10 a.m. Friday"), spoken years ("nineteen ninety-six") and
centuries.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import replace

import pandas as pd

from analysis.dates.lexicon import (
    DAY_WORDS,
    MONTHS,
    QUANTITY_WORDS,
    SEASON_WORDS,
    SET_WORDS,
    UNITS,
    WEEKDAY_NAMES,
    alternation,
)
from analysis.dates.model import Reading, _in_range, _month_span, _year_span
from analysis.dates.resolve import (
    _number,
    _unit_of,
    _unresolved,
    duration_value,
    is_title,
    nearest_weekday,
    nearest_year,
    sentence_tense,
    week_value,
)


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
        year = 2000 + (_UNITS.get((m["tu"] or "").casefold(), 0))
    else:
        century = (
            _TEENS[m["c"].casefold()] if m["c"].casefold() in _TEENS else _TENS[m["c"].casefold()]
        )
        rest = 0
        if m["teen"]:
            rest = _TEENS[m["teen"].casefold()]
        elif m["ten"]:
            rest = _TENS[m["ten"].casefold()] + _UNITS.get((m["unit"] or "").casefold(), 0)
        elif m["oh"]:
            rest = _UNITS[m["oh"].casefold()]
        year = century * 100 + rest
    if not _in_range(year):
        return None
    if m["mon"]:  # "January nineteen ninety-seven"
        month = MONTHS[m["mon"].casefold()]
        return Reading(*_month_span(year, month), "month", timex_value=f"{year:04d}-{month:02d}")
    if m["season"]:  # "the winter of nineteen ninety-four"
        code = SEASON_WORDS[m["season"].casefold()]
        first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        end = _month_span(year + 1, 2)[1] if code == "WI" else _month_span(year, first + 2)[1]
        return Reading(
            _month_span(year, first)[0], end, "season", kind="season",
            timex_value=f"{year:04d}-{code}",
        )  # fmt: skip
    return Reading(*_year_span(year), "year", timex_value=f"{year:04d}")


# ---------------------------------------------------------------------------
# Durations, "two years ago", sets, times of day
# ---------------------------------------------------------------------------


_AGE = re.compile(r"(?i)[\s-]+old\b")
_TIME_AFTER_SECOND = re.compile(
    r"(?i)\s*(?:$|[,.;:)!?]|(?:later|ago|earlier|before|after|or|and|of|to|in|too)\b)"
)


def h_duration(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> Reading | None:
    """ "three years", "the past five months", "a decade", "several weeks", "10-year"."""
    unit = _unit_of(m["unit"])
    if unit not in UNITS or is_title(m, _text):
        return None
    n = _number(m["n"]) if m["n"] else (None if m["unit"].casefold() != unit else 1.0)
    if n is not None and (m.groupdict().get("frac") or m.groupdict().get("half")):
        n += 0.5  # "5 1/2 hours", "a minute and a half"
    if _not_a_time(m, _text, unit, n):
        return None
    relative = bool(m.groupdict().get("rel"))
    return Reading(
        None, None, "period", relative=relative, kind="duration", timex_type="DURATION",
        timex_value=duration_value(n, unit),
    )  # fmt: skip


def _not_a_time(m: re.Match[str], text: str, unit: str, n: float | None) -> bool:
    """True when a number and a unit are no amount of time (a count, a share, an age, an
    ordinal)."""
    if m["n"] and n is not None and n > 1000:
        return True
    if unit == "quarter" and re.match(r"\s+of\b", text[m.end() : m.end() + 4]):
        return True  # "three-quarters of its food": a share, not a time
    if _AGE.match(text, m.end()):
        return True  # "52 years old": an age, not a time
    # "a second group", "a second betrayal": an ordinal
    return unit == "second" and n == 1 and not _TIME_AFTER_SECOND.match(text, m.end())


#: How to move a date by N units: the offset, the TIMEX3 value of the day reached (at
#: that unit's granularity) and its precision.
_STEPS: dict[str, tuple[Callable[[int], object], Callable[[pd.Timestamp], str], str]] = {
    "day": (lambda n: pd.Timedelta(days=n), lambda d: f"{d:%Y-%m-%d}", "day"),
    "week": (lambda n: pd.Timedelta(days=7 * n), week_value, "day"),
    "month": (lambda n: pd.DateOffset(months=n), lambda d: f"{d:%Y-%m}", "month"),
    "quarter": (
        lambda n: pd.DateOffset(months=3 * n),
        lambda d: f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}",
        "season",
    ),
    "year": (lambda n: pd.DateOffset(years=n), lambda d: f"{d.year:04d}", "year"),
    "decade": (lambda n: pd.DateOffset(years=10 * n), lambda d: f"{d.year // 10:03d}", "period"),
}


def _shift(anchor: pd.Timestamp, n: int, unit: str) -> tuple[pd.Timestamp, str, str] | None:
    """``anchor`` moved by ``n`` units, with the TIMEX3 value at that unit's granularity
    and the precision."""
    if unit not in _STEPS:
        return None
    offset, value, precision = _STEPS[unit]
    try:
        day = anchor + offset(n)  # type: ignore[operator]
        return day, value(day), precision
    except (OverflowError, ValueError):
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


def h_vague_ref(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> Reading | None:
    """ "in coming months", "future quarters", "in past years" (no "the", no number): the
    future or the past as a whole, not a span ("the coming months" is a duration)."""
    value = "PAST_REF" if m["rel"].casefold() == "past" else "FUTURE_REF"
    return Reading(None, None, "day", relative=True, kind="reference", timex_value=value)


#: Units whose "N <unit> later/earlier" TimeML tags as the duration alone (the longer
#: "a year earlier" names a date: the year before).
_SHORT_UNITS = frozenset({"second", "minute", "hour", "day", "week"})


def h_ago(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "two years ago", "a week earlier", "three months later", "a year from now"."""
    unit = _unit_of(m["unit"])
    # no amount: "a year ago" is one; "months ago", "years later" are vague (the past)
    n = _number(m["n"]) if m["n"] else (None if m["unit"].casefold() != unit else 1.0)
    direction = m["dir"].casefold()
    sign = 1 if direction in ("later", "from now", "hence") or direction.startswith("from") else -1
    anaphoric = direction in ("earlier", "later")
    if anaphoric and unit in _SHORT_UNITS:
        return None  # "three days later": a duration ("three days") and a signal (TimeML)
    if n is None or n != int(n) or unit not in _SHIFT_UNITS:
        if anchor is None or n is None:
            return _vague_ago(n, unit, sign, anaphoric)
        n = round(n)
    if anchor is None:
        return _unresolved("XXXX", precision="year")
    return _shifted(anchor, sign * int(n), unit, anaphoric)


#: Units "N <unit> ago" is read in exactly (others are rounded or vague).
_SHIFT_UNITS = ("day", "week", "month", "quarter", "year", "decade")


def _vague_ago(n: float | None, unit: str, sign: int, anaphoric: bool) -> Reading:
    """ "several years ago" (the past as a whole), "2.5 years ago" without an anchor."""
    value = {"year": "XXXX", "month": "XXXX-XX", "day": "XXXX-XX-XX"}.get(unit, "XXXX")
    if n is None and not anaphoric:  # "several years ago": the past as a whole
        value = "FUTURE_REF" if sign > 0 else "PAST_REF"
    return Reading(
        None, None, "year", ("vague",), relative=True, kind="relative", timex_value=value
    )


def _shifted(anchor: pd.Timestamp, steps: int, unit: str, anaphoric: bool) -> Reading | None:
    """The ``unit`` ``steps`` away from ``anchor`` (noted for ``timex.resolve_references``:
    "a year earlier" reads from the date named before it)."""
    shifted = _shift(anchor, steps, unit)
    if shifted is None or not _in_range(shifted[0].year):
        return None
    day, value, precision = shifted
    start, end = _span_of(day, precision, value)
    if not (_in_range(start.year) and _in_range(end.year)):
        return None
    return Reading(
        start, end, precision, relative=True, kind="relative", timex_value=value,
        note=f"anaphoric {steps} {unit}" if anaphoric else f"shift {steps} {unit}",
    )  # fmt: skip


_MONEY_BEFORE = re.compile(
    r"(?i)(?:\d|million|billion|trillion|percent|%|dollars|cents|tons?|barrels|hours|times)\s*$"
)


def h_set(m: re.Match[str], text: str, _anchor: pd.Timestamp | None) -> Reading | None:
    """ "daily", "every year", "each month", "per week", "$5 million a year", "twice a
    month" (a rate or a frequency: "a year" alone is a duration)."""
    groups = m.groupdict()
    weekday = groups.get("wd") or groups.get("wdp")
    if weekday:
        return Reading(
            None, None, "period", kind="set", timex_type="SET",
            timex_value=f"XXXX-WXX-{WEEKDAY_NAMES[weekday.casefold()] + 1}",
        )  # fmt: skip
    if groups.get("mon"):
        month = MONTHS[m["mon"].casefold()]
        return Reading(
            None, None, "period", kind="set", timex_type="SET", timex_value=f"XXXX-{month:02d}"
        )
    if groups.get("word"):
        word = m["word"].casefold()
        before = text[max(0, m.start() - 5) : m.start()].lower()
        after = text[m.end() : m.end() + 30]
        if before.endswith("the ") and re.match(
            r"\s+(?:[A-Z]|news|paper|newspaper|magazine)", after
        ):
            return None
        value = SET_WORDS[word]
    else:
        unit = _unit_of(m["unit"])
        if (
            m["q"].casefold() == "a"
            and not groups.get("freq")
            and not _MONEY_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
        ):
            return None
        value = duration_value(1, unit)
    return Reading(None, None, "period", kind="set", timex_type="SET", timex_value=value)


def h_set_every(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> Reading | None:
    """ "every two years", "every 10 days", "every other week": a set whose period is
    the amount ("P2Y"; "every other" is every second; "every few years": "PXY")."""
    if m["other"]:
        n: float | None = 2
        unit = m["one"]
    else:
        n, unit = _number(m["n"]), _unit_of(m["unit"])
    return Reading(
        None, None, "period", kind="set", timex_type="SET", timex_value=duration_value(n, unit)
    )


_WEEKDAY_LATER = re.compile(
    rf"(?i)\s*(?:\([^()]{{1,24}}\)\s*)?,?\s*(?:on\s+)?(?P<wd>{alternation(WEEKDAY_NAMES)})\b"
)


def clock_time(m: re.Match[str]) -> tuple[int, int] | None:
    """(hour, minute) of a clock match on the 24-hour clock: "noon" (12:00), "midnight"
    (24:00), "4 in the morning", "8 in the evening", "3:30 p.m."; None for an hour or a
    minute no clock shows ("13 p.m.", "10:75 a.m.")."""
    if m["named"]:
        return (12, 0) if m["named"].casefold() in ("noon", "midday") else (24, 0)
    if m.groupdict().get("h2"):  # "at 4 in the morning", "at 8 in the evening"
        hour = int(m["h2"]) % 12
        part = m["dp"].casefold()
        if part in ("afternoon", "evening") or (part == "night" and hour >= 6):
            hour += 12
        return hour, 0
    hour, minute = int(m["h"]), int(m["mi"] or 0)
    if not (1 <= hour <= 12 and minute < 60):
        return None
    pm = m["ap"].casefold().startswith("p")
    return hour % 12 + (12 if pm else 0), minute


def h_clock(m: re.Match[str], text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "10 a.m.", "3:30 p.m.", "noon", "midnight": a time on the anchor's day."""
    time = clock_time(m)
    if time is None:
        return None
    clock = f"T{time[0]:02d}:{time[1]:02d}"
    date = f"{anchor:%Y-%m-%d}" if anchor is not None else "XXXX-XX-XX"
    later = _WEEKDAY_LATER.match(text, m.end()) if anchor is not None else None
    if later:  # "10:35 a.m. (0735 GMT) Friday", "6 p.m. on Sunday": that day's
        # with no tense cue, the weekday before the anchor, as a weekday alone reads
        tense = sentence_tense(text, m.start(), m.end()) or "past"
        date = f"{nearest_weekday(anchor, WEEKDAY_NAMES[later['wd'].casefold()], tense):%Y-%m-%d}"
    return Reading(
        None, None, "day", relative=anchor is not None, kind="time", timex_type="TIME",
        timex_value=date + clock, note="" if later or anchor is None else "clock",
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
    if m["wd"]:  # with no tense cue, the weekday before the anchor (as ``h_weekday``)
        day = nearest_weekday(anchor, WEEKDAY_NAMES[m["wd"].casefold()], tense or "past")
    elif m["dw"]:
        day = anchor + pd.Timedelta(days=DAY_WORDS[m["dw"].casefold()])
    else:
        month, number = MONTHS[m["mon"].casefold()], int(m["d"])
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
