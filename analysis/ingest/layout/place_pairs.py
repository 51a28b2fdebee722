"""A header line naming places as a pair: a bilateral topic's heading, not a site's name.

Country files, topic pages and study notes open with the pair of countries they are about
("France and Vietnam", "India-Vietnam Relations", "Vietnam – Cambodia"), where other pages
print their masthead (held-out 133: a foreign ministry's country file and a defence
institute's topic page, both read as sites named after the pair). A line made only of place
names (``places.place_names``) joined by "and", "&", a dash or a slash, naming two places or
more, maybe closed by a word of ``site_name.pair_topic_words`` of
``data/header_scoring.yaml`` ("Relations", "Ties"), is such a heading.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import normalize_text
from analysis.ingest.places import place_names

#: What joins the places of a pair: "and", "&", a dash or a slash, spaced or not.
_JOINER = re.compile(r"\s+(?:and|&)\s+|\s*[-–—/]\s*", re.I)

#: The most places a pair heading names ("Vietnam-Laos-Cambodia": three).
MAX_PLACES = 4


@cache
def pair_topic_words() -> frozenset[str]:
    """The words that may close a pair heading (``site_name.pair_topic_words``)."""
    part = load_data_file("header_scoring.yaml").get("site_name", {})
    return frozenset(str(w).casefold() for w in part.get("pair_topic_words", []))


def place_pair_heading(text: str) -> bool:
    """Whether ``text`` names two or more places joined as a pair, maybe with a closing
    topic word: "France and Vietnam", "India-Vietnam Relations", "Vietnam – Laos Ties"
    are; "Vietnam" (one place), "Vietnam-Korea Times" (a name word) are not."""
    words = normalize_text(text).strip(" .:").casefold().split()
    while words and words[-1] in pair_topic_words():
        words.pop()
    parts = [part.strip() for part in _JOINER.split(" ".join(words))]
    places = {part for part in parts if part}
    if len(parts) < 2 or not 2 <= len(places) <= MAX_PLACES:
        return False
    return all(part in place_names() for part in parts)
