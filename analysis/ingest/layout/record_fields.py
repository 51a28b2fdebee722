"""A document record's field line read alone, never a headline.

A legal or document database prints a record's fields as "Label: value" lines over the
document ("Number: 31-CP", "Type: Decree", "Issued by: Government", "Date of issue:
12/05/1995", "Effective date: ..."). A copy that keeps no headline of its own keeps those
lines at its top, where the first was read as the headline (held-out 135's legal
database). A line whose label is one of a record's field labels (``record_field_labels``
of ``data/header_scoring.yaml``) and whose value is short (``VALUE_MAX_WORDS`` words at
most) is such a field: the title feature ``record_field`` weighs it down. A headline with
a colon ("Vietnam: ferries run again") names no such label.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import count_words, normalize_text

#: The most words of a record field's value ("31-CP", "Decree", "12/05/1995").
VALUE_MAX_WORDS = 5


@cache
def _field() -> re.Pattern[str]:
    """``record_field_labels`` of ``data/header_scoring.yaml`` as one pattern: a bullet
    optional, the label, its colon, then the value (case-insensitive)."""
    labels = load_data_file("header_scoring.yaml").get("record_field_labels") or []
    return re.compile(r"^[•·*-]?\s*(?:" + "|".join(labels) + r")\s*:\s*(?P<value>\S.*)$", re.I)


def record_field(text: str) -> bool:
    """Whether ``text`` is a record's field line: a field label, its colon and a short value.

    >>> record_field("Number: 31-CP")
    True
    >>> record_field("• Effective Date: 12/05/1995")
    True
    >>> record_field("Vietnam: ferries run again on the upper river")
    False
    """
    found = _field().match(normalize_text(text))
    return bool(found) and count_words(found.group("value")) <= VALUE_MAX_WORDS
