"""Lines that only name an institution, for the title features (``title_scoring``).

A page of an embassy, an academy, a ministry or a university often prints the body's name
over the headline ("Embassy of Viet Nam in Australia", "Vietnam Academy Of Social
Sciences"): the site's name, never the headline. Such a line opens with an institution
word (``not_name_words`` of ``data/header_scoring.yaml``: embassy, academy, ministry,
university ...), after at most one place name (``bylines.place_names``: "Vietnam",
"Hanoi"), then "of", and its only lower-case words are function words.
"""

from __future__ import annotations

from analysis.ingest.bylines import place_names
from analysis.ingest.metadata import Scoring

#: The lower-case words an institution's name may hold ("Embassy of Viet Nam in Australia").
FUNCTION_WORDS = frozenset({"of", "the", "and", "in", "for", "to", "at", "on", "&"})


def organisation_name(text: str, scoring: Scoring) -> bool:
    """Whether the line only names an institution: "Embassy of Viet Nam in Australia",
    "Vietnam Academy Of Social Sciences" (a place name first); not a sentence about one
    ("Embassy staff met the delegation") nor a headline with lower-case words."""
    words = text.split()
    start = 1 if len(words) > 3 and words[0].casefold() in place_names() else 0
    return (
        2 < len(words) <= 9
        and bool(scoring.not_name.match(words[start]))
        and words[start + 1].casefold() == "of"
        and all(w[:1].isupper() or w.casefold() in FUNCTION_WORDS for w in words)
    )
