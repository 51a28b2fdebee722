"""A sentence broken by a blank line after a comma is no headline (held-out 144).

A reader copy or a paste that lost a paragraph's line breaks can split one sentence over
two paragraphs, the break after a comma: "The community is settling well, said the head of
the city's committee," / (blank) / "during his recent visit to ...". The upper piece is
short enough to stand where a headline stands, and on a page whose own headline was not
copied it was the only header line left, so it was read as the headline (the ``comma_end``
feature weighs against it, ``only_candidate`` outweighed it). A headline never closes with
a comma whose sentence goes on in the next paragraph's first word in lower case: such a
line is an open clause (``clause_goes_on``). A comma line over a capitalised line (a
headline broken after its comma, ``comma_wraps``; an address block) is left to the other
features."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import normalize_text
from analysis.ingest.metadata import Para

#: A line's end that leaves its sentence open: a comma, maybe inside a closing quote.
_OPEN_END = re.compile(r",['\"”’)]*$")


def clause_goes_on(paras: Sequence[Para], index: int, after: Sequence[int]) -> bool:
    """Whether paragraph ``index`` ends with a comma and the next paragraph of text
    (``after[0]``) opens with a lower-case letter: one sentence broken over two paragraphs.

    >>> from analysis.ingest.layout.lines import Paragraph
    >>> top = Paragraph("", "The city praised its residents,", 1, 0)
    >>> clause_goes_on([top, Paragraph("", "during a visit on Friday.", 3, 0)], 0, [1])
    True
    >>> clause_goes_on([top, Paragraph("", "Ho Chi Minh City", 2, 0)], 0, [1])
    False
    """
    if not after or not _OPEN_END.search(normalize_text(paras[index].text).rstrip()):
        return False
    below = normalize_text(paras[after[0]].text).lstrip()
    return below[:1].islower()
