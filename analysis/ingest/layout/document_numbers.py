"""A documentary edition's headline: the document's number before its kind and the
footnote marker glued to the last word, "212. Telegram From the Department of State to the
Embassy in Laos1" (held-out 97, the Foreign Relations of the United States). The number is
the edition's and the marker points to the source note; neither is part of the headline.

Only a headline that opens with one to four digits, a full stop and one of the
``edition_document_kinds`` of ``data/page_layout.yaml`` ("Telegram", "Memorandum",
"Letter", ...) and closes with one or two digits glued to a lower-case letter loses them; a
numbered list's item ("5. Things to know ...") or a name with digits ("COP28", "G20",
"Covid-19") keeps its own.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.ingest.page_rules import layout_alternation


@cache
def _numbered_document() -> re.Pattern[str]:
    kinds = layout_alternation("edition_document_kinds")
    return re.compile(rf"^\s*\d{{1,4}}\.\s+(?P<title>(?:{kinds})(?:\s.*?)?)(?<=[a-z])\d{{1,2}}\s*$")


def without_document_number(title: str) -> str:
    """``title`` without a documentary edition's number and footnote marker.

    >>> without_document_number("212. Telegram From the Department to the Embassy in Laos1")
    'Telegram From the Department to the Embassy in Laos'
    >>> without_document_number("5. Things to know about the river treaty")
    '5. Things to know about the river treaty'
    >>> without_document_number("10. Memorandum on the G20")
    '10. Memorandum on the G20'
    """
    found = _numbered_document().match(title)
    return found.group("title") if found else title
