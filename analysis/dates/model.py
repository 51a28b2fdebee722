"""The result types of the date finder and the small date helpers its rules share."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from analysis.dates.lexicon import LOWERCASE_WORD_MONTHS, MONTHS, WEEKDAYS, alternation

MIN_YEAR = 1900
MAX_YEAR = 2100

PRECISIONS = ("day", "month", "season", "year", "period")

#: TIMEX3 types of TimeML; "" for a match that is not a TimeML temporal expression
#: (a congress, an anniversary).
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET", "")


@dataclass(frozen=True)
class TimexPart:
    """One TIMEX3 of a match, as the TimeML guidelines delimit it: ``start``/``end``
    are offsets into the searched text (no leading preposition, no trailing
    punctuation; each end of a range is its own part)."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class DateMatch:
    """One date expression found in a text.

    ``start``/``end`` are character offsets (``text[start:end] == match.text``);
    ``date_start``/``date_end`` the first and last day covered (None when impossible
    or, for a relative expression, when no anchor was given); ``relative`` tells
    whether the dates depend on ``anchor_date``; ``kind`` names the rule family
    (``date``, ``range``, ``period``, ``season``, ``relative``, ``congress``, ``term``,
    ``anniversary``); ``note`` carries extra facts (e.g. the congress, the founding year).
    """

    start: int
    end: int
    text: str
    date_start: pd.Timestamp | None
    date_end: pd.Timestamp | None
    precision: str
    flags: tuple[str, ...] = ()
    relative: bool = False
    anchor_date: pd.Timestamp | None = None
    kind: str = "date"
    note: str = ""
    timex_type: str = "DATE"
    timex_value: str = ""
    timex: tuple[TimexPart, ...] = ()


@dataclass(frozen=True)
class Reading:
    """What a rule makes of one regex match (before offsets are attached)."""

    date_start: pd.Timestamp | None
    date_end: pd.Timestamp | None
    precision: str
    flags: tuple[str, ...] = ()
    relative: bool = False
    kind: str = "date"
    note: str = ""
    ordinal: int = 0
    timex_type: str = "DATE"
    timex_value: str = ""
    parts: tuple[tuple[int, int, str], ...] = ()  # (start, end, value) relative to the match


_Reading = Reading
Handler = Callable[[re.Match[str], str, "pd.Timestamp | None"], "Reading | None"]
_Handler = Handler

_MONTH_ALT = alternation(MONTHS)
_WEEKDAY_ALT = alternation(WEEKDAYS)


def _mon(name: str) -> str:
    return rf"\b(?P<{name}>{_MONTH_ALT})\b\.?"


_WD = rf"(?:\b(?P<wd>{_WEEKDAY_ALT})\b\.?,?\s*)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DASH = r"\s*(?:-|–|—|to|until|till|through)\s*"


def _in_range(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def _day(year: int, month: int, day: int) -> pd.Timestamp | None:
    """The day, or None when it does not exist (31 February)."""
    if not (1 <= month <= 12) or not (1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return pd.Timestamp(year, month, day)


@lru_cache(maxsize=4096)  # Timestamps are slow to build and immutable
def _month_span(year: int, month: int) -> tuple[pd.Timestamp, pd.Timestamp]:
    return pd.Timestamp(year, month, 1), pd.Timestamp(
        year, month, calendar.monthrange(year, month)[1]
    )


@lru_cache(maxsize=1024)
def _year_span(year: int) -> tuple[pd.Timestamp, pd.Timestamp]:
    return pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)


def _month_of(token: str | None) -> int | None:
    """Month number of a month-name token, None for lower-case look-alikes ("may")."""
    if token is None:
        return None
    key = token.lower().rstrip(".")
    if token.islower() and key in LOWERCASE_WORD_MONTHS:
        return None
    return MONTHS.get(key)


def _day_number(token: str) -> int:
    return int(re.match(r"\d+", token).group())  # type: ignore[union-attr]


def _two_digit_year(token: str) -> tuple[int, tuple[str, ...]]:
    if len(token) == 2:
        value = int(token)
        return (2000 + value if value <= 68 else 1900 + value), ("two_digit_year",)
    return int(token), ()


def _weekday_flags(match: re.Match[str], day: pd.Timestamp | None) -> tuple[str, ...]:
    """("weekday_mismatch",) when a written weekday disagrees with the date."""
    wd = match.groupdict().get("wd")
    if not wd or day is None:
        return ()
    expected = WEEKDAYS.get(re.sub(r"\s+", " ", wd.lower()).rstrip("."))
    return ("weekday_mismatch",) if expected is not None and expected != day.weekday() else ()


def _single_day(year: int, month: int, day: int, flags: tuple[str, ...] = ()) -> _Reading | None:
    if not _in_range(year):
        return None
    value = _day(year, month, day)
    if value is None:
        return _Reading(None, None, "day", (*flags, "impossible_date"))
    return _Reading(value, value, "day", flags)


def _day_range(
    first: tuple[int, int, int], last: tuple[int, int, int], flags: tuple[str, ...] = ()
) -> _Reading | None:
    if not (_in_range(first[0]) and _in_range(last[0])):
        return None
    start, end = _day(*first), _day(*last)
    if start is None or end is None or end < start:
        return _Reading(None, None, "day", (*flags, "impossible_date"), kind="range")
    return _Reading(start, end, "day", flags, kind="range")
