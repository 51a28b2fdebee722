"""A line holding only the place a paper was issued and its day, places first.

A meeting's paper or a ministry's statement prints where and when it was issued over its
text, "Da Nang, Viet Nam | 9 November 2017", "Hanoi, 12 March 2019" or "Geneva,
Switzerland - November 8, 2022"; saved without its heading, that line was the only header
line and was read as the headline (held-out 121). ``date_place_lines`` reads the other
order (the date first, then the places). The line here is one to three places closed by
commas, the last a listed country or capital (``places.place_names``), a separator (a
comma, a bar, a dash or a middot) and a day's date with nothing after it but a time:
the title feature ``date_place``, never a headline.
"""

from __future__ import annotations

import re

from analysis.dates import find_dates
from analysis.ingest.date_place_lines import MAX_PLACES
from analysis.ingest.metadata import DATE_KINDS
from analysis.ingest.page_rules import TIME_OF_DAY
from analysis.ingest.places import place_names

#: One place's name: one to three capitalised words ("Da Nang", "Ho Chi Minh City").
_PLACE = re.compile(r"[A-ZÀ-Ỹ][\w.'’-]*(?:\s[A-ZÀ-Ỹ][\w.'’-]*){0,3}")

#: What may stand between the places and the date.
_SEPARATOR = re.compile(r"\s*(?:[,|·•–—-]\s*)+$")


def places_then_date(text: str) -> bool:
    """Whether ``text`` is places, a separator and a day's date ("Da Nang, Viet Nam | 9
    November 2017"), the last place a listed one.

    >>> places_then_date("Da Nang, Viet Nam | 9 November 2017")
    True
    >>> places_then_date("Talks in Da Nang, Viet Nam | 9 November 2017")
    False
    """
    dates = [m for m in find_dates(text) if m.precision == "day" and m.kind in DATE_KINDS]
    if not dates or TIME_OF_DAY.sub("", text[dates[0].end :]).strip(" ,.()"):
        return False
    head = text[: dates[0].start]
    separator = _SEPARATOR.search(head)
    if separator is None or not separator.group(0).strip():
        return False
    places = [part.strip() for part in head[: separator.start()].split(",")]
    if not 1 <= len(places) <= MAX_PLACES or not all(_PLACE.fullmatch(p) for p in places):
        return False
    return places[-1].casefold() in place_names()


def place_date_features(text: str, features: list[str]) -> list[str]:
    """``["date_place"]`` for a places-then-date line not marked so already, else ``[]``."""
    return ["date_place"] if "date_place" not in features and places_then_date(text) else []
