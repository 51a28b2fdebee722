"""A name line that the next paragraph defines in quotes: a programme's or a series' name.

A listening-practice blog copies a broadcaster's radio news under the programme's name
("Asian View"), then the programme's standing blurb: '"Asian View" is a five-minute news
segment broadcast by ...' (held-out 90). The byline reader takes the short name in title
case for a writer. A name that the paragraph right under it opens with in quotation marks,
followed by "is", "are", "was" or "were", is being defined: a programme, a column or a
series, which is quoted as a title is; a writer's name is never quoted before a sentence
about the writer ("Lan Pham is a reporter ..." under "Lan Pham" stays a byline).
"""

from __future__ import annotations

import re

from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import Paragraph

#: A quoted name opening a sentence that defines it: '"Asian View" is a ...'.
_DEFINED = re.compile(r'^["“‘\'](?P<name>[^"”’\']{2,60})["”’\']\s+(?:is|are|was|were)\b', re.I)


def defined_below(paras: list[Paragraph], i: int) -> bool:
    """Whether the paragraph after ``paras[i]`` opens by defining ``paras[i]``'s text in
    quotation marks (see the module's docstring)."""
    if i + 1 >= len(paras):
        return False
    found = _DEFINED.match(normalize_text(paras[i + 1].text).strip())
    name = normalize_text(paras[i].text).strip().casefold()
    return found is not None and found.group("name").strip().casefold() == name
