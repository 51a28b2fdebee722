"""TimeML (TIMEX3) annotation of kept matches: the value of a reading, its extents as the
TimeML guidelines delimit them, and the expressions resolved from an earlier one in the
same text ("the quarter", "a year earlier").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

import pandas as pd

from analysis.dates.lexicon import NUMBER_WORDS, TIMEX_MODIFIERS, alternation
from analysis.dates.model import MAX_YEAR, MIN_YEAR, Reading, _month_span, _year_span
from analysis.dates.resolve import same_sentence, week_value

#: Match kinds that are not TimeML temporal expressions.
NOT_TIMEX = frozenset({"congress", "term", "anniversary"})

_LEADING = re.compile(
    r"(?i)^(?:(?:from|on|since|until|till|by|between|in|during|at|of|for|within)\s+)+"
)
_TRAILING = re.compile(r"(?:[\s,;:]+|(?<=\d)\.)+$")
_TRAILING_NOUN = re.compile(r"(?:[\s,;:]+|\s+(?:period|term|tenure|plan))+$", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*(?:–|—|-|\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b)\s*", re.I)


@lru_cache(maxsize=4096)  # a document's dates repeat; ``strftime`` on a Timestamp is slow
def _day_value(day: pd.Timestamp, precision: str) -> str:
    """``day`` as a TIMEX3 value at ``precision`` (day, month or season, else year)."""
    if precision == "day":
        return f"{day:%Y-%m-%d}"
    if precision in ("month", "season"):
        return f"{day:%Y-%m}"
    return f"{day.year:04d}"


def timex_value_of(reading: Reading) -> str:
    """The TIMEX3 value of ``reading`` ("" for a match that is not a TimeML expression);
    a range gets an ISO 8601 interval ("2024-05-21/2024-05-23")."""
    if reading.timex_value:
        return reading.timex_value
    if reading.kind in NOT_TIMEX:
        return ""
    start, end, precision = reading.date_start, reading.date_end, reading.precision
    if start is None or end is None:
        return {"day": "XXXX-XX-XX", "month": "XXXX-XX"}.get(precision, "XXXX")
    first, last = _day_value(start, precision), _day_value(end, precision)
    if precision in ("month", "season") and (start.month, end.month) == (1, 12):
        first = last = f"{start.year:04d}"
    if precision == "period":
        first, last = f"{start.year:04d}", f"{end.year:04d}"
    return first if first == last else f"{first}/{last}"


def _trim(text: str, start: int, end: int, *, noun: bool = False) -> tuple[int, int]:
    """``start:end`` without a leading preposition or trailing punctuation (and, for an
    end of a range, without "period"/"term" after it)."""
    piece = text[start:end]
    lead = _LEADING.match(piece)
    if lead and lead.end() < len(piece):
        start += lead.end()
    trail = (_TRAILING_NOUN if noun else _TRAILING).search(text, start, end)
    if trail and trail.start() > start:
        end = trail.start()
    return start, end


_MODIFIER = {
    kind: re.compile(rf"(?i)(?<![\w-])(?:{alternation(words)})(?:\s+|-)$")
    for kind, words in TIMEX_MODIFIERS.items()
}
_AMOUNT = re.compile(
    rf"(?i)(?:\d|(?:{alternation(word for word in NUMBER_WORDS if ' ' not in word)})\b)"
)
_YEAR_OR_QUARTER = re.compile(r"^\d{4}(?:-[QH][1-4])?$")


def _with_modifier(text: str, start: int, value: str) -> int:
    """``start`` moved back over a modifier written just before the expression that the
    TimeML guidelines keep in the extent ("late November", "earlier this year", "nearly
    four years ago", "fiscal 1989"; ``TIMEX_MODIFIERS``), or ``start`` itself."""
    before = text[max(0, start - 24) : start]
    found = _MODIFIER["point"].search(before)
    if found is None and _AMOUNT.match(text, start):
        found = _MODIFIER["amount"].search(before)
    if found is None and _YEAR_OR_QUARTER.match(value):
        found = _MODIFIER["fiscal"].search(before)
    return start - (len(before) - found.start()) if found else start


def timex_parts(
    text: str, start: int, end: int, reading: Reading, value: str
) -> list[tuple[int, int, str]]:
    """(start, end, value) of each TIMEX3 in the match ``text[start:end]``: its extent
    trimmed and with a modifier written before it ("late November"); a range split at its
    dash or "to", each end with its own value."""
    start, end = _trim(text, start, end)
    if "/" not in value or reading.date_start is None or reading.date_end is None:
        return [(_with_modifier(text, start, value), end, value)]
    first_value, last_value = value.split("/", 1)
    for sep in _SEPARATOR.finditer(text, start + 1, end):
        if sep.start() > start and sep.end() < end:
            left = _trim(text, start, sep.start(), noun=True)
            right = _trim(text, sep.end(), end, noun=True)
            return [(*left, first_value), (*right, last_value)]
    return [(start, end, value)]


# ---------------------------------------------------------------------------
# Expressions read from an earlier one in the same text
# ---------------------------------------------------------------------------

_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_REFERENCE = re.compile(r"^\d{4}(?:-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12]))?$")


def span_of_value(value: str) -> tuple[pd.Timestamp, pd.Timestamp, str] | None:
    """(first day, last day, precision) of a TIMEX3 date value such as "1989-Q3"."""
    year = int(value[:4])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    rest = value[5:]
    if not rest:
        return (*_year_span(year), "year")
    if rest[0] == "W":  # an ISO week: Monday to Sunday
        monday = pd.Timestamp.fromisocalendar(year, int(rest[1:3]), 1)
        return monday, monday + pd.Timedelta(days=6), "day"
    if rest[0] in "QH":
        size = 3 if rest[0] == "Q" else 6
        first = size * (int(rest[1]) - 1) + 1
        return _month_span(year, first)[0], _month_span(year, first + size - 1)[1], "season"
    if len(rest) == 2:
        return (*_month_span(year, int(rest)), "month")
    day = pd.Timestamp(value)
    return day, day, "day"


def _shift_value(value: str, n: int, unit: str) -> str | None:
    """``value`` moved by ``n`` ``unit``s at its own granularity, or None when the unit
    is finer than the value ("a month earlier" than a year)."""
    year = int(value[:4])
    rest = value[4:]
    if unit == "year":
        return f"{year + n:04d}{rest}"
    if unit == "quarter" and (match := _QUARTER.match(value)):
        index = year * 4 + int(match[2]) - 1 + n
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "month" and len(value) == 7 and value[5:].isdigit():
        index = year * 12 + int(value[5:]) - 1 + n
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return None


def _granularity(value: str) -> str:
    """The unit of a TIMEX3 date value: "year", "quarter", "month", "week" or "day"."""
    if len(value) == 4:
        return "year"
    if value[5] in "QH":
        return "quarter"
    if value[5] == "W":
        return "week"
    return "month" if len(value) == 7 else "day"


def _value_at(value: str, unit: str) -> str | None:
    """The TIMEX3 date ``value`` at the coarser ``unit`` ("1998-06" at "year": "1998"),
    or None when the value is coarser than the unit ("that day" after "1998")."""
    if unit == "year":
        return value[:4]
    grain = _granularity(value)
    if unit == "quarter":
        if _QUARTER.match(value):
            return value
        return (
            f"{value[:4]}-Q{(int(value[5:7]) - 1) // 3 + 1}" if grain in ("month", "day") else None
        )
    if unit == "month":
        return value[:7] if grain in ("month", "day") else None
    if unit == "week":
        return week_value(pd.Timestamp(value)) if grain == "day" else None
    return value if grain == "day" else None


def _next_value(value: str, unit: str) -> str | None:
    """The TIMEX3 ``value`` (at ``unit``'s granularity) one ``unit`` later."""
    if unit == "day":
        return f"{pd.Timestamp(value) + pd.Timedelta(days=1):%Y-%m-%d}"
    if unit == "week":
        return week_value(span_of_value(value)[0] + pd.Timedelta(days=7))  # type: ignore[index]
    return _shift_value(value, 1, unit)


def _with_value(reading: Reading, value: str) -> Reading:
    span = span_of_value(value)
    if span is None:
        return reading
    return replace(
        reading, date_start=span[0], date_end=span[1], precision=span[2], timex_value=value
    )


def resolve_references(
    selected: list[tuple[int, int, Reading]], text: str = ""
) -> list[tuple[int, int, Reading]]:
    """Read "the quarter" (and "the year-ago period") from the first quarter named
    before it (a report names the quarter it is about first:
    "third-quarter net fell ...; in the year-earlier period ..."), "that year" / "later
    that day" as the year / day of the date last named before it (dropped when there is
    none), and "a year earlier" / "a year later" from the date last named before it, at
    that date's granularity (the closing day of a period named in the same sentence of
    ``text``, "the six months ended Aug. 12", moved by the year; after a period of months
    that is no quarter, "for the nine months ... a year earlier", the anchor's year
    before); others are left as their rules read them."""
    out: list[tuple[int, int, Reading]] = []
    last: str = ""
    last_span = (0, 0)
    period_end = 0  # the end of the last period of months that is no quarter ("nine months")
    topic = ""  # the first quarter named: the one a report is about
    for start, end, reading in selected:
        quarter = topic or (last if _QUARTER.match(last) else "")
        frame = _comparison_frame(text, last_span, period_end, start)
        resolved, may_be_context = _resolve_one(reading, last, quarter, frame=frame)
        if resolved is None:
            continue  # "that day", "the next day" with no date before it
        value = _context_value(resolved, reading.note) if may_be_context else ""
        if value:
            last, last_span = value, (start, end)
            if not topic and _QUARTER.match(value):
                topic = value
        if _MONTHS_NOT_QUARTER.match(resolved.timex_value) and resolved.timex_type == "DURATION":
            period_end = end
        out.append((start, end, resolved))
    return out


#: A duration of months that is no quarter ("the nine months", "six months").
_MONTHS_NOT_QUARTER = re.compile(r"^P(?!3M)\d+M$")
_ENDED = re.compile(r"(?i)\bend(?:ed|ing)\s+$")


def _closes_period(text: str, day_start: int, day_end: int, start: int) -> bool:
    """True when the day at ``text[day_start:day_end]`` closes a period ("the quarter
    ended Sept. 30") in the sentence of the expression at ``start``."""
    return bool(_ENDED.search(text, max(0, day_start - 8), day_start)) and same_sentence(
        text, day_end, start
    )


def _comparison_frame(text: str, last_span: tuple[int, int], period_end: int, start: int) -> str:
    """What a comparison at ``start`` ("a year earlier") is of: "closing" when the date
    named last (at ``last_span``) is the day a period of its sentence ended ("the six
    months ended Aug. 12"), "months" when a period of months that is no quarter ends at
    ``period_end`` after it in its sentence ("for the nine months"), else ""."""
    if not text:
        return ""
    if _closes_period(text, *last_span, start):
        return "closing"
    if period_end > last_span[1] and same_sentence(text, period_end, start):
        return "months"
    return ""


def _resolve_one(
    reading: Reading, last: str, quarter: str, *, frame: str = ""
) -> tuple[Reading | None, bool]:
    """``reading`` read from the date ``last`` named before it (``frame``: see
    ``_comparison_frame``) and the report's ``quarter``, None when it names no time
    without one; and whether it may become the date later expressions read from (a date
    read from another by a shift may not)."""
    note = reading.note
    if note.startswith("the_quarter") and quarter:
        return _read_the_quarter(reading, quarter), True
    if note.startswith(("following ", "preceding ")):
        return _read_following(reading, last), False
    if note.startswith("weekday_from ") and last and _granularity(last) == "day":
        return _read_weekday_from(reading, last), True
    if note == "clock" and last and _granularity(last) == "day":
        # "10 p.m." after "on Oct. 23": a time of the day the text is telling
        return replace(reading, timex_value=last + reading.timex_value[10:]), True
    if note.startswith("that "):
        return _read_that(reading, last), True
    if note.startswith("relto "):
        return _read_relative_to(reading, last), True
    if note.startswith(("anaphoric ", "shift ")) and last:
        shifted = _read_shift(reading, last, frame=frame)
        if shifted is not None:
            return shifted, False
    return reading, True


def _context_value(reading: Reading, note: str) -> str:
    """The TIMEX3 value later expressions read from, or "": a period of comparison ("a
    year ago", "the year-earlier quarter") is not the period the text is about ("a year
    earlier" or "the quarter" after it still read from the date before it)."""
    value = reading.timex_value or (
        timex_value_of(reading) if reading.date_start is not None else ""
    )
    comparison = note.startswith(("anaphoric ", "shift ")) or note.endswith(" ago")
    if reading.kind not in NOT_TIMEX and _REFERENCE.match(value) and not comparison:
        return value
    return ""


def _read_the_quarter(reading: Reading, quarter: str) -> Reading:
    """ "the quarter", "the 1988 quarter", "the year-ago quarter" from the report's quarter."""
    note, value = reading.note, quarter
    if " year " in note:
        value = note.split(" year ")[1][:4] + quarter[4:]
    elif note.endswith(" ago"):
        value = _shift_value(quarter, -1, "year") or quarter
    return _with_value(reading, value)


def _read_following(reading: Reading, last: str) -> Reading | None:
    """ "the following month", "the next morning": one unit after ``last``; "the
    previous day" (note "preceding day"): the day before it."""
    word, unit, *part = reading.note.split()
    value = _value_at(last, unit) if last else None
    if value and word == "preceding":
        value = f"{pd.Timestamp(value) - pd.Timedelta(days=1):%Y-%m-%d}" if unit == "day" else None
    elif value:
        value = _next_value(value, unit)
    if value is None:
        return None
    reading = replace(_with_value(reading, value), flags=(), relative=True)
    if part:  # "the next morning": a part of that day
        reading = replace(reading, timex_value=f"{value}T{part[0]}")
    return reading


def _read_weekday_from(reading: Reading, last: str) -> Reading:
    """ "the previous Friday", "the following Monday": from the day ``last``."""
    _word, weekday, step = reading.note.split()
    ref = pd.Timestamp(last)
    if step == "1":  # strictly after the day named
        day = ref + pd.Timedelta(days=(int(weekday) - ref.weekday()) % 7 or 7)
    else:
        day = ref - pd.Timedelta(days=(ref.weekday() - int(weekday)) % 7 or 7)
    part = reading.timex_value[10:]  # "T" and a part of the day, if any
    return replace(_with_value(reading, f"{day:%Y-%m-%d}"), timex_value=f"{day:%Y-%m-%d}{part}")


def _read_that(reading: Reading, last: str) -> Reading | None:
    """ "that year", "later that day": the year (day) of ``last``; None without one."""
    value = _value_at(last, reading.note.split()[1]) if last else None
    if value is None:
        return None  # a demonstrative only
    return replace(_with_value(reading, value), flags=(), relative=True)


def _read_relative_to(reading: Reading, last: str) -> Reading:
    """ "the previous year", "the same week": ``reading``'s unit of ``last`` moved by its
    offset; the anchor's reading when no date before it has that unit."""
    _word, n, unit = reading.note.split()
    value = _value_at(last, unit) if last else None
    if value and n != "0":
        if unit == "week":
            value = week_value(span_of_value(value)[0] - pd.Timedelta(days=7))  # type: ignore[index]
        else:
            value = _shift_value(value, int(n), unit)
    if not value:
        return reading
    return replace(_with_value(reading, value), flags=(), relative=True)


def _read_shift(reading: Reading, last: str, *, frame: str = "") -> Reading | None:
    """ "a year earlier" (at ``last``'s granularity), "a year ago" after a quarter: the
    date ``last`` moved (the quarter named just before it, not the report's first one:
    "profit rose in the third quarter from a year ago" after "the third quarter of 1984"
    in passing); the closing day of a period (``frame`` "closing") a year earlier ("for
    the six months ended Aug. 12 ... a year earlier"); None when it cannot be or when the
    comparison is of a period of months that is no quarter (``frame`` "months")."""
    if frame == "months":
        return None
    note = reading.note
    _word, n, unit = note.split()
    grain = _granularity(last)
    day_of_sentence = (
        frame == "closing" and unit == "year" and grain == "day" and not last.endswith("02-29")
    )
    if _QUARTER.match(last) or (
        note.startswith("anaphoric ") and (grain == unit or day_of_sentence)
    ):
        shifted = _shift_value(last, int(n), unit)
        if shifted is not None:
            return _with_value(reading, shifted)
    return None
