"""The day-month order of a page's numeric dates settled by the months its words name.

A numeric date whose two numbers are both 12 or under ("05/06/2024") reads as 5 June or
as May 6. When nothing else on the page settles the order (no 12-hour clock, no other
numeric date with a day above 12: ``day_month_order.settle_day_month``), the page's own
words often do: a report names the days around its publication ("ceremonies on May 6 and
7", "on 5 June"). A named day (a month's name beside a day's number) in one reading's
month and none in the other's settles the order (held-out 141's US defence site,
"05/06/2024" over a lede naming "May 6"). A named day whose year differs from the
numeric date's is no evidence; a month named in both readings, or in neither, settles
nothing.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from analysis.ingest.metadata import Para

_MONTHS = {
    **{name: number for number, name in enumerate(calendar.month_name) if name},
    **{name: number for number, name in enumerate(calendar.month_abbr) if name},
    "Sept": 9,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))

#: A month's capitalised name beside a day's number, either order, an optional year after:
#: "May 6", "May 6 and 7", "Jun. 5, 2024", "5 June 2024", "6th May". Case-sensitive (the
#: verb "may" is no month).
_NAMED_DAY = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    rf"|(?P<d2>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})\.?)"
    r"(?![\d:])(?:,?\s+(?P<year>(?:19|20)\d{2}))?"
)

#: A numeric date both of whose numbers could be the month: "05/06/2024", "3.4.2021".
_AMBIGUOUS = re.compile(r"\b(0?[1-9]|1[0-2])([/.-])(0?[1-9]|1[0-2])\2((?:19|20)\d{2})\b")


def named_months(paras: Sequence[Para]) -> dict[int, set[int]]:
    """Each month the page's words name beside a day, with the years named with it (0 for
    a named day without a year)."""
    named: dict[int, set[int]] = {}
    for p in paras:
        for m in _NAMED_DAY.finditer(p.text):
            month = _MONTHS[m.group("m1") or m.group("m2")]
            named.setdefault(month, set()).add(int(m.group("year") or 0))
    return named


def named_month_order(paras: Sequence[Para]) -> str:
    """``"mdy"`` or ``"dmy"`` when the months the page names settle its ambiguous numeric
    dates one way only (the module's docstring), else ``""``."""
    named = named_months(paras)
    votes = set()
    for p in paras:
        if len(p.text) > 400:
            continue  # numeric dates stand on short lines, as settle_day_month reads them
        for m in _AMBIGUOUS.finditer(p.text):
            first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
            if first == second:
                continue
            fits = {
                order
                for order, month in (("mdy", first), ("dmy", second))
                if named.get(month, set()) & {0, year}
            }
            if len(fits) == 1:
                votes |= fits
    return votes.pop() if len(votes) == 1 else ""
