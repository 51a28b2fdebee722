"""A line holding only a date and the place it was written: a paper's dateline.

An Indian daily's city pages print "Wednesday, May 17, 2000, Chandigarh, India" over the
section and the headline (held-out 61; the archive may break it after the year, joined
again by ``layout/broken_lines``). With the place after the date the line is no dateline
of the date grammar (``lines.dateline_date`` wants nothing but a date), so the headline
scoring took it for the headline. ``date_and_places`` tells it: a day's date, then one
to three places closed by commas, the last a country or a capital
(``bylines.place_names``); the title feature ``date_place`` weighs it down. The line is
left unlabelled, so it still dates the page as a header line (reading it as a dateline
made it the site's clock and let the lede's year-less day win: misses61).

A repost names its source the same way: "Mar 12, 2009 From the Straits Time" (a blog's
copy of a paper's story, held-out 98: the date, "From" and the paper's name, over the
writer's "By" line) is the copy's date and source, no headline (``date_and_source``; the
same title feature weighs it down).
"""

from __future__ import annotations

import re

from analysis.core.text import count_words
from analysis.dates import find_dates
from analysis.ingest.metadata import DATE_KINDS, Scoring
from analysis.ingest.page_rules import TIME_OF_DAY
from analysis.ingest.places import place_names
from analysis.ingest.title_shapes import only_date_words

#: One place's name: one to three capitalised words ("Chandigarh", "New Delhi").
_PLACE = re.compile(r"[A-ZÀ-Ỹ][\w.'’-]*(?:\s[A-ZÀ-Ỹ][\w.'’-]*){0,2}")

#: The most places after the date ("Chandigarh, Punjab, India").
MAX_PLACES = 3


def date_and_places(text: str) -> bool:
    """Whether ``text`` is a day's date followed by places only, the last a country or a
    capital ("Wednesday, May 17, 2000, Chandigarh, India").

    >>> date_and_places("Wednesday, May 17, 2000, Chandigarh, India")
    True
    >>> date_and_places("Wednesday, May 17, 2000")
    False
    >>> date_and_places("May 17, 2000, Fire Brigade Gets Trucks")
    False
    """
    dates = [m for m in find_dates(text) if m.precision == "day" and m.kind in DATE_KINDS]
    if not dates or text[dates[0].end :].strip()[:1] != ",":
        return False
    places = [part.strip() for part in text[dates[0].end :].split(",")[1:]]
    if not 1 <= len(places) <= MAX_PLACES or not all(_PLACE.fullmatch(p) for p in places):
        return False
    return places[-1].casefold() in place_names()


#: "From" and a source's name after the date: one to five capitalised words, "the" allowed
#: first ("From the Straits Times", "From Reuters").
_SOURCE = re.compile(r"[Ff]rom\s+(?:the\s+)?[A-ZÀ-Ỹ][\w.'’&-]*(?:\s[A-ZÀ-Ỹ][\w.'’&-]*){0,4}")


def date_and_source(text: str) -> bool:
    """Whether ``text`` is a day's date followed only by "From" and a source's name, the
    way a repost dates and credits its copy ("Mar 12, 2009 From the Straits Time").

    >>> date_and_source("Mar 12, 2009 From the Straits Time")
    True
    >>> date_and_source("Mar 12, 2009 From the archives of a river town")
    False
    """
    dates = [m for m in find_dates(text) if m.precision == "day" and m.kind in DATE_KINDS]
    if not dates or dates[0].start > 0:
        return False
    return _SOURCE.fullmatch(text[dates[0].end :].strip(" ,-–—")) is not None


#: A venue's name before its place: one to four capitalised words or acronyms ("SECC",
#: "National Convention Center", "Melia Hotel").
_VENUE = re.compile(r"[A-ZÀ-Ỹ][\w.'’&-]*(?:\s(?:of\s|the\s)?[A-ZÀ-Ỹ][\w.'’&-]*){0,3}")

#: A place after the venue: one to four capitalised words ("Ho Chi Minh City").
_VENUE_PLACE = re.compile(r"[A-ZÀ-Ỹ][\w.'’-]*(?:\s[A-ZÀ-Ỹ][\w.'’-]*){0,3}")


def venue_and_place(text: str) -> bool:
    """Whether ``text`` is only a venue or a place followed by one or two places, the last
    a listed place (``places.place_names``): an event page's venue line over its headline
    ("SECC, Ho Chi Minh City", held-out 96; "Melia Hotel, Hanoi, Vietnam"). No headline
    has this form; the title feature ``date_place`` weighs it down.

    >>> venue_and_place("SECC, Ho Chi Minh City"), venue_and_place("Melia Hotel, Hanoi, Vietnam")
    (True, True)
    >>> venue_and_place("Exports to Hanoi, Vietnam"), venue_and_place("Talks open, Hanoi")
    (False, False)
    """
    parts = [part.strip() for part in text.split(",")]
    if not 2 <= len(parts) <= MAX_PLACES or not _VENUE.fullmatch(parts[0]):
        return False
    places = parts[1:]
    return all(_VENUE_PLACE.fullmatch(p) for p in places) and places[-1].casefold() in place_names()


def place_line(text: str) -> bool:
    """Whether ``text`` is a dateline with its places, a repost's date and source, or a
    venue line (``date_and_places``, ``date_and_source``, ``venue_and_place``): the title
    feature ``date_place``, never a headline."""
    return date_and_places(text) or date_and_source(text) or venue_and_place(text)


def dated_line(text: str, scoring: Scoring) -> bool:
    """A day's date with few other words beside it (``DATED_LINE_WORDS``; a time of day
    is no word: "Berlin (EAST SEA) Friday, November 9th, 2018 / 10:09 AM", held-out 80),
    or a labelled one ("Published online by X: 18 October 2022"), or only date words
    ("Monday, 25 November": a clock without the year): the title feature ``has_date``."""
    dates = [m for m in find_dates(text) if m.precision == "day" and m.kind in DATE_KINDS]
    rest = (
        TIME_OF_DAY.sub(" ", text[: dates[0].start] + " " + text[dates[0].end :]) if dates else ""
    )
    if dates and (
        count_words(rest) <= DATED_LINE_WORDS
        or scoring.published_label.match(text)
        or scoring.updated_label.match(text)
    ):
        return True
    return only_date_words(text)


#: The most words beside a day's date on a line the title feature ``has_date`` weighs down.
DATED_LINE_WORDS = 4
