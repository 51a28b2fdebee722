"""Find and normalise temporal expressions in text (dates, times, durations, sets).

A small subpackage of declarative rules: ``analysis/data/date_rules.yaml`` lists one rule
per form (pattern, trigger words, handler) and ``rules`` builds them; ``handlers`` (dates
with a year), ``relative_dates`` (dates relative to the anchor), ``congresses``
(congresses, terms, anniversaries), ``timeml`` (periods without a year), ``days`` (days
without a year) and ``measures`` (durations, "ago", sets, clock times) hold the handlers
that normalise a match, with ``resolve`` (sentence tense, nearest day to the anchor);
``lexicon`` reads the word lists of ``analysis/data/date_words.yaml``; ``timex`` gives
each kept match its TimeML extent and value; ``scan`` runs the rules (``find_dates``
keeps the longest non-overlapping matches, left to right).

Rules of reading:

- numeric dates are day-first (``13/12/2021``); when both parts are <= 12 and differ
  the match carries the flag ``ambiguous_day_month``;
- an impossible date (``31/02/2021``) keeps its match but has ``date_start = None``
  and the flag ``impossible_date`` (never a silent guess);
- two-digit years are read 00-68 -> 2000s, 69-99 -> 1900s and flagged ``two_digit_year``;
- every date lies within 1900-2100, otherwise the text is not a date, except a year
  before 1900 after a preposition of time ("in 1898"): its TimeML value without dates
  (it stays out of the chronology), flagged ``before_min_year``;
- counts (``No. 1007``, ``2000 people``, ``1,500``) are not years;
- relative expressions (``last year``, ``last December``, ``on Friday``, ``yesterday``,
  ``the third quarter``, ``two years ago``, ``March 4``) are resolved against ``anchor``
  when given, and carry ``relative=True`` and the anchor used; without an anchor their
  dates are None, their TimeML value keeps ``X`` digits and they carry the flag
  ``unresolved_relative``; a weekday, a month or a day without a year goes to the nearest
  such day unless the sentence's tense says otherwise (a weekday with no tense cue, or in
  a possessive, "Monday's vote", goes to the one before the anchor: news reports what has
  happened; "the previous Friday" / "the following Monday" read from the day named
  before them);
- expressions of narrative time ("that year", "later that day", "the following month",
  "the next morning", "the same day", "the previous day", "the day before", "a year
  earlier", a time of day alone: "at 6 p.m.") read from the date named last before them
  in the text ("the previous year", "the same week" from the anchor when none is
  named), and "the quarter", "the year-ago period" from the first quarter the text
  names (a report names its quarter first; "a year ago" after a quarter moves the
  quarter named just before it); a period of comparison ("a year ago", "the
  year-earlier quarter") is not such a date; "that day", "the same day" or "the next
  day" with no date before them are not reported;
- a date without a year in a sentence whose past tense comes from a verb of saying
  ("they said they expect to close by Dec. 15") keeps the nearest reading up to three
  months ahead (two months for another past verb, one for a future one);
- ordinal congresses (``the 13th National Party Congress``) resolve to the congress's
  dates from ``analysis/data/timeline_congresses.csv``; "the term of the 13th ..." to the
  term from ``analysis/data/periods.csv``; congresses and anniversaries are not TimeML
  expressions (``timex_type`` "");
- every match has a TimeML ``timex_type`` (DATE, TIME, DURATION, SET) and
  ``timex_value`` (``2024-10-21``, ``2024-W43``, ``2024-Q3``, ``P3M``, ``PRESENT_REF``
  ...), and ``timex`` gives its TIMEX3 extents (no leading preposition, no trailing
  punctuation, each end of a range apart). Durations, sets, times of day and
  ``now``/``recently`` have no ``date_start``: they are not dates for the chronology.

Timestamps are tz-naive and normalised to midnight.
"""

from analysis.dates.congresses import CONGRESSES, PARTY_ALIASES, TERMS
from analysis.dates.handlers import NEWS_DAY
from analysis.dates.lexicon import (
    MONTHS,
    QUANTITY_PREFIXES,
    QUANTITY_WORDS,
    SEASONS,
    WEEKDAYS,
    WEEKDAYS_EN,
    WEEKDAYS_VI,
    DateWordsError,
)
from analysis.dates.model import (
    MAX_YEAR,
    MIN_YEAR,
    PRECISIONS,
    TIMEX_TYPES,
    DateMatch,
    TimexPart,
)
from analysis.dates.relative_dates import YEARLESS_LOOKAHEAD_DAYS
from analysis.dates.rules import RULES, Rule
from analysis.dates.scan import (
    ANNIVERSARY_WINDOW,
    _candidates,
    _candidates_full_scan,
    find_dates,
    parse_date,
)

__all__ = [
    "ANNIVERSARY_WINDOW",
    "CONGRESSES",
    "MAX_YEAR",
    "MIN_YEAR",
    "MONTHS",
    "NEWS_DAY",
    "PARTY_ALIASES",
    "PRECISIONS",
    "QUANTITY_PREFIXES",
    "QUANTITY_WORDS",
    "RULES",
    "SEASONS",
    "TERMS",
    "TIMEX_TYPES",
    "WEEKDAYS",
    "WEEKDAYS_EN",
    "WEEKDAYS_VI",
    "YEARLESS_LOOKAHEAD_DAYS",
    "DateMatch",
    "DateWordsError",
    "Rule",
    "TimexPart",
    "_candidates",
    "_candidates_full_scan",
    "find_dates",
    "parse_date",
]
