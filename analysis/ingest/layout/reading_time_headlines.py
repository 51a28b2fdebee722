"""A headline printed right over a reading time is still the headline.

A blog platform prints the writer's or the publication's name over its reading time
("On Think Tanks" / "35 min readMar 2, 2019"), so a line right over a reading time is
weighed down as that name (title feature ``over_reading_time``, held-out 73). A
government site prints the reading time right under the headline instead ("U.S.
Statement at the WTO Committee on Agriculture on ..." / "6 MINUTE READ" / the date,
held-out 121), and the document's own heading further down won. A name is short: a line
longer than a site's name can be (``site_name.max_words`` of ``data/header_scoring.yaml``)
is no writer's or publication's name, and the feature is dropped for it.
"""

from __future__ import annotations

from analysis.core.text import count_words, normalize_text
from analysis.ingest.metadata import Scoring


def headline_over_reading_time(features: list[str], text: str, scoring: Scoring) -> list[str]:
    """The title ``features`` of ``text`` without ``over_reading_time`` when the line has
    more words than a site's name (``Scoring.site_name_max_words``); a new list."""
    if "over_reading_time" not in features:
        return list(features)
    if count_words(normalize_text(text)) <= scoring.site_name_max_words:
        return list(features)
    return [f for f in features if f != "over_reading_time"]
