"""A section's name (one or two words) before a pipe and a topic, "Asia | The ruling party":
a section label over the headline, which stands below it (title feature ``section_pipe``).

A line of that shape right over its byline or its date (title feature
``before_date_or_byline``) is the headline itself, as a video's or a channel's title sets
it, a country in capitals, a pipe and the question the piece asks ("VIETNAM | Japan's
Quiet Partner?" over "Dr Name" / "14 Feb 2024", held-out 99): no section label stands
right over a byline. A line holding the site's name keeps its own feature instead."""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.core.text import normalize_text

#: A section's name (one or two words) before a pipe and a topic: "Asia | The ruling party".
SECTION_PIPE = re.compile(r"^[A-Z][\w&'-]*(?: [A-Z&][\w&'-]*)?\s?\|\s?[^|]{2,60}$")

#: Title features that rule the section reading out (see the module's docstring).
_NOT_A_SECTION = frozenset({"site_name", "before_date_or_byline"})


def section_pipe(text: str, features: Iterable[str]) -> bool:
    """Whether the header line ``text``, with title ``features``, is a section's label.

    >>> section_pipe("Asia | The ruling party", ["good_length"])
    True
    >>> section_pipe("VIETNAM | Japan's Quiet Partner?", ["before_date_or_byline"])
    False
    """
    return bool(SECTION_PIPE.match(normalize_text(text))) and _NOT_A_SECTION.isdisjoint(features)
