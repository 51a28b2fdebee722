"""A topic kicker over a paper's headline: "Asean Summit: Singapore", "Coronavirus:
Vietnam" (held-out 98: an older paper's page, the kicker on the first line, the
headline, the standfirst, then captions).

The kicker is a colon line of a few capitalised words on each side, the topic then the
place or angle, and no verb. It is the page's first line, over a headline-length line;
other header lines (the standfirst, captions) may stand below, which the simple "label
over the only headline" case (``title_scoring``'s ``top_label``) does not allow. A colon
headline of that shape over a question ("Interview: Name" over the first question) is
left alone.
"""

from __future__ import annotations

import re

from analysis.core.text import normalize_text

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
