"""A topic kicker over a paper's headline: "Asean Summit: Singapore", "Coronavirus:
Vietnam" (held-out 98: an older paper's page, the kicker on the first line, the
headline, the standfirst, then captions).

The kicker is a colon line of a few capitalised words on each side, the topic then the
place or angle, and no verb. It is the page's first line, over a headline-length line;
other header lines (the standfirst, captions) may stand below, which the simple "label
over the only headline" case (``title_scoring``'s ``top_label``) does not allow. A colon
headline of that shape over a question ("Interview: Name" over the first question) is
left alone.

(fix33a) A magazine's kicker may name only the places its story is about, "Vietnam and
Cambodia", over a headline as short as itself ("A bridge too near"), which the colon
kicker and ``top_label`` (a longer line below) miss. The page's first line made of two
places or more of ``places.place_names`` joined by "and", "&" or commas, over an
unlabelled headline-length line without a closing stop, is such a kicker
(``place_kicker_features``: the title features ``place_kicker`` and
``under_place_kicker``); one place alone ("Vietnam", a country profile's headline) is not.
"""

from __future__ import annotations

import re

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.lines import Paragraph, is_prose
from analysis.ingest.places import place_names

#: One to three capitalised words (a capital or a digit first), a colon, one to three more.
_KICKER = re.compile(
    r"(?P<topic>[A-Z0-9][\w'’&.-]*(?: [A-Z0-9][\w'’&.-]*){0,2}): "
    r"[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,2}"
)

#: The most words of a kicker (both sides).
KICKER_MAX_WORDS = 4


def topic_kicker(text: str, below: str) -> bool:
    """``text`` is a topic kicker over the line ``below``: a colon line of capitalised
    words (``KICKER_MAX_WORDS`` at most) over a line that is no question.

    >>> topic_kicker("Asean Summit: Singapore", "Singapore, Vietnam to study a power cable")
    True
    >>> topic_kicker("Interview: Le Minh Chau", "How are the parks adapting to demand?")
    False
    """
    text = normalize_text(text).strip()
    if len(text.split()) > KICKER_MAX_WORDS or not _KICKER.fullmatch(text):
        return False
    return not normalize_text(below).rstrip().endswith("?")


#: The joins between the places of a kicker: "Vietnam and Cambodia", "Laos, Cambodia & Vietnam".
_PLACE_JOIN = re.compile(r"\s*(?:,|&|\band\b)\s*")

#: The most words of the headline under a place kicker.
PLACE_HEADLINE_MAX_WORDS = 25


def place_kicker(text: str) -> bool:
    """``text`` names two places or more, each capitalised, and nothing else.

    >>> place_kicker("Vietnam and Cambodia"), place_kicker("Laos, Cambodia & Vietnam")
    (True, True)
    >>> place_kicker("Vietnam"), place_kicker("Vietnam and its neighbours")
    (False, False)
    """
    parts = [p for p in _PLACE_JOIN.split(normalize_text(text).strip()) if p]
    return len(parts) >= 2 and all(p[:1].isupper() and p.casefold() in place_names() for p in parts)


def place_kicker_features(paras: list[Paragraph], i: int) -> list[str]:
    """``["place_kicker"]`` for the page's first line when it is a place kicker over an
    unlabelled headline-length line without a closing stop, ``["under_place_kicker"]``
    for that line, else []."""
    if i > 1 or len(paras) < 2 or paras[0].kind or paras[1].kind:
        return []
    below = normalize_text(paras[1].text).strip()
    headline = 2 <= count_words(below) <= PLACE_HEADLINE_MAX_WORDS and not is_prose(below)
    if not headline or below.endswith(".") or not place_kicker(paras[0].text):
        return []
    return ["place_kicker"] if i == 0 else ["under_place_kicker"]
