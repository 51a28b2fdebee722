"""The publisher a document's series label names by its initials, on a document host.

A report uploaded to a document host or held by a digital library often names its
publisher only in its series label, by the publisher's initials: "CRS Report for
Congress, RL34512" (a library's record of a Congressional Research Service report,
held-out 100), "CSIS Brief", "IMF Country Report No. 19/235". The zoo's rule
(``tests/data/layouts/README.md``): a document on a document-sharing host keeps the
publisher it names. When neither the text nor the cover names one, a line among the
page's first paragraphs opening with initials in capitals (three to six letters) and a
kind of report (``series_kinds`` of ``data/page_layout.yaml``) names the listed outlet
(``data/outlets.yaml``) whose name's initials they are, when only one listed outlet has
them; initials no listed outlet has, or that several share, name nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from analysis.core.text import normalize_text
from analysis.ingest.page_rules import layout_alternation, load_rules

#: How many of the page's first paragraphs are read for the series label.
SERIES_REACH = 30
#: Small words a name's initials skip ("Center for Strategic and International Studies").
_SKIPPED = frozenset({"of", "and", "for", "the", "on", "in", "&"})


@cache
def _series_label() -> re.Pattern[str]:
    kinds = layout_alternation("series_kinds")
    return re.compile(rf"^\W*(?P<initials>[A-Z]{{3,6}})\s+(?i:{kinds})(?!\w)")


def initials_of(name: str) -> str:
    """The initials of a name of capitalised words, small words skipped, or "".

    >>> initials_of("Congressional Research Service")
    'CRS'
    >>> initials_of("Center for Strategic and International Studies")
    'CSIS'
    >>> initials_of("Nhan Dan")
    'ND'
    >>> initials_of("Tap chi Cong san")
    ''
    """
    words = [w for w in re.split(r"[\s-]+", name) if w and w.casefold() not in _SKIPPED]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


@cache
def listed_initials() -> dict[str, str]:
    """The listed outlets by their names' initials (``initials_of``), only initials that
    one listed outlet alone has."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    for name, _credited in load_rules().outlet_keys.values():
        by_initials[initials_of(name)].add(name)
    return {k: next(iter(v)) for k, v in by_initials.items() if k and len(v) == 1}


def series_publisher(texts: Sequence[str]) -> str:
    """The listed outlet whose initials open a series label among the first
    ``SERIES_REACH`` ``texts`` ("CRS Report for Congress, RL34512"), or "".

    >>> series_publisher(["Report Number:", "CRS Report for Congress, RL34512"])
    'Congressional Research Service'
    >>> series_publisher(["XQZ Report for the Board"])
    ''
    >>> series_publisher(["CRS reported on Monday"])
    ''
    """
    for text in texts[:SERIES_REACH]:
        found = _series_label().match(normalize_text(text))
        name = listed_initials().get(found.group("initials"), "") if found else ""
        if name:
            return name
    return ""
