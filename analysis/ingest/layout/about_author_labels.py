"""A writer's note run on from its section label on one line: "About the author: Name is a
research fellow at ...", "About the writer - Name is ..." (a blog's or a think tank's box
under the text, copied as one line). The label comes off before the note is read
(``unbylined_authors._author_notes``); ``about_author_labels`` of ``data/page_layout.yaml``."""

from __future__ import annotations

import re
from functools import cache

from analysis.ingest.page_rules import layout_alternation


@cache
def _about_label() -> re.Pattern[str]:
    """The label opening a line, with its colon, dash or bar (``about_author_labels``)."""
    return re.compile(
        rf"^\s*(?:{layout_alternation('about_author_labels')})\s*[:|–—-]\s*(?=\S)", re.I
    )


def without_about_label(text: str) -> str:
    """``text`` without the writer's box label opening it; ``text`` as it is without one.

    >>> without_about_label("About the author: Anna Reyes is a fellow at the institute.")
    'Anna Reyes is a fellow at the institute.'
    >>> without_about_label("About the talks: the ministers met twice.")
    'About the talks: the ministers met twice.'
    """
    return _about_label().sub("", text, count=1)
