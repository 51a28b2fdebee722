"""Lines that only name an institution, for the title features (``title_scoring``).

A page of an embassy, an academy, a ministry or a university often prints the body's name
over the headline ("Embassy of Viet Nam in Australia", "Vietnam Academy Of Social
Sciences"): the site's name, never the headline. Such a line opens with an institution
word (``not_name_words`` of ``data/header_scoring.yaml``: embassy, academy, ministry,
university ...), after at most one place name (``bylines.place_names``: "Vietnam",
"Hanoi"), then "of", and its only lower-case words are function words.
"""

from __future__ import annotations

from analysis.ingest.metadata import Scoring
from analysis.ingest.places import place_names

#: The lower-case words an institution's name may hold ("Embassy of Viet Nam in Australia").
FUNCTION_WORDS = frozenset({"of", "the", "and", "in", "for", "to", "at", "on", "&"})


def organisation_name(text: str, scoring: Scoring) -> bool:
    """Whether the line only names an institution: "Embassy of Viet Nam in Australia",
    "Vietnam Academy Of Social Sciences" (a place name first); not a sentence about one
    ("Embassy staff met the delegation") nor a headline with lower-case words."""
    words = text.split()
    if not (
        2 < len(words) <= 9
        and all(w[:1].isupper() or w.casefold() in FUNCTION_WORDS for w in words)
    ):
        return False
    start = 1 if len(words) > 3 and words[0].casefold() in place_names() else 0
    return _institution_at(words, start, scoring) or _named_after_someone(words, scoring)


#: The most words of a namesake's name before an institution word ("Ho Chi Minh National").
NAMESAKE_MAX_WORDS = 4

#: The most words after the "of" of an institution named after someone ("of Politics").
NAMESAKE_FIELD_MAX_WORDS = 2


def _institution_at(words: list[str], k: int, scoring: Scoring) -> bool:
    """An institution word at ``words[k]`` followed by "of"."""
    return (
        k + 1 < len(words)
        and bool(scoring.not_name.match(words[k]))
        and words[k + 1].casefold() == "of"
    )


def _named_after_someone(words: list[str], scoring: Scoring) -> bool:
    """(held-out 71) An institution named after a person, its namesake's name and a
    qualifier before the institution word, the field after "of" closing the line: "Ho Chi
    Minh National Academy of Politics" over an academy's English page; never after place
    names ("Vietnam Lao Academy of Sciences")."""
    return any(
        _institution_at(words, k, scoring)
        and len(words) - k - 2 <= NAMESAKE_FIELD_MAX_WORDS
        and not any(w.casefold() in place_names() for w in words[:k])  # "Vietnam Lao ..."
        for k in range(1, min(NAMESAKE_MAX_WORDS + 1, len(words) - 2))
    )
