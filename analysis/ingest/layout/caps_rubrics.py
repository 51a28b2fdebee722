"""A rubric in capitals glued before a headline (fix42a, held-out 140's vindy).

A regional daily's wire page prints the story's rubric in capitals in its own box over
the headline ("CATHOLIC CHURCH"); a copy that drops the box runs it into the headline on
one line: "CATHOLIC CHURCH Vatican, Vietnam pledge steps toward closer ties". The
headline is the part after the rubric.

A chosen headline is cut when it opens with ``MIN_RUBRIC_WORDS`` words or more wholly in
capitals, each of ``MIN_RUBRIC_LETTERS`` letters or more (an acronym such as "US" or "UN"
is shorter, and one word in capitals may be a name or an acronym opening the headline:
"ASEAN leaders meet ..."), followed by a capitalised word and a rest of
``MIN_REST_WORDS`` words or more holding a lower-case word (a headline in capitals is left
whole) and not opened by a joining word (a document's heading in capitals going on, "JOINT
PRESS RELEASE Of the 45th Session ...", is one title).
"""

from __future__ import annotations

import re

#: The fewest words of the rubric.
MIN_RUBRIC_WORDS = 2

#: The fewest letters of each word of the rubric.
MIN_RUBRIC_LETTERS = 4

#: The fewest words of the headline after the rubric.
MIN_REST_WORDS = 4

_RUBRIC = re.compile(
    rf"^(?P<rubric>(?:[A-Z][A-Z'’&-]{{{MIN_RUBRIC_LETTERS - 1},}}\s+){{{MIN_RUBRIC_WORDS},}})"
    r"(?P<rest>[A-Z][a-z]\S*(?:\s+\S+)+)$"
)

#: A joining word opening the rest: the capitals are a heading the rest goes on from
#: ("JOINT PRESS RELEASE Of the 45th Session ..."), no rubric.
_JOINING_START = re.compile(
    r"^(?:Of|On|For|To|And|Or|In|At|By|Between|With|From|Into|Regarding|Concerning|About)\b"
)

#: A word of three lower-case letters or more: the rest is no headline in capitals.
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")


def without_caps_rubric(title: str) -> str:
    """``title`` without a rubric in capitals glued before it, else unchanged.

    >>> without_caps_rubric("CATHOLIC CHURCH Vatican, Vietnam pledge steps toward closer ties")
    'Vatican, Vietnam pledge steps toward closer ties'
    >>> without_caps_rubric("ASEAN Leaders Meet in Hanoi on Sea Code")
    'ASEAN Leaders Meet in Hanoi on Sea Code'
    >>> without_caps_rubric("VIETNAM AND CHINA SIGN BORDER DEAL")
    'VIETNAM AND CHINA SIGN BORDER DEAL'
    >>> without_caps_rubric("JOINT PRESS RELEASE Of the 45th Session of the Committee")
    'JOINT PRESS RELEASE Of the 45th Session of the Committee'
    """
    found = _RUBRIC.match(title.strip())
    if found is None:
        return title
    rest = found.group("rest")
    if len(rest.split()) < MIN_REST_WORDS or not _LOWER_WORD.search(rest):
        return title
    if _JOINING_START.match(rest):  # a document's heading going on (mofa.gov.la's release)
        return title
    return rest
