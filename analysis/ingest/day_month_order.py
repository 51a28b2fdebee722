"""The day-month order of a page's numeric dates ("3/4/2021": 3 April or March 4): settled
for the page by a 12-hour clock beside a date or another date whose day is above 12
(``settle_day_month``), for one date by a weekday before it that fits one reading only,
and each numeric date read in that order (``read_day_month``); ``ambiguous_day_month``
when nothing settles it. Used by ``date_scoring.date_candidates``."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

import pandas as pd

from analysis.dates import DateMatch
from analysis.ingest.metadata import Para
from analysis.ingest.named_month_order import named_month_order

_AMPM = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*[ap]\.?m\.?\b", re.I)


#: A numeric date, its year in four digits or two ("12/04/20 3:27 PM" on a parties' portal).
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b")


def _numeric_parts(match: DateMatch, numeric: re.Match[str]) -> tuple[int, int, int]:
    """The two numbers and the year of the numeric date ``numeric`` inside ``match``: a
    two-digit year as the grammar read it ("20" -> 2020)."""
    first, second, year = (int(g) for g in numeric.groups())
    if year < 100 and match.date_start is not None:
        year = match.date_start.year
    return first, second, year


def _beside_twelve_hour_clock(text: str, m: re.Match[str]) -> bool:
    """A 12-hour clock ("10:47:14 AM") right after or right before the numeric date ``m``
    ("3/4/2021 09:41 AM", "09:41:12 AM | 3/4/2021"): a US site, whose dates are month-first."""
    before = text[max(0, m.start() - 16) : m.start()]
    return bool(_AMPM.search(text[m.end() : m.end() + 16]) or _AMPM.search(before))


def settle_day_month(paras: Sequence[Para]) -> str:
    """``"mdy"`` or ``"dmy"`` when the page settles how its numeric dates are written
    (a 12-hour clock beside a date, before or after it, or another numeric date whose day
    is above 12; else the months the page's words name, ``named_month_order``), else
    ``""``."""
    votes: Counter[str] = Counter()
    for p in paras:
        if len(p.text) > 400:
            continue  # numeric dates stand on short lines: datelines, lists, credits
        for m in _NUMERIC_DATE.finditer(p.text):
            first, second = int(m.group(1)), int(m.group(2))
            if first > 12 >= second:
                votes["dmy"] += 1
            elif second > 12 >= first or _beside_twelve_hour_clock(p.text, m):
                votes["mdy"] += 1
    if votes["mdy"] and not votes["dmy"]:
        return "mdy"
    if votes["dmy"] and not votes["mdy"]:
        return "dmy"
    return "" if votes else named_month_order(paras)


_WEEKDAY_NAMES = {
    name: number
    for number, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}


_WEEKDAY_BEFORE = re.compile(r"\b(" + "|".join(_WEEKDAY_NAMES) + r")\b\W{0,3}$", re.I)


def _weekday_order(before: str, first: int, second: int, year: int) -> str:
    """``"mdy"`` or ``"dmy"`` when a weekday right before a numeric date (at the end of
    ``before``) fits one reading only ("Friday, 4/5/2024": April 5 is a Friday, May 4 is
    not), else ``""``."""
    named = _WEEKDAY_BEFORE.search(before[-14:])
    if not named:
        return ""
    weekday = _WEEKDAY_NAMES[named.group(1).casefold()]
    fits = set()
    for order, (month, day) in (("dmy", (second, first)), ("mdy", (first, second))):
        try:
            if pd.Timestamp(year=year, month=month, day=day).weekday() == weekday:
                fits.add(order)
        except ValueError:
            continue
    return fits.pop() if len(fits) == 1 else ""


def _settled_order(
    match: DateMatch, numeric: re.Match[str], order: str, line: str
) -> tuple[str, tuple[str, ...]]:
    """The day-month order of a numeric date and its flags: a weekday before it in
    ``line`` that fits only one reading settles it; ``ambiguous_day_month`` when nothing
    does."""
    first, second, year = _numeric_parts(match, numeric)
    flags = tuple(f for f in match.flags if f != "ambiguous_day_month")
    if not (first <= 12 and second <= 12 and first != second):
        return order, flags
    before = line[: match.start] + match.text[: numeric.start()]
    settled = _weekday_order(before, first, second, year)
    if settled:
        order = settled
        flags = tuple(f for f in flags if f != "weekday_mismatch")
    if not order:
        flags = (*flags, "ambiguous_day_month")
    return order, flags


def read_day_month(match: DateMatch, order: str, line: str = "") -> DateMatch:
    """``match`` read in the page's order: a numeric ``a/b/yyyy`` becomes month-first when
    ``order`` is ``"mdy"``, or when a weekday before it in ``line`` fits only that reading;
    the ``ambiguous_day_month`` flag stays only when nothing settles it."""
    numeric = _NUMERIC_DATE.search(match.text)
    if numeric is None or numeric.end() != len(match.text.rstrip()):
        return match
    first, second, year = _numeric_parts(match, numeric)
    order, flags = _settled_order(match, numeric, order, line)
    if order != "mdy" or second > 31:
        return replace(match, flags=flags)
    try:
        day = pd.Timestamp(year=year, month=first, day=second)
    except ValueError:
        return replace(match, flags=flags)
    return replace(match, date_start=day, date_end=day, flags=flags)
