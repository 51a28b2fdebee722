"""Rule handlers for the periods of news text that have no written year: relative units
(last week), quarters, halves and seasons, months without a year, "the year" and the
narrative units ("the following year", "that year"; days without a year, as weekdays,
today/yesterday, now/recently and holidays, are in ``days``; durations, "two years
ago", times of day and sets are in ``measures``).

Each returns a ``Reading`` with its TimeML ``timex_type`` and ``timex_value``. Dates are
resolved against the anchor (the document date); a month without a year goes to the
nearest such month unless the sentence's tense says otherwise
(``sentence_tense``); without an anchor the value keeps its ``X`` digits and the reading
carries the flag ``unresolved_relative``.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd

from analysis.dates.lexicon import (
    DAY_PARTS,
    MONTHS,
    ORDINALS,
    SEASON_WORDS,
    key,
)
from analysis.dates.model import Reading, _in_range, _month_span, _year_span
from analysis.dates.resolve import (
    _half_reading,
    _quarter_reading,
    _unresolved,
    duration_value,
    is_title,
    nearest_month_year,
    sentence_tense,
    week_value,
    yearless_tense,
)

# ---------------------------------------------------------------------------
# Relative units, quarters, halves, seasons, months without a year
# ---------------------------------------------------------------------------

_OFFSETS = {
    "last": -1, "past": -1, "previous": -1, "prior": -1, "this": 0, "current": 0,
    "present": 0, "same": 0, "next": 1, "coming": 1, "following": 1,
}  # fmt: skip


def _offset(rel: str) -> int:
    return _OFFSETS[key(rel).removeprefix("the ").split()[-1]]


#: Before "decade" or "century", words that make it the span up to or from now.
_SPAN_WORDS = frozenset({"past", "coming"})


def h_rel_unit(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "last week", "this weekend", "next quarter", "this decade"."""
    if is_title(m, _text):
        return None
    unit = m["unit"].casefold()
    offset = _offset(m["rel"])
    if unit in ("decade", "century") and key(m["rel"]).removeprefix("the ") in _SPAN_WORDS:
        # "over the past decade", "the coming century": the ten (hundred) years up to
        # (from) now, a duration as "the past ten years" is, not the decade of the 1990s
        return Reading(
            None, None, "period", relative=True, kind="duration", timex_type="DURATION",
            timex_value=duration_value(1, unit),
        )  # fmt: skip
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


_UNIT_BEFORE = re.compile(r"(?i)\bthis\s+(year|month|week)\s+(?:as|than)\s+$")


def h_elliptic_last(m: re.Match[str], text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "(this year as) last", "(this month than) last": the unit before the one of the
    "this ..." it is compared with (the rule's pattern requires it)."""
    unit = _UNIT_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if unit is None:
        return None
    if unit[1].casefold() == "week":
        return h_rel_unit(re.match(r"(?P<rel>last) (?P<unit>week)", "last week"), text, anchor)
    if anchor is None and unit[1].casefold() == "year":
        return _unresolved("XXXX", precision="year")
    if anchor is None:
        return _unresolved("XXXX-XX", precision="month")
    if unit[1].casefold() == "year":
        year = anchor.year - 1
        if not _in_range(year):
            return None
        return Reading(
            *_year_span(year), "year", relative=True, kind="relative", timex_value=f"{year:04d}"
        )
    index = anchor.year * 12 + anchor.month - 2
    year, month = index // 12, index % 12 + 1
    if not _in_range(year):
        return None
    return Reading(
        *_month_span(year, month), "month", relative=True, kind="relative",
        timex_value=f"{year:04d}-{month:02d}",
    )  # fmt: skip


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


def _quarter_year(quarter: int, anchor: pd.Timestamp, tense: str) -> int:
    """Year of "the third quarter" said at ``anchor``: this year's unless it is still to
    come and the sentence is not about the future."""
    current = (anchor.month - 1) // 3 + 1
    if quarter > current and tense != "future":
        return anchor.year - 1
    return anchor.year


def h_quarter(m: re.Match[str], text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "the third quarter", "third-quarter", "the first half", "the second half"."""
    number = ORDINALS[m["ord"].casefold()]
    unit = m["unit"].casefold()
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
    r"|next\s+|fiscal\s+)?(?:year|fiscal)\b|\d|[$£€¥#]|(?:US|VND|C|A)\$?\s*\d))"
)


def h_year_quarter(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "1989's third quarter", "this year's first half", "last year's fourth quarter"."""
    number = ORDINALS[m["ord"].casefold()]
    unit = m["unit"].casefold()
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
    if m["noun"].casefold() == "period" and not (m["ago"] or m["y"] or m["mod"]):
        return None  # "the period" alone names no time
    if anchor is None:
        return _unresolved("XXXX-QX", precision="season")
    index = anchor.year * 4 + (anchor.month - 1) // 3 - 1
    if m["ago"]:
        index -= 4
    if m["y"]:
        index = int(m["y"]) * 4 + index % 4
    reading = _quarter_reading(index // 4, index % 4 + 1)
    if m["mod"] and not (m["y"] or m["ago"]):  # "the latest quarter": the last one ended
        return reading
    note = "the_quarter" + (f" year {m['y']}" if m["y"] else "") + (" ago" if m["ago"] else "")
    return None if reading is None else replace(reading, note=note)


def h_rel_season(m: re.Match[str], _text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "this spring", "last summer", "next fall"."""
    code = SEASON_WORDS[m["season"].casefold()]
    if anchor is None:
        return _unresolved(f"XXXX-{code}", precision="season")
    first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    offset = _offset(m["rel"])
    year = anchor.year
    if offset < 0:
        year = anchor.year if first + 2 < anchor.month else anchor.year - 1
    elif offset > 0:
        year = anchor.year if first > anchor.month else anchor.year + 1
    return _season_reading(year, first, code)


def _season_reading(year: int, first: int, code: str) -> Reading | None:
    """The three months of season ``code`` that begins in month ``first`` of ``year`` (a
    winter runs into the next year), or None outside the years dates are read in."""
    if not (_in_range(year) and _in_range(year + 1)):
        return None
    start = _month_span(year, first)[0]
    end_month = (first + 2 - 1) % 12 + 1
    end = _month_span(year + (1 if end_month < first else 0), end_month)[1]
    return Reading(
        start, end, "season", relative=True, kind="relative", timex_value=f"{year:04d}-{code}"
    )


def h_the_following(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> Reading | None:
    """ "the following year", "the following month", "the next day", "the next morning":
    one unit after the date named last before it (``timex.resolve_references``; dropped
    when there is none: the text's own time, not the document date's)."""
    unit = (m["unit"] or m["unit2"]).casefold()
    part = DAY_PARTS.get(unit)
    grain = "day" if part else unit
    placeholder = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}
    reading = _unresolved(
        placeholder.get(grain, "XXXX-XX-XX" + (f"T{part}" if part else "")),
        "TIME" if part else "DATE",
        precision={"year": "year", "month": "month"}.get(grain, "day"),
    )
    return replace(reading, note=f"following {grain} {part or ''}".strip())


def _unit_of_anchor(anchor: pd.Timestamp, unit: str, offset: int) -> Reading | None:
    """The year (month, quarter, week) ``offset`` units from the anchor's, None outside the
    years dates are read in."""
    if unit == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + offset
        return _quarter_reading(index // 4, index % 4 + 1)
    if unit == "week":
        day = anchor + pd.Timedelta(days=7 * offset)
        first = day - pd.Timedelta(days=day.weekday())
        last, value, precision = first + pd.Timedelta(days=6), week_value(day), "day"
    elif unit == "month":
        day = anchor + pd.DateOffset(months=offset)
        (first, last), value, precision = _month_span(day.year, day.month), f"{day:%Y-%m}", "month"
    else:
        year = anchor.year + offset
        (first, last), value, precision = _year_span(year), f"{year:04d}", "year"
    if not _in_range(first.year):
        return None
    return Reading(first, last, precision, relative=True, kind="relative", timex_value=value)


def h_the_previous_unit(
    m: re.Match[str], _text: str, anchor: pd.Timestamp | None
) -> Reading | None:
    """ "the previous year", "the prior month", "the same week": the unit before (or of)
    the anchor, read again from the date named last before it when there is one
    (``timex.resolve_references``)."""
    unit = m["unit"].casefold()
    offset = 0 if m["rel"].casefold() == "same" else -1
    note = f"relto {offset} {unit}"
    if anchor is None:
        placeholder = {"week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX"}
        precision = {"year": "year", "month": "month", "quarter": "season"}.get(unit, "day")
        return replace(_unresolved(placeholder.get(unit, "XXXX"), precision=precision), note=note)
    reading = _unit_of_anchor(anchor, unit, offset)
    return replace(reading, note=note) if reading is not None else None


def h_that_unit(m: re.Match[str], _text: str, _anchor: pd.Timestamp | None) -> Reading | None:
    """ "that year", "later that year", "that same day": the year (quarter, month, week,
    day) of the date named last before it in the text (``timex.resolve_references``,
    which drops the match when no date comes before it)."""
    unit = m["unit"].casefold()
    placeholder = {"year": "XXXX", "quarter": "XXXX-QX", "month": "XXXX-XX", "week": "XXXX-WXX"}
    precision = {"year": "year", "quarter": "season", "month": "month"}.get(unit, "day")
    reading = _unresolved(placeholder.get(unit, "XXXX-XX-XX"), precision=precision)
    return replace(reading, note=f"that {unit}")


def h_the_season(m: re.Match[str], text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "the summer", "the early summer": the latest such season begun by the anchor, or
    the next one not yet over when the sentence is about the future ("the fall" is left
    alone: "the fall of", "the fall in prices")."""
    code = SEASON_WORDS[m["season"].casefold()]
    if anchor is None:
        return _unresolved(f"XXXX-{code}", precision="season")
    first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if sentence_tense(text, m.start(), m.end()) == "future":
        year = anchor.year if anchor.month <= first + 2 else anchor.year + 1
    else:
        year = anchor.year if first <= anchor.month else anchor.year - 1
    return _season_reading(year, first, code)


_MONTH_PREPOSITIONS = re.compile(
    r"(?i)\b(?:in|since|until|till|by|from|of|during|through|early|late|mid|last|next|this|before"
    r"|after|between|and|to|or|until)\s*-?\s*$"
)


#: "the March accession", "the May elections": a month before a lower-case noun after
#: "the" modifies it (TimeML tags the month); a function word after it ("the March on
#: Washington", "the May of 1968") or a capital ("the May Department Stores") is not.
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|on|for|to|in|at|by|from|with|and|or|but|is|was|has|had|will|would)\b)[a-z]{3,}\b"
)


def _attributive_month(text: str, start: int, end: int) -> bool:
    """True when the month name at ``text[start:end]`` modifies the lower-case noun after
    it and follows "the" ("the March accession")."""
    return bool(_THE_BEFORE.search(text, max(0, start - 5), start) and _NOUN_AFTER.match(text, end))


def h_month_alone(m: re.Match[str], text: str, anchor: pd.Timestamp | None) -> Reading | None:
    """ "January", "in March": a month without a year (capitalised; "May" and "March"
    only after a preposition)."""
    word = m["mon"]
    if not word[0].isupper():
        return None
    month = MONTHS[word.casefold()]
    if word.casefold() in ("may", "march") and not (
        _MONTH_PREPOSITIONS.search(text[max(0, m.start() - 12) : m.start()])
        or _attributive_month(text, m.start(), m.end())
    ):
        return None
    if anchor is None:
        return Reading(
            None, None, "month", ("unresolved_relative",), relative=True, kind="relative",
            timex_value=f"XXXX-{month:02d}",
        )  # fmt: skip
    tense, tolerance = yearless_tense(text, m.start(), m.end())
    year = nearest_month_year(anchor, month, tense, tolerance=tolerance)
    if not _in_range(year):
        return None
    return Reading(
        *_month_span(year, month), "month", ("month_no_year",), relative=True, kind="relative",
        timex_value=f"{year:04d}-{month:02d}",
    )  # fmt: skip
