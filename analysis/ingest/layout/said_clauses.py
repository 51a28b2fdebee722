"""A line closed by a reporting clause in the past tense, never a headline (fix42a).

A copy saved without its headline opens on its standfirst or its lede, and such a line
often ends by naming its source in a sentence's past tense: 'Hanoi "adds a strong Asian
voice," the group's chair has said' (held-out 136's noosnetwork), '... to build six
patrol vessels, state media reported' (held-out 141's dmilt). A headline names its source
in the present ("Ports will reopen in May, says minister"), so a line closed, after a
comma or a closing quotation mark, by a subject of one to ``SUBJECT_MAX_WORDS`` words and
a past reporting verb ("said", "has said", "reported", "told reporters", "announced",
"added"), with ``CLAUSE_MIN_WORDS`` words or more before it, gains the title feature
``said_clause``. No headline of the zoo ends so.
"""

from __future__ import annotations

import re

from analysis.core.text import count_words, normalize_text

#: The most words of the subject of the reporting clause ("the group's chair").
SUBJECT_MAX_WORDS = 6

#: The fewest words of the sentence before the clause.
CLAUSE_MIN_WORDS = 5

_SAID = re.compile(
    rf"(?:,|[”\"’'],?)\s+(?P<subject>(?:[\w'’.-]+\s+){{1,{SUBJECT_MAX_WORDS}}}?)"
    r"(?:has\s+|have\s+|had\s+)?(?:said|reported|announced|added|noted|stated|told\s+[\w'’-]+)"
    r"\.?\s*$"
)


def said_clause(text: str) -> bool:
    """Whether ``text`` is closed by a reporting clause in the past tense (the module's
    docstring).

    >>> said_clause("Hanoi “adds a strong Asian voice,” the group’s chair has said")
    True
    >>> said_clause("The port will take larger ships from May, state media reported")
    True
    >>> said_clause("Ports will reopen in May, says minister")
    False
    >>> said_clause("What the minister said")
    False
    """
    line = normalize_text(text).strip()
    found = _SAID.search(line)
    return found is not None and count_words(line[: found.start()]) >= CLAUSE_MIN_WORDS


def said_clause_features(text: str) -> list[str]:
    """The title feature ``said_clause`` when ``text`` is such a line, else []."""
    return ["said_clause"] if said_clause(text) else []
