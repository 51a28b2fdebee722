"""A value under a record's field label (held-out 102): a database record prints each field's
label alone on its line over its value ("Database :" / "Academic Search Index", "Journal :"
/ "Pacific Review" in an EBSCO record's details block). A value that reads as a person's
name is the field's, not the page's writer: ``unmark_not_bylines`` takes such a byline back.

The label is a short line (``LABEL_MAX_WORDS`` words at most, no digit) closed by a colon,
a space before it or not. A writer's own label keeps its name a byline: a byline's label
alone ("Author(s):", ``broken_lines.byline_label_line``), a label the byline prefix reads
("Reporter:", "Tác giả:", ``byline_prefix``) or one naming a reporter's post ("Staff
Writer:", "Correspondent:"; ``closing_writer_posts`` of ``data/page_layout.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.broken_lines import byline_label_line
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules, layout_alternation

#: The most words of a field's label.
LABEL_MAX_WORDS = 4

#: A field's label alone on its line: words, no digit, closed by a colon.
_FIELD_LABEL = re.compile(r"^[^\d:]{2,40}:$")


@cache
def _writer_post() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{layout_alternation('closing_writer_posts')})s?\b", re.I)


def field_label(text: str, rules: Rules) -> bool:
    """Whether ``text`` is a record's field label alone on its line that labels no writer.

    >>> from analysis.ingest.page_rules import load_rules
    >>> r = load_rules()
    >>> [field_label(t, r) for t in ("Database :", "Journal:", "Reporter:", "Author(s):")]
    [True, True, False, False]
    >>> [field_label(t, r) for t in ("Correspondent:", "Updated: May 5, 2024", "Hanoi")]
    [False, False, False]
    """
    label = normalize_text(text).strip()
    if not _FIELD_LABEL.match(label) or count_words(label.rstrip(": ")) > LABEL_MAX_WORDS:
        return False
    writers = byline_label_line(label) or rules.byline_prefix.match(f"{label} Mai Lan")
    return not writers and not _writer_post().search(label)


def field_value(paras: Sequence[Paragraph], i: int, rules: Rules) -> bool:
    """Whether line ``i`` stands right under a record's field label (``field_label``)."""
    return i > 0 and field_label(paras[i - 1].text, rules)
