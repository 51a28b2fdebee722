"""A digest's series name under its issue's date line: a short name of capitalised words
closed by one of ``series_words`` of ``data/header_scoring.yaml`` ("Region Briefs", "Asia
Weekly Roundup"), right under a line holding the issue's day ("Issue #1691      July 1,
2015") and right over the text. A party paper's page of short items prints it as its
headline (held-out 116's CPA Guardian page); by its length alone it reads as a label
(``very_short``) and lost to a menu item. It is the same series name that
``title_shapes.dated_series`` reads when the day closes its own line ("Mongolia Brief May
14, 2014"), printed on the line under the day instead. It gives the title feature
``series_under_date``."""

from __future__ import annotations

from analysis.core.text import normalize_text
from analysis.ingest.date_place_lines import dated_line
from analysis.ingest.layout.lines import Paragraph, is_prose
from analysis.ingest.metadata import Scoring

#: The most words of a series' name.
SERIES_MAX_WORDS = 4


def series_name(text: str, scoring: Scoring) -> bool:
    """Whether ``text`` is only a series' name: one to ``SERIES_MAX_WORDS`` capitalised
    words, the last one of ``series_words``, no digit or punctuation."""
    words = normalize_text(text).split()
    return (
        0 < len(words) <= SERIES_MAX_WORDS
        and words[-1].casefold() in scoring.series_words
        and all(w[:1].isupper() and w.isalpha() for w in words)
    )


def series_under_date(paras: list[Paragraph], i: int, scoring: Scoring) -> bool:
    """Whether header line ``i`` is a series' name (``series_name``) right under a line that
    holds a day's date (``dated_line``) and right over an unlabelled paragraph of running
    text (see the module's docstring)."""
    if not 0 < i < len(paras) - 1 or not series_name(paras[i].text, scoring):
        return False
    above, below = paras[i - 1], paras[i + 1]
    day = above.kind == "dateline" or dated_line(normalize_text(above.text), scoring)
    return day and not below.kind and is_prose(below.text)


def series_features(
    features: list[str], paras: list[Paragraph], i: int, scoring: Scoring
) -> list[str]:
    """``features`` of line ``i`` with ``series_under_date`` added when the line is such a
    name, and ``name_like`` dropped then: a name closed by a series word names no person;
    for the date line over such a name, ``before_date_or_byline`` dropped (no byline)."""
    if series_under_date(paras, i + 1, scoring):
        return [f for f in features if f != "before_date_or_byline"]
    if not series_under_date(paras, i, scoring):
        return features
    return [f for f in features if f != "name_like"] + ["series_under_date"]
