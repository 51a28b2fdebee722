"""A date that is one end of a span of two dates joined by a dash (misses27): an event's or
an anniversary's span printed in a line of words, "Celebrating the 89th Anniversary of
the Communist Party of Vietnam (3/2/1930 - 3/2/2019)" (a link to another story over a
provincial portal's headline, held-out 71), "Congress of 2016 - 2021". Neither end is the
day the page was published: date feature ``date_span``."""

from __future__ import annotations

import re

#: The two forms of a span's ends, each joined only to its own form: a numeric date
#: ("3/2/1930", "03.02.2019") or a year ("2016").
_FORMS = (r"\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}", r"(?:19|20)\d{2}")

#: The dash joining the two ends.
_DASH = r"\s*[-–—]\s*"


def date_span(line: str, start: int, end: int) -> bool:
    """Whether the date at ``line[start:end]``, a numeric date or a year, is joined by a
    dash to another of the same form before or after it ("3/2/1930 - 3/2/2019", "2016 -
    2021"); a date written with its month's name never is ("Week of 2020 - October 11,
    2020" names a week and its day).

    >>> line = "Celebrating the 89th Anniversary of the Party (3/2/1930 - 3/2/2019)"
    >>> date_span(line, line.index("3/2/1930"), line.index("3/2/1930") + 8)
    True
    >>> date_span("Thứ 4 - 13/03/2019", 8, 18)
    False
    >>> date_span("12/03/2024 - 09:15", 0, 10)
    False
    """
    form = next((f for f in _FORMS if re.fullmatch(f, line[start:end].strip())), None)
    if form is None:
        return False
    before = re.search(rf"(?<!\d){form}{_DASH}$", line[max(0, start - 16) : start])
    return bool(before or re.match(rf"{_DASH}{form}(?!\d)", line[end:]))
