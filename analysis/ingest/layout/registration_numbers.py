"""A firm's registration number glued before the headline (held-out 118, fix35c).

A consultancy's briefing prints its business number on the letterhead beside the title's
first line, and a document host's text layer runs the two together: "ABN # 47 310 582 906
Vietnam and the Philippines: Coast Guard Talks, ...". Read whole, the line held a number
like a telephone's and was set aside as the letterhead's furniture, title and all. The
number's label (``registration_number_labels`` of ``data/page_layout.yaml``: "ABN", "ACN",
"UEN", "VAT No.", "Company No." ...), a "#", "No." or colon after it, and a number of
``NUMBER_MIN_DIGITS`` digits or more (spaces between the groups) opening a header line
are the letterhead's: ``split_registration_numbers`` splits them off as furniture, so the
rest of the line is read as any header line. A headline naming a firm ("ABN Amro opens a
Hanoi desk") or a short number ("VAT 10 per cent ...") keeps its words.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.ingest.layout.lines import HEADER_REACH, Paragraph, raw_offset, split_paragraph
from analysis.ingest.page_rules import layout_alternation

#: The fewest digits of a registration number.
NUMBER_MIN_DIGITS = 6


@cache
def _number() -> re.Pattern[str]:
    """A registration number's label and number opening a line, then a word."""
    labels = layout_alternation("registration_number_labels")
    return re.compile(
        rf"^\s*(?:{labels})\s*(?:#|no\.?|number)?\s*:?\s*#?\s*"
        r"(?P<number>\d[\d ]{4,24}\d)\s+(?=\S)",
        re.I,
    )


def registration_number_end(text: str) -> int:
    """The end of a registration number opening ``text`` (the module's docstring), or 0.

    >>> registration_number_end("ABN # 47 310 582 906 Vietnam and the Philippines: Talks")
    21
    >>> registration_number_end("ABN Amro opens a Hanoi desk")
    0
    >>> registration_number_end("VAT 10 per cent on imported boats")
    0
    """
    found = _number().match(text)
    if found is None or sum(ch.isdigit() for ch in found.group("number")) < NUMBER_MIN_DIGITS:
        return 0
    return found.end()


def split_registration_numbers(paras: list[Paragraph]) -> None:
    """Split, in place, a registration number off each unlabelled header line it opens
    (the first ``2 * HEADER_REACH`` paragraphs) as furniture (the module's docstring)."""
    i = 0
    while i < min(len(paras), 2 * HEADER_REACH):
        end = 0 if paras[i].kind else registration_number_end(paras[i].text)
        if end:
            split_paragraph(paras, i, raw_offset(paras[i], end), ("boilerplate", ""))
            i += 1
        i += 1
