"""A photo story's label opening its headline: no photo credit (held-out 87).

Broadcasters and agencies title their photo stories with a label and a colon before the
headline: "In photos: ferry crews train for the flood season on the Red River", "In
pictures: ...". The photo credit's form ``photo_credit_end`` (``data/page_layout.yaml``)
reads "photos: <words>" at a line's end as a credit, so the whole headline became a caption
and the page had no title. A line opening with a label of ``photo_story_labels`` (the list
in the same file) and shaped as a headline (``HEADLINE_MAX_WORDS`` words at most after the
label, no second sentence) is a headline, never a caption.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.core.text import count_words
from analysis.ingest.page_rules import layout_alternation

#: The most words after the label for the line to be read as a headline.
HEADLINE_MAX_WORDS = 25

#: A second sentence after the first: a caption or text, not a headline.
_SECOND_SENTENCE = re.compile(r"[.!?]\s+\S")


@lru_cache(maxsize=1)
def _label() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{layout_alternation('photo_story_labels')})\s*:\s*(?=\S)", re.I)


def photo_story_headline(text: str) -> bool:
    """Whether ``text`` is a photo story's headline opened by its label and a colon.

    >>> photo_story_headline("In photos: ferry crews train for the flood season")
    True
    >>> photo_story_headline("Photos: Minh Chau/VNA")
    False
    >>> photo_story_headline("In photos: crews train. The drill began at 8.30am the same day.")
    False
    """
    found = _label().match(text)
    if found is None:
        return False
    rest = text[found.end() :].strip()
    return 0 < count_words(rest) <= HEADLINE_MAX_WORDS and not _SECOND_SENTENCE.search(rest)
