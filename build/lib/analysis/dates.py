"""Find and normalise date expressions in text.

One general, regex-driven extractor: month-name and weekday tables (English and
Vietnamese) are built once at import, every form is a named rule (regex + a small
function that turns the match into a date range), and ``find_dates`` keeps the
longest non-overlapping matches, left to right.

Rules of reading:

- numeric dates are day-first (``13/12/2021``); when both parts are <= 12 and differ
  the match carries the flag ``ambiguous_day_month``;
- an impossible date (``31/02/2021``) keeps its match but has ``date_start = None``
  and the flag ``impossible_date`` (never a silent guess);
- two-digit years are read 00-68 -> 2000s, 69-99 -> 1900s and flagged ``two_digit_year``;
- every date lies within 1900-2100, otherwise the text is not a date;
- counts (``No. 1007``, ``2000 people``, ``1,500``) are not years;
- relative expressions (``last year``, ``last December``, ``May 21-23 last year``,
  ``the 60th anniversary``) are resolved against ``anchor`` when given, and
  carry ``relative=True`` and the anchor used; without an anchor their dates are None;
- ordinal congresses (``the 13th National Party Congress``, ``the 20th National
  Congress of the Communist Party of China``) resolve to the congress's dates from
  ``analysis/data/timeline_congresses.csv``; "the term of the 13th ..." resolves to the
  term from ``analysis/data/periods.csv``.

Timestamps are tz-naive and normalised to midnight.
"""

from __future__ import annotations

import bisect
import calendar
import csv
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from importlib import resources

import pandas as pd

MIN_YEAR = 1900
MAX_YEAR = 2100

PRECISIONS = ("day", "month", "season", "year", "period")

# ---------------------------------------------------------------------------
# Lexical tables (built once)
# ---------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    name.lower(): number for number, name in enumerate(calendar.month_name) if name
}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

#: Month tokens that are ordinary English words when written in lower case.
_LOWERCASE_WORD_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "dec", "sep", "oct"})

WEEKDAYS_EN: dict[str, int] = {
    name.lower(): number for number, name in enumerate(calendar.day_name)
} | {name.lower(): number for number, name in enumerate(calendar.day_abbr)}
WEEKDAYS_EN.update({"tues": 1, "wednes": 2, "thur": 3, "thurs": 3})

#: Vietnamese weekdays ("Thứ Hai" = Monday ... "Chủ Nhật" = Sunday), numbered like
#: ``datetime.weekday()``.
WEEKDAYS_VI: dict[str, int] = {
    "thứ hai": 0,
    "thứ ba": 1,
    "thứ tư": 2,
    "thứ năm": 3,
    "thứ sáu": 4,
    "thứ bảy": 5,
    "chủ nhật": 6,
    "thứ 2": 0,
    "thứ 3": 1,
    "thứ 4": 2,
    "thứ 5": 3,
    "thứ 6": 4,
    "thứ 7": 5,
    "cn": 6,
}
WEEKDAYS: dict[str, int] = WEEKDAYS_EN | WEEKDAYS_VI

#: Words after a number that make it a count or an amount, not a year.
QUANTITY_WORDS = (
    "per cent",
    *"""% percent billion million thousand trillion hundred bn mn usd vnd us$ dollars euros
    yuan dong tons tonnes km kg hectares ha people persons countries parties members delegates
    delegations visits activities projects companies enterprises firms students workers doses
    cases times units items pages words copies votes seats troops soldiers officials documents
    agreements meters metres""".split(),
)
#: Words just before a number that make it a count, an amount or an issue number.
QUANTITY_PREFIXES = (
    "more than",
    "less than",
    "fewer than",
    "at least",
    "at most",
    "up to",
    *"""no. no nos. number # $ us$ € £ nearly approximately totalling totaling issue vol.
    volume page p.""".split(),
)


def _alternation(words: object) -> str:
    """Regex alternation of ``words``, longest first, each escaped."""
    ordered = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_MONTH_ALT = _alternation(MONTHS)
_WEEKDAY_ALT = _alternation(WEEKDAYS)


def _mon(name: str) -> str:
    return rf"\b(?P<{name}>{_MONTH_ALT})\b\.?"


_WD = rf"(?:\b(?P<wd>{_WEEKDAY_ALT})\b\.?,?\s*)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DASH = r"\s*(?:-|–|—|to|until|till|through)\s*"

# ---------------------------------------------------------------------------
# Data: congresses and terms
# ---------------------------------------------------------------------------


def _read_data_csv(name: str) -> list[dict[str, str]]:
    """Rows of ``analysis/data/<name>`` as dicts (the package's own data files)."""
    with resources.files("analysis").joinpath("data", name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@dataclass(frozen=True)
class _Span:
    date_start: pd.Timestamp
    date_end: pd.Timestamp
    precision: str
    note: str


def _load_congresses() -> dict[tuple[str, int], _Span]:
    return {
        (row["party"], int(row["ordinal"])): _Span(
            pd.Timestamp(row["date_start"]),
            pd.Timestamp(row["date_end"]),
            row["precision"],
            row["note"],
        )
        for row in _read_data_csv("timeline_congresses.csv")
    }


def _load_terms() -> dict[tuple[str, int], _Span]:
    return {
        (row["party"], int(row["congress"])): _Span(
            pd.Timestamp(row["start"]), pd.Timestamp(row["end"]), "period", row["label"]
        )
        for row in _read_data_csv("periods.csv")
    }


def _load_party_aliases() -> dict[str, str]:
    return {row["alias"].lower(): row["party"] for row in _read_data_csv("timeline_parties.csv")}


CONGRESSES = _load_congresses()
TERMS = _load_terms()
PARTY_ALIASES = _load_party_aliases()
_PARTY_ALT = _alternation(PARTY_ALIASES)

# ---------------------------------------------------------------------------
# Result type
# ---------------------------------------------------------------------------


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


@dataclass(frozen=True)
class _Reading:
    """What a rule makes of one regex match (before offsets are attached)."""

    date_start: pd.Timestamp | None
    date_end: pd.Timestamp | None
    precision: str
    flags: tuple[str, ...] = ()
    relative: bool = False
    kind: str = "date"
    note: str = ""
    ordinal: int = 0


_Handler = Callable[[re.Match[str], str, "pd.Timestamp | None"], "_Reading | None"]

# ---------------------------------------------------------------------------
# Small date helpers
# ---------------------------------------------------------------------------


def _in_range(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def _day(year: int, month: int, day: int) -> pd.Timestamp | None:
    """The day, or None when it does not exist (31 February)."""
    if not (1 <= month <= 12) or not (1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return pd.Timestamp(year, month, day)


def _month_span(year: int, month: int) -> tuple[pd.Timestamp, pd.Timestamp]:
    return pd.Timestamp(year, month, 1), pd.Timestamp(
        year, month, calendar.monthrange(year, month)[1]
    )


def _year_span(year: int) -> tuple[pd.Timestamp, pd.Timestamp]:
    return pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)


def _month_of(token: str | None) -> int | None:
    """Month number of a month-name token, None for lower-case look-alikes ("may")."""
    if token is None:
        return None
    key = token.lower().rstrip(".")
    if token.islower() and key in _LOWERCASE_WORD_MONTHS:
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


# ---------------------------------------------------------------------------
# Absolute rules
# ---------------------------------------------------------------------------


def _h_ymd(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> _Reading | None:
    reading = _single_day(int(m["y"]), int(m["m"]), int(m["d"]))
    if reading is None or not 1 <= int(m["m"]) <= 12:
        return None
    return reading


def _h_dmy_numeric(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> _Reading | None:
    year, flags = _two_digit_year(m["y"])
    day, month = int(m["d"]), int(m["m"])
    if day == 0 or month == 0:
        return None
    if day <= 12 and month <= 12 and day != month:
        flags = (*flags, "ambiguous_day_month")
    reading = _single_day(year, month, day, flags)
    if reading is not None and reading.date_start is not None:
        reading = _Reading(
            reading.date_start,
            reading.date_end,
            "day",
            (*reading.flags, *_weekday_flags(m, reading.date_start)),
        )
    return reading


def _h_vi_day(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> _Reading | None:
    return _single_day(int(m["y"]), int(m["m"]), int(m["d"]))


def _h_month_numeric(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> _Reading | None:
    year, month = int(m["y"]), int(m["m"])
    if not (_in_range(year) and 1 <= month <= 12):
        return None
    return _Reading(*_month_span(year, month), "month")


def _h_day_month_year(
    m: re.Match[str], _text: str, _anchor: pd.Timestamp | None
) -> _Reading | None:
    month = _month_of(m["mon"])
    if month is None:
        return None
    reading = _single_day(int(m["y"]), month, _day_number(m["d"]))
    if reading is not None and reading.date_start is not None:
        flags = _weekday_flags(m, reading.date_start)
        reading = _Reading(reading.date_start, reading.date_end, "day", flags)
    return reading


def _h_day_range_same_month(
    m: re.Match[str], _text: str, _anchor: pd.Timestamp | None
) -> _Reading | None:
    month = _month_of(m["mon"])
    if month is None:
        return None
    year = int(m["y"])
    return _day_range((year, month, _day_number(m["d1"])), (year, month, _day_number(m["d2"])))


def _h_day_range_cross_month(
    m: re.Match[str], _text: str, _anchor: pd.Timestamp | None
) -> _Reading | None:
    month1, month2 = _month_of(m["mon1"]), _month_of(m["mon2"])
    if month1 is None or month2 is None:
        return None
    year2 = int(m["y2"])
    year1 = int(m["y1"]) if m["y1"] else (year2 - 1 if month1 > month2 else year2)
    return _day_range((year1, month1, _day_number(m["d1"])), (year2, month2, _day_number(m["d2"])))


def _h_month_year(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> _Reading | None:
    month, year = _month_of(m["mon"]), int(m["y"])
    if month is None or not _in_range(year):
        return None
    return _Reading(*_month_span(year, month), "month")


def _h_month_range(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> _Reading | None:
    month1, month2, year = _month_of(m["mon1"]), _month_of(m["mon2"]), int(m["y"])
    if month1 is None or month2 is None or month2 <= month1 or not _in_range(year):
        return None
    return _Reading(
        _month_span(year, month1)[0], _month_span(year, month2)[1], "month", kind="range"
    )


_PART_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def _h_part_of_month(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> _Reading | None:
    month, year = _month_of(m["mon"]), int(m["y"])
    if month is None or not _in_range(year):
        return None
    first, last = _PART_OF_MONTH[m["part"].lower()]
    last = min(last, calendar.monthrange(year, month)[1])
    return _Reading(pd.Timestamp(year, month, first), pd.Timestamp(year, month, last), "month")


#: Parts of a year -> (first month, last month).
SEASONS: dict[str, tuple[int, int]] = {
    "early": (1, 4),
    "mid": (5, 8),
    "late": (9, 12),
    "the beginning of": (1, 3),
    "the start of": (1, 3),
    "the middle of": (5, 8),
    "the end of": (10, 12),
    "the first half of": (1, 6),
    "the second half of": (7, 12),
    "the first quarter of": (1, 3),
    "the second quarter of": (4, 6),
    "the third quarter of": (7, 9),
    "the fourth quarter of": (10, 12),
    "the last quarter of": (10, 12),
    "q1": (1, 3),
    "q2": (4, 6),
    "q3": (7, 9),
    "q4": (10, 12),
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
}
_SEASON_ALT = _alternation(SEASONS)


def _h_season(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> _Reading | None:
    year = int(m["y"])
    if not _in_range(year):
        return None
    first, last = SEASONS[re.sub(r"\s+", " ", m["part"].lower())]
    return _Reading(
        _month_span(year, first)[0], _month_span(year, last)[1], "season", kind="season"
    )


def _h_year_range(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> _Reading | None:
    year1 = int(m["y1"])
    flags: tuple[str, ...] = ()
    if len(m["y2"]) == 2:
        year2 = year1 // 100 * 100 + int(m["y2"])
        flags = ("two_digit_year",)
    else:
        year2 = int(m["y2"])
    if not (_in_range(year1) and _in_range(year2)) or year2 <= year1:
        return None
    return _Reading(_year_span(year1)[0], _year_span(year2)[1], "period", flags, kind="period")


_YEAR_AFTER = re.compile(
    rf"^\s*(?:{_alternation(QUANTITY_WORDS)})(?![^\W\d_])|^(?:[.,]\d|\s*%)", re.IGNORECASE
)
_YEAR_BEFORE = re.compile(rf"(?:^|[^\w])(?:{_alternation(QUANTITY_PREFIXES)})\s*$", re.IGNORECASE)


def _h_year(m: re.Match[str], text: str, _anchor: pd.Timestamp | None) -> _Reading | None:
    year = int(m["y"])
    if not _in_range(year):
        return None
    if _YEAR_AFTER.search(text[m.end() : m.end() + 20]):
        return None
    if _YEAR_BEFORE.search(text[max(0, m.start() - 16) : m.start()]):
        return None
    return _Reading(*_year_span(year), "year")


# ---------------------------------------------------------------------------
# Relative rules (need an anchor)
# ---------------------------------------------------------------------------

_YEAR_OFFSETS = {
    "last": -1,
    "the last": -1,
    "past": -1,
    "the past": -1,
    "previous": -1,
    "the previous": -1,
    "this": 0,
    "the current": 0,
    "current": 0,
    "next": 1,
    "the next": 1,
    "the coming": 1,
    "coming": 1,
    "the following": 1,
}
_REL_ALT = _alternation(_YEAR_OFFSETS)


def _rel_year(word: str, anchor: pd.Timestamp) -> int:
    return anchor.year + _YEAR_OFFSETS[re.sub(r"\s+", " ", word.lower())]


def _relative(reading: _Reading | None) -> _Reading | None:
    if reading is None:
        return None
    return _Reading(
        reading.date_start,
        reading.date_end,
        reading.precision,
        reading.flags,
        relative=True,
        kind="relative",
        note=reading.note,
    )


def _unresolved(precision: str) -> _Reading:
    return _Reading(None, None, precision, ("unresolved_relative",), relative=True, kind="relative")


def _h_rel_year(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> _Reading | None:
    if anchor is None:
        return _unresolved("year")
    year = _rel_year(m["rel"], anchor)
    return _relative(_Reading(*_year_span(year), "year") if _in_range(year) else None)


def _h_rel_month_unit(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> _Reading | None:
    if anchor is None:
        return _unresolved("month")
    shifted = anchor + pd.DateOffset(months=_YEAR_OFFSETS[re.sub(r"\s+", " ", m["rel"].lower())])
    if not _in_range(shifted.year):
        return None
    return _relative(_Reading(*_month_span(shifted.year, shifted.month), "month"))


def _named_month_year(word: str, month: int, anchor: pd.Timestamp) -> int:
    """Year of "last/this/next <month>" said at ``anchor``: last = most recent before it."""
    offset = _YEAR_OFFSETS[re.sub(r"\s+", " ", word.lower())]
    if offset < 0:
        return anchor.year if month < anchor.month else anchor.year - 1
    if offset > 0:
        return anchor.year if month > anchor.month else anchor.year + 1
    return anchor.year


def _h_rel_named_month(
    m: re.Match[str], _text: str, anchor: pd.Timestamp | None
) -> _Reading | None:
    month = _month_of(m["mon"])
    if month is None:
        return None
    if anchor is None:
        return _unresolved("month")
    year = _named_month_year(m["rel"], month, anchor)
    return _relative(_Reading(*_month_span(year, month), "month") if _in_range(year) else None)


def _h_month_rel_year(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> _Reading | None:
    """ "May 21-23 last year", "May 21 last year", "December last year"."""
    month = _month_of(m["mon"])
    if month is None:
        return None
    precision = "day" if m["d1"] else "month"
    if anchor is None:
        return _unresolved(precision)
    year = _rel_year(m["rel"], anchor)
    if not _in_range(year):
        return None
    if not m["d1"]:
        return _relative(_Reading(*_month_span(year, month), "month"))
    last = m["d2"] or m["d1"]
    return _relative(
        _day_range((year, month, _day_number(m["d1"])), (year, month, _day_number(last)))
    )


#: A date without a year is read in the anchor's year, or the year before when that
#: would put it more than this many days after the anchor (news reports the recent past).
YEARLESS_LOOKAHEAD_DAYS = 31


def _h_yearless(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> _Reading | None:
    """ "July 17-23" or "on May 5" without a year: the latest such date not more than
    ``YEARLESS_LOOKAHEAD_DAYS`` after the anchor; flagged ``no_year``."""
    month = _month_of(m["mon"])
    if month is None:
        return None
    if anchor is None:
        return _Reading(
            None, None, "day", ("no_year", "unresolved_relative"), relative=True, kind="relative"
        )
    first, last = _day_number(m["d1"]), _day_number(m["d2"] or m["d1"])
    year = anchor.year
    start = _day(year, month, first)
    if start is not None and start > anchor + pd.Timedelta(days=YEARLESS_LOOKAHEAD_DAYS):
        year -= 1
    if not _in_range(year):
        return None
    return _relative(_day_range((year, month, first), (year, month, last), ("no_year",)))


# ---------------------------------------------------------------------------
# Congresses, terms, anniversaries
# ---------------------------------------------------------------------------

_UNKNOWN_PARTY_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?[A-Z]")


def _h_congress(m: re.Match[str], text: str, _anchor: pd.Timestamp | None) -> _Reading | None:
    ordinal = int(m["n"])
    if m["party"]:
        party = PARTY_ALIASES.get(re.sub(r"\s+", " ", m["party"].lower()).replace("’", "'"))
    elif _UNKNOWN_PARTY_AFTER.match(text[m.end() :]):
        return None  # the congress of a party we have no dates for
    elif m["body"] and re.search(r"party|national", m["body"], re.IGNORECASE):
        party = "CPV"
    else:
        return None
    if party is None:
        return None
    before = text[max(0, m.start() - 40) : m.start()]
    if (
        re.search(r"\bterm\s+of\s*(?:the\s*)?$", before, re.IGNORECASE)
        and (party, ordinal) in TERMS
    ):
        span = TERMS[(party, ordinal)]
        return _Reading(span.date_start, span.date_end, "period", kind="term", note=span.note)
    span = CONGRESSES.get((party, ordinal))
    if span is None:
        return _Reading(None, None, "year", ("unknown_congress",), kind="congress")
    return _Reading(span.date_start, span.date_end, span.precision, kind="congress", note=span.note)


def _h_anniversary(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> _Reading | None:
    """Resolved later (``_resolve_anniversaries``) from a year in the text or the anchor."""
    number = int(m["n"])
    if number == 0:
        return None
    if anchor is None or not _in_range(anchor.year):
        return _Reading(
            None,
            None,
            "year",
            ("unresolved_relative",),
            relative=True,
            kind="anniversary",
            ordinal=number,
        )
    return _Reading(
        *_year_span(anchor.year),
        "year",
        relative=True,
        kind="anniversary",
        note=f"founded {anchor.year - number}",
        ordinal=number,
    )


def _h_dmy_range(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> _Reading | None:
    """ "6-7/12/2023": two days of one month, day-first."""
    year, flags = _two_digit_year(m["y"])
    month = int(m["m"])
    return _day_range((year, month, int(m["d1"])), (year, month, int(m["d2"])), flags)


def _h_month_year_range(
    m: re.Match[str], _text: str, _anchor: pd.Timestamp | None
) -> _Reading | None:
    """ "December 2023 to January 2024"."""
    month1, month2 = _month_of(m["mon1"]), _month_of(m["mon2"])
    year1, year2 = int(m["y1"]), int(m["y2"])
    if month1 is None or month2 is None or not (_in_range(year1) and _in_range(year2)):
        return None
    start, end = _month_span(year1, month1)[0], _month_span(year2, month2)[1]
    if end < start:
        return None
    return _Reading(start, end, "month", kind="range")


def _h_decade(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> _Reading | None:
    """ "the 1990s", "the early 2000s"."""
    decade = int(m["y"])
    if decade % 10 or not (_in_range(decade) and _in_range(decade + 9)):
        return None
    first, last = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(
        (m["part"] or "").lower(), (0, 9)
    )
    return _Reading(
        _year_span(decade + first)[0], _year_span(decade + last)[1], "period", kind="period"
    )


def _h_season_rel_year(
    m: re.Match[str], _text: str, anchor: pd.Timestamp | None
) -> _Reading | None:
    """ "the end of last year", "early this year"."""
    if anchor is None:
        return _unresolved("season")
    year = _rel_year(m["rel"], anchor)
    if not _in_range(year):
        return None
    first, last = SEASONS[re.sub(r"\s+", " ", m["part"].lower())]
    reading = _Reading(_month_span(year, first)[0], _month_span(year, last)[1], "season")
    return _relative(reading)


_NUMBER_WORDS = {
    "one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


def _h_years_ago(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> _Reading | None:
    """ "two years ago", "5 years ago"."""
    n = _NUMBER_WORDS.get(m["n"].lower()) or int(m["n"])
    if anchor is None:
        return _unresolved("year")
    year = anchor.year - n
    return _relative(_Reading(*_year_span(year), "year")) if _in_range(year) else None


# ---------------------------------------------------------------------------
# The rule table
# ---------------------------------------------------------------------------

_IGNORECASE = re.IGNORECASE
_ORD = r"(?:st|nd|rd|th)"
_PERIOD_NOUN = r"(?:\s+(?:period|term|tenure|plan))?"
_CONGRESS_BODY = (
    r"(?P<body>National\s+Party\s+Congress|Party\s+National\s+Congress|Party\s+Congress"
    r"|National\s+Congress|Congress)"
)

#: (name, pattern, handler) in priority order (earlier wins a tie in length).
_RULES: list[tuple[str, str, _Handler]] = [
    (
        "iso",
        r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
        r"(?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)",
        _h_ymd,
    ),
    ("ymd", r"(?<!\d)(?P<y>\d{4})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)", _h_ymd),
    (
        "compact",
        r"(?<![\d.,])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d|[.,]\d)",
        _h_ymd,
    ),
    (
        "dmy_numeric",
        _WD + r"(?<![\d/.\-])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
        r"(?![\d]|[/.\-]\d)",
        _h_dmy_numeric,
    ),
    (
        "vi_day",
        r"\bngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*(?:năm\s+|[/,]\s*)(?P<y>\d{4})\b",
        _h_vi_day,
    ),
    (
        "month_numeric",
        r"(?:\btháng\s+(?P<m>\d{1,2})\s*(?:năm\s+|/\s*)(?P<y>\d{4})\b)",
        _h_month_numeric,
    ),
    (
        "month_slash_year",
        r"(?<![\d/.\-])(?P<m>0?[1-9]|1[0-2])/(?P<y>" + _YEAR + r")(?![\d]|/\d)",
        _h_month_numeric,
    ),
    (
        "day_month_year",
        _WD + rf"(?<!\d)(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?{_mon('mon')},?\s+(?P<y>{_YEAR})\b",
        _h_day_month_year,
    ),
    (
        "month_day_year",
        _WD + rf"{_mon('mon')}\s+(?:the\s+)?(?P<d>{_DAY})\b,?\s+(?P<y>{_YEAR})\b",
        _h_day_month_year,
    ),
    (
        "month_day_range",
        rf"(?:\bfrom\s+)?{_mon('mon')}\s+(?P<d1>{_DAY})(?:{_DASH}|\s+and\s+)(?P<d2>{_DAY})\b,?\s+"
        rf"(?P<y>{_YEAR})\b",
        _h_day_range_same_month,
    ),
    (
        "day_range_month",
        rf"(?:\bfrom\s+)?(?<!\d)(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})\s+(?:of\s+)?{_mon('mon')},?"
        rf"\s+(?P<y>{_YEAR})\b",
        _h_day_range_same_month,
    ),
    (
        "cross_month_range",
        rf"(?:\bfrom\s+)?{_mon('mon1')}\s+(?P<d1>{_DAY})\b(?:,?\s+(?P<y1>{_YEAR}))?{_DASH}"
        rf"{_mon('mon2')}\s+(?P<d2>{_DAY})\b,?\s+(?P<y2>{_YEAR})\b",
        _h_day_range_cross_month,
    ),
    (
        "cross_month_range_dmy",
        rf"(?:\bfrom\s+)?(?<!\d)(?P<d1>{_DAY})\s+{_mon('mon1')}(?:,?\s+(?P<y1>{_YEAR}))?{_DASH}"
        rf"(?P<d2>{_DAY})\s+{_mon('mon2')},?\s+(?P<y2>{_YEAR})\b",
        _h_day_range_cross_month,
    ),
    (
        "month_range",
        rf"(?:\bfrom\s+|\bbetween\s+)?{_mon('mon1')}\s*(?:-|–|—|to|until|and|through)\s*"
        rf"{_mon('mon2')},?\s+(?P<y>{_YEAR})\b",
        _h_month_range,
    ),
    (
        "part_of_month",
        rf"\b(?P<part>early|mid|late)[\s-]+{_mon('mon')},?\s+(?P<y>{_YEAR})\b",
        _h_part_of_month,
    ),
    (
        "dmy_range",
        r"(?<![\d/.\-])(?P<d1>\d{1,2})\s*[-–]\s*(?P<d2>\d{1,2})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)"
        r"(?P<y>\d{4}|\d{2})(?![\d]|[/.\-]\d)",
        _h_dmy_range,
    ),
    (
        "month_year_range",
        rf"(?:\bfrom\s+|\bbetween\s+)?{_mon('mon1')},?\s+(?P<y1>{_YEAR})\s*(?:-|–|—|to|until|and)\s*"
        rf"{_mon('mon2')},?\s+(?P<y2>{_YEAR})\b",
        _h_month_year_range,
    ),
    (
        "decade",
        r"\bthe\s+(?:(?P<part>early|mid|late)[\s-]+)?(?P<y>(?:19|20)\d0)['’]?s\b",
        _h_decade,
    ),
    ("month_year", rf"{_mon('mon')},?\s+(?:of\s+)?(?P<y>{_YEAR})\b", _h_month_year),
    (
        "season",
        rf"\b(?P<part>{_SEASON_ALT})(?:[\s-]+|\s*/\s*)(?:the\s+year\s+)?(?:of\s+)?(?P<y>{_YEAR})\b",
        _h_season,
    ),
    (
        "year_range",
        rf"(?<![\w.,/])(?P<y1>{_YEAR})\s*(?:-|–|—|/)\s*(?P<y2>\d{{4}}|\d{{2}})(?![\w]|[.,]\d)"
        rf"{_PERIOD_NOUN}",
        _h_year_range,
    ),
    (
        "year_range_from",
        rf"\bfrom\s+(?P<y1>{_YEAR})\s+(?:to|until|till|through)\s+(?P<y2>{_YEAR})\b{_PERIOD_NOUN}",
        _h_year_range,
    ),
    (
        "year_range_between",
        rf"\bbetween\s+(?P<y1>{_YEAR})\s+and\s+(?P<y2>{_YEAR})\b{_PERIOD_NOUN}",
        _h_year_range,
    ),
    ("year", r"(?<![\w.,$€£/:\-])(?P<y>\d{4})(?![\w]|[.,:/\-]\d)", _h_year),
    (
        "month_rel_year",
        rf"{_mon('mon')}(?:\s+(?P<d1>{_DAY})(?:{_DASH}(?P<d2>{_DAY}))?)?,?\s+"
        rf"(?P<rel>{_REL_ALT})\s+year\b",
        _h_month_rel_year,
    ),
    ("rel_named_month", rf"\b(?P<rel>{_REL_ALT})\s+{_mon('mon')}", _h_rel_named_month),
    (
        "season_rel_year",
        rf"\b(?P<part>{_SEASON_ALT})[\s-]+(?P<rel>{_REL_ALT})\s+year\b",
        _h_season_rel_year,
    ),
    (
        "years_ago",
        r"\b(?P<n>\d{1,2}|one|a|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+ago\b",
        _h_years_ago,
    ),
    ("rel_year", rf"\b(?P<rel>{_REL_ALT})\s+year\b", _h_rel_year),
    (
        "rel_month",
        r"\b(?P<rel>last|this|next|the\s+previous|the\s+past)\s+month\b",
        _h_rel_month_unit,
    ),
    (
        "yearless",
        rf"(?:\b(?:from|on|since|until|by)\s+)?{_mon('mon')}\s+(?P<d1>{_DAY})(?:{_DASH}"
        rf"(?P<d2>{_DAY}))?\b(?!\s*,?\s*\d)",
        _h_yearless,
    ),
    (
        "congress",
        rf"\b(?:the\s+)?(?P<n>\d{{1,2}}){_ORD}\s+{_CONGRESS_BODY}"
        rf"(?:\s+of\s+(?:the\s+)?(?P<party>{_PARTY_ALT})\b(?:\s*\((?:{_PARTY_ALT})\))?)?",
        _h_congress,
    ),
    ("anniversary", rf"\b(?:the\s+)?(?P<n>\d{{1,3}}){_ORD}\s+anniversary\b", _h_anniversary),
]

_COMPILED: list[tuple[str, int, re.Pattern[str], _Handler]] = [
    (name, priority, re.compile(pattern, _IGNORECASE), handler)
    for priority, (name, pattern, handler) in enumerate(_RULES)
]

#: How far before an anniversary an explicit year is looked for.
ANNIVERSARY_WINDOW = 200


#: Rules that can match text without any digit (all others need one).
_DIGITLESS_RULES = frozenset(
    {"month_rel_year", "rel_named_month", "rel_year", "rel_month", "season_rel_year", "years_ago"}
)

# ---------------------------------------------------------------------------
# Where rules can start: one cheap word scan instead of every rule over the whole text
# ---------------------------------------------------------------------------
#
# Every rule's match begins with a word from a small set (a month, a weekday, "from",
# "the", ...) or at the first digit of a run of digits, and needs some words to be present
# anywhere in the text ("year" for "last year"). ``_candidates`` scans the text once for
# runs of word characters and digits, skips the rules whose words are absent, and tries
# each remaining rule (``pattern.match``) only at its possible starts, left to right,
# resuming after each match: the same matches as ``pattern.finditer`` over the whole text
# (``tests/test_dates.py`` checks this against the full scan).

_DIGITS = "#digits"  # token: the first digit of a run of digits
_THE_BEFORE_DIGITS = "#the"  # token: "the" (even inside a word) + whitespace before digits


def _first_words(phrases: object) -> frozenset[str]:
    """The first word of each phrase, lower-cased."""
    return frozenset(str(p).split()[0].lower() for p in phrases)  # type: ignore[attr-defined]


_MONTH_WORDS = frozenset(MONTHS)
_WEEKDAY_WORDS = _first_words(WEEKDAYS)
_REL_WORDS = _first_words(_YEAR_OFFSETS)
_SEASON_WORDS = _first_words(SEASONS)
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS)
_FROM = frozenset({"from"})
_FROM_BETWEEN = frozenset({"from", "between"})


@dataclass(frozen=True)
class _Rule:
    """A compiled rule with the tokens its match can start at and the tokens it needs."""

    name: str
    priority: int
    pattern: re.Pattern[str]
    handler: _Handler
    starts: frozenset[str]
    needs: tuple[frozenset[str], ...]  # each: at least one of these tokens is in the text


_D = frozenset({_DIGITS})
_M = _MONTH_WORDS
#: rule -> (start tokens, needed tokens); ``_DIGITS`` is needed by every rule that is not
#: in ``_DIGITLESS_RULES``.
_RULE_TOKENS: dict[str, tuple[frozenset[str], tuple[frozenset[str], ...]]] = {
    "iso": (_D, ()),
    "ymd": (_D, ()),
    "compact": (_D, ()),
    "dmy_numeric": (_WEEKDAY_WORDS | _D, ()),
    "vi_day": (frozenset({"ngày"}), (frozenset({"tháng"}),)),
    "month_numeric": (frozenset({"tháng"}), ()),
    "month_slash_year": (_D, ()),
    "day_month_year": (_WEEKDAY_WORDS | {_THE_BEFORE_DIGITS, _DIGITS}, (_M,)),
    "month_day_year": (_WEEKDAY_WORDS | _M, (_M,)),
    "month_day_range": (_FROM | _M, (_M,)),
    "day_range_month": (_FROM | _D, (_M,)),
    "cross_month_range": (_FROM | _M, (_M,)),
    "cross_month_range_dmy": (_FROM | _D, (_M,)),
    "month_range": (_FROM_BETWEEN | _M, (_M,)),
    "part_of_month": (frozenset({"early", "mid", "late"}), (_M,)),
    "dmy_range": (_D, ()),
    "month_year_range": (_FROM_BETWEEN | _M, (_M,)),
    "decade": (frozenset({"the"}), ()),
    "month_year": (_M, ()),
    "season": (_SEASON_WORDS, ()),
    "year_range": (_D, ()),
    "year_range_from": (_FROM, ()),
    "year_range_between": (frozenset({"between"}), ()),
    "year": (_D, ()),
    "month_rel_year": (_M, (_REL_WORDS, frozenset({"year"}))),
    "rel_named_month": (_REL_WORDS, (_M,)),
    "season_rel_year": (_SEASON_WORDS, (_REL_WORDS, frozenset({"year"}))),
    "years_ago": (_NUMBER_WORD_SET | _D, (frozenset({"ago"}), frozenset({"year", "years"}))),
    "rel_year": (_REL_WORDS, (frozenset({"year"}),)),
    "rel_month": (frozenset({"last", "this", "next", "the"}), (frozenset({"month"}),)),
    "yearless": (frozenset({"from", "on", "since", "until", "by"}) | _M, (_M,)),
    "congress": (frozenset({"the"}) | _D, (frozenset({"congress"}),)),
    "anniversary": (frozenset({"the"}) | _D, (frozenset({"anniversary"}),)),
}

_RULE_TABLE: tuple[_Rule, ...] = tuple(
    _Rule(
        name,
        priority,
        pattern,
        handler,
        _RULE_TOKENS[name][0],
        _RULE_TOKENS[name][1] + (() if name in _DIGITLESS_RULES else (_D,)),
    )
    for name, priority, pattern, handler in _COMPILED
)
#: Every word a rule starts at or needs (lower case).
_TOKEN_WORDS = frozenset().union(*(r.starts | frozenset().union(*r.needs) for r in _RULE_TABLE)) - {
    _DIGITS,
    _THE_BEFORE_DIGITS,
}
_WORD_RUN = re.compile(r"\w+")
_DIGIT_RUN = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
_DIGIT_TOKEN = frozenset({_DIGITS})
#: Letters that ``re.IGNORECASE`` equates with an ASCII letter but ``str.lower`` does not.
_CASE_FIXES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_CASE_FIX_CHARS = re.compile("[\u0130\u0131\u017f]")
_THE = re.compile("the", re.IGNORECASE)
#: Each token word as a whole word, in any case (as the rules read it).
_WORD_PATTERNS = {
    word: re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE) for word in _TOKEN_WORDS
}


def _present_tokens(text: str) -> frozenset[str]:
    """The tokens of ``_TOKEN_WORDS`` written in ``text`` as whole words (in any case),
    plus ``_DIGITS`` when it has a digit: a superset of what the rules can use."""
    if not text.isascii() and _CASE_FIX_CHARS.search(text):
        text = text.translate(_CASE_FIXES)
    lower = text.lower()
    present = _TOKEN_WORDS.intersection(_WORD_RUN.findall(lower))
    return present | _DIGIT_TOKEN if _DIGIT.search(text) else present


@lru_cache(maxsize=4096)
def _plan(present: frozenset[str]) -> tuple[tuple[_Rule, frozenset[str]], ...]:
    """The rules whose needed tokens are all in ``present``, each with its start tokens
    found there (rules without any are left out)."""
    plan = []
    for rule in _RULE_TABLE:
        starts = rule.starts & present
        if _DIGITS in starts and _THE_BEFORE_DIGITS in rule.starts:
            starts |= {_THE_BEFORE_DIGITS}
        if starts and all(not need.isdisjoint(present) for need in rule.needs):
            plan.append((rule, starts))
    return tuple(plan)


def _the_before(text: str, position: int) -> int:
    """Offset of a "the" (in any case, even ending a word) followed by whitespace up to
    ``position``, or -1."""
    end = position
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == position or end < 3 or not _THE.fullmatch(text, end - 3, end):
        return -1
    return end - 3


def _token_offsets(text: str, token: str) -> list[int]:
    """Where ``token`` starts in ``text``, in increasing order."""
    if token == _DIGITS:
        return [run.start() for run in _DIGIT_RUN.finditer(text)]
    if token == _THE_BEFORE_DIGITS:
        found = map(partial(_the_before, text), _token_offsets(text, _DIGITS))
        return [offset for offset in found if offset >= 0]
    return [word.start() for word in _WORD_PATTERNS[token].finditer(text)]


def _rule_matches(rule: _Rule, text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``rule.pattern.finditer(text)`` when every match starts at one of ``starts``
    (sorted): try each start not inside the previous match."""
    end = 0
    for start in starts:
        if start < end:
            continue
        match = rule.pattern.match(text, start)
        if match is not None and match.end() > match.start():
            end = match.end()
            yield match


def _candidates(text: str, anchor: pd.Timestamp | None) -> list[tuple[int, int, int, _Reading]]:
    """(start, end, priority, reading) of every rule match in ``text``."""
    plan = _plan(_present_tokens(text))
    if not plan:
        return []
    offsets: dict[str, list[int]] = {}
    found = []
    for rule, tokens in plan:
        for token in tokens:
            if token not in offsets:
                offsets[token] = _token_offsets(text, token)
        lists = [offsets[token] for token in tokens]
        starts = lists[0] if len(lists) == 1 else sorted(set().union(*lists))
        for match in _rule_matches(rule, text, starts):
            reading = rule.handler(match, text, anchor)
            if reading is not None:
                found.append((match.start(), match.end(), rule.priority, reading))
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
    global _LAST_ANCHOR
    if anchor is not None:
        if anchor is not _LAST_ANCHOR[0]:
            _LAST_ANCHOR = (anchor, _normal_anchor(anchor))
        anchor = _LAST_ANCHOR[1]
    return list(_find_dates_cached(text, anchor))


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


@lru_cache(maxsize=2**15)  # repeated short lines (datelines, lists); sentences are read once
def _find_dates_cached(text: str, anchor: pd.Timestamp | None) -> tuple[DateMatch, ...]:
    """``find_dates`` for a normalised anchor; cached because every analysis of a corpus
    reads the same sentences."""
    selected = _resolve_anniversaries(_select(_candidates(text, anchor)))
    return tuple(
        DateMatch(
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
        )
        for start, end, reading in selected
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
    return next((m for m in find_dates(text) if not m.relative), None)
