"""Rule handlers for the days of news text that have no written year: weekdays,
today/yesterday, "this morning", now/recently, the weekend, holidays, "the day before",
"the week of March 6" and "the morning of March 4" (periods without a year, as "last
week", quarters, seasons and months, are in ``timeml``).

Each returns a ``Reading`` with its TimeML ``timex_type`` and ``timex_value``. Days are
resolved against the anchor (the document date); a weekday or a day without a year goes
to the nearest such day unless the sentence's tense says otherwise (``sentence_tense``);
without an anchor the value keeps its ``X`` digits and the reading carries the flag
``unresolved_relative``.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

import pandas as pd

from analysis.dates.lexicon import (
    DAY_PARTS,
    DAY_WORDS,
    HOLIDAYS,
    LOWERCASE_WORD_MONTHS,
    MONTHS,
    NUMBER_WORDS,
    REFERENCE_WORDS,
    WEEKDAY_NAMES,
    alternation,
    key,
)
from analysis.dates.model import Reading, _in_range
from analysis.dates.resolve import (
    _day_reading,
    _unresolved,
    nearest_weekday,
    nearest_year,
    sentence_tense,
    week_value,
    words_before,
    yearless_tense,
)

# ---------------------------------------------------------------------------
# Weekdays, today/yesterday, now/recently
# ---------------------------------------------------------------------------


def h_weekday(m: re.Match[str], text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "Friday", "on Monday", "last Tuesday"; "Friday morning" is a TIME (2024-10-18TMO)."""
    weekday = WEEKDAY_NAMES[m["wd"].casefold()]
    rel = key(m["rel"] or "")
    if anchor is None:
        return _unresolved(f"XXXX-WXX-{weekday + 1}")
    if rel in ("last", "this past", "past", "previous", "the previous"):
        back = (anchor.weekday() - weekday) % 7 or 7
        day = anchor - pd.Timedelta(days=back)
    elif rel in ("next", "this coming", "coming", "the following"):
        day = anchor + pd.Timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    else:
        day = nearest_weekday(anchor, weekday, weekday_tense(m, text, rel))
    reading = _day_reading(day)
    if reading is not None and rel.startswith("the "):
        # "the previous Friday", "the following Monday": from the day named before it
        # (``timex.resolve_references``), else from the anchor
        step = -1 if rel == "the previous" else 1
        reading = replace(reading, note=f"weekday_from {weekday} {step}")
    if reading is None or not m["part"]:
        return reading
    part = DAY_PARTS[m["part"].casefold()]
    return replace(reading, timex_type="TIME", timex_value=f"{day:%Y-%m-%d}T{part}")


_POSSESSIVE = re.compile(r"['’]s\b")


def weekday_tense(m: re.Match[str], text: str, rel: str) -> str:
    """The direction of a weekday named without "last"/"next": "this Friday" is ahead;
    "Friday's ruling" (a possessive names a known event) and a weekday in a sentence
    without a tense cue are behind (news reports what has happened); otherwise the
    sentence's tense decides (``sentence_tense``)."""
    if rel == "this":
        return "future"
    if _POSSESSIVE.match(text, m.end("wd")):
        return "past"
    return sentence_tense(text, m.start(), m.end(), prepositions=False) or "past"


def h_day_word(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "today", "yesterday", "tomorrow", "tonight", "last night", "yesterday morning"."""
    word = " ".join(m["dw"].casefold().split())
    part = DAY_PARTS.get(word) or (DAY_PARTS.get(m["part"].casefold()) if m["part"] else None)
    if anchor is None:
        return _unresolved("XXXX-XX-XX" + (f"T{part}" if part else ""), "TIME" if part else "DATE")
    day = anchor + pd.Timedelta(days=DAY_WORDS[word])
    reading = _day_reading(day)
    if reading is None or part is None:
        return reading
    return Reading(
        **{**reading.__dict__, "timex_type": "TIME", "timex_value": f"{day:%Y-%m-%d}T{part}"}
    )


def h_nth_day_now(_m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "(today is) the eighth day (of the strike)", "(it's) the second day": the anchor's
    day, as "today" (the rule reads only the present "is")."""
    return _unresolved("XXXX-XX-XX") if anchor is None else _day_reading(anchor)


def h_this_day_part(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "this morning", "this evening": a part of the anchor's day."""
    part = DAY_PARTS[m["part"].casefold()]
    if anchor is None:
        return _unresolved(f"XXXX-XX-XXT{part}", "TIME")
    reading = _day_reading(anchor)
    if reading is None:
        return None
    return Reading(
        **{**reading.__dict__, "timex_type": "TIME", "timex_value": f"{anchor:%Y-%m-%d}T{part}"}
    )


#: A number just after "the past" / "the future" ("the past three summers").
_AMOUNT_AFTER = re.compile(
    rf"(?i)\s+(?:\d|(?:{alternation(w for w in NUMBER_WORDS if ' ' not in w)}|several|few)\b)"
)


def h_reference(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> Reading | None:
    """ "now", "currently", "recently", "the past", "the future": no date, a reference."""
    word = key(m["ref"])
    if word == "current" and re.match(r"\s+account", _text[m.end() : m.end() + 9]):
        return None  # the current account (of a balance of payments)
    if word in ("the past", "the future") and _AMOUNT_AFTER.match(_text, m.end()):
        return None  # "the past three summers": the start of an amount of time, not "the past"
    if word.endswith("future") and re.match(r"\s+of\b(?!\s+course)", _text[m.end() : m.end() + 12]):
        return None  # "the future of our peoples": their prospects, not a time
    value = REFERENCE_WORDS[word]
    return Reading(None, None, "day", relative=True, kind="reference", timex_value=value)


def h_this_moment(_m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> Reading | None:
    """ "this moment", "this crucial moment", "the present moment": the present, a reference."""
    return Reading(None, None, "day", relative=True, kind="reference", timex_value="PRESENT_REF")


_AHEAD_OF = words_before(r"ahead\s+of|until|till|by")


def h_the_weekend(m: re.Match[str], text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "the weekend": the anchor's weekend from Friday on, else the one before; in a
    sentence about the future ("will rest over the weekend", "ahead of the weekend")
    the coming one."""
    if anchor is None:
        return _unresolved("XXXX-WXX-WE")
    ahead = _AHEAD_OF.search(text, max(0, m.start() - 12), m.start()) or (
        sentence_tense(text, m.start(), m.end()) == "future"
    )
    if ahead:
        saturday = anchor + pd.Timedelta(days=(5 - anchor.weekday()) % 7)
        if anchor.weekday() == 6:  # a Sunday: next week's
            saturday = anchor + pd.Timedelta(days=6)
    else:
        day = anchor if anchor.weekday() >= 4 else anchor - pd.Timedelta(days=7)
        saturday = day + pd.Timedelta(days=5 - day.weekday())
    if not _in_range(saturday.year):
        return None
    return Reading(
        saturday, saturday + pd.Timedelta(days=1), "day", relative=True, kind="relative",
        timex_value=week_value(saturday) + "-WE",
    )  # fmt: skip


def easter_sunday(year: int) -> datetime.date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous Gregorian
    algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * leap) // 433
    month = (h + leap - 7 * m + 90) // 25
    return datetime.date(year, month, (h + leap - 7 * m + 33 * month + 19) % 32)


def _computed_day(spec: str, year: int) -> datetime.date:
    """The day of a computed holiday (``spec`` "thanksgiving" or "easter+N") in ``year``."""
    if spec == "thanksgiving":
        first = datetime.date(year, 11, 1)
        return first + datetime.timedelta(days=(3 - first.weekday()) % 7 + 21)
    return easter_sunday(year) + datetime.timedelta(days=int(spec.removeprefix("easter")))


#: After "Easter", words that make it a name, not the feast ("Easter Island").
_EASTER_NAME = re.compile(r"\s+(?:Island|Islands|Rising)\b")


#: The value of a holiday without an anchor, by its spec ("XXXX-" and the spec when fixed).
_OPEN_HOLIDAY = {"thanksgiving": "XXXX-11-XX", "easter week": "XXXX-WXX"}


def h_holiday(m: re.Match[str], text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "Christmas", "Thanksgiving Day", "National Day", "Good Friday": the nearest such
    day; "Easter week": the ISO week that ends on Easter Sunday."""
    spec = HOLIDAYS[key(m["hol"]).replace("’", "'")]
    if spec.startswith("easter") and _EASTER_NAME.match(text, m.end()):
        return None
    if anchor is None:
        fixed = f"XXXX-{spec}" if spec[0].isdigit() else "XXXX-XX-XX"
        return _unresolved(_OPEN_HOLIDAY.get(spec, fixed))
    if spec == "easter week":
        return _easter_week(anchor)
    tense = sentence_tense(text, m.start(), m.end())
    if spec[0].isdigit():
        month, number = int(spec[:2]), int(spec[3:])
        year = nearest_year(anchor, month, number, tense)
        return None if year is None else _day_reading(pd.Timestamp(year, month, number))
    return _day_reading(pd.Timestamp(_computed_nearest(spec, anchor, tense)))


def _computed_nearest(spec: str, anchor: pd.Timestamp, tense: str) -> datetime.date:
    """The computed holiday ``spec`` nearest ``anchor``, before or after it when the
    sentence's ``tense`` says so."""
    today = anchor.date()
    days = [_computed_day(spec, year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    day = min(days, key=lambda d: abs((d - today).days))
    if tense == "past" and day > today:
        day = max(d for d in days if d <= today)
    if tense == "future" and day < today:
        day = min(d for d in days if d >= today)
    return day


def _easter_week(anchor: pd.Timestamp) -> Reading | None:
    """The ISO week (Monday to Easter Sunday) of the Easter nearest ``anchor``."""
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    sunday = pd.Timestamp(
        min((easter_sunday(y) for y in years), key=lambda d: abs((d - anchor.date()).days))
    )
    reading = _day_reading(sunday - pd.Timedelta(days=6))
    if reading is None:
        return None
    return replace(reading, date_end=sunday, timex_value=week_value(sunday))


def h_the_day_before(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> Reading | None:
    """ "the previous day", "the day before" (ending its clause): the day before the date
    named last before it; "the day after": the day after it (``timex.resolve_references``;
    dropped when there is none)."""
    word = "following" if (m["dir"] or "").casefold() == "after" else "preceding"
    return replace(_unresolved("XXXX-XX-XX"), note=f"{word} day")


def _month_named(m: re.Match[str]) -> int | None:
    """The month of a match's ``mon`` group, None for a lower-case look-alike ("may")."""
    if m["mon"].islower() and m["mon"].rstrip(".") in LOWERCASE_WORD_MONTHS:
        return None
    return MONTHS.get(m["mon"].casefold().rstrip("."))


def _named_day(m: re.Match[str], text: str, anchor: pd.Timestamp | None) -> pd.Timestamp | None:
    """The day of a match's month (``mon``), day (``d``) and year (``y``, or the year that
    ``nearest_year`` gives at ``anchor``), None when it does not exist or cannot be read."""
    month = _month_named(m)
    if month is None:
        return None
    day = int(re.match(r"\d+", m["d"]).group())  # type: ignore[union-attr]
    if m["y"]:
        year: int | None = int(m["y"])
    elif anchor is None:
        return None
    else:
        tense, tolerance = yearless_tense(text, m.start(), m.end())
        year = nearest_year(anchor, month, day, tense, tolerance=tolerance)
    try:
        found = pd.Timestamp(year, month, day) if year is not None else None
    except ValueError:
        return None
    return found if found is not None and _in_range(found.year) else None


def h_week_of_day(m: re.Match[str], text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "the week of March 6": the ISO week of that day ("2024-W10")."""
    day = _named_day(m, text, anchor)
    if day is None:
        unread = anchor is None and not m["y"] and _month_named(m) is not None
        return _unresolved("XXXX-WXX") if unread else None
    monday = day - pd.Timedelta(days=day.weekday())
    return Reading(
        monday, monday + pd.Timedelta(days=6), "day", relative=not m["y"], kind="relative",
        timex_value=week_value(day),
    )  # fmt: skip


def h_part_of_day_of(m: re.Match[str], text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "the morning of March 4": that part of that day, a TIME ("2024-03-04TMO")."""
    part = DAY_PARTS[m["part"].casefold()]
    day = _named_day(m, text, anchor)
    if day is None:
        unread = anchor is None and not m["y"] and _month_named(m) is not None
        return _unresolved(f"XXXX-XX-XXT{part}", "TIME") if unread else None
    reading = _day_reading(day)
    if reading is None:
        return None
    return replace(
        reading, relative=not m["y"], timex_type="TIME", timex_value=f"{day:%Y-%m-%d}T{part}"
    )
