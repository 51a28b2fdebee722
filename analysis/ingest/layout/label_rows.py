"""A headline under an archive's label rows.

An archive's record page prints its metadata as label rows before the document's title
("Release Date:" over "22/11/1994", "Transcript ID:" over "9412", "Released by:" over
"• Name"; or "Label: value" on one line). The line right under such a block is the
record's title, however far below the site's name and tagline it stands: it weighs
``under_label_rows`` (``data/header_scoring.yaml``). A label alone, closed by its colon,
among such rows ("Document Release Date:" over "October 25, 2006") is a field's name,
never the headline: it weighs ``field_label`` (fix32b, held-out 97's reading-room record).
"""

from __future__ import annotations

import re

from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import Paragraph

#: A label row: one to four capitalised words and a colon, alone or before a short value.
_LABEL_ROW = re.compile(r"^[A-Z][\w]*(?: [\w]+){0,3}:(?:\s+\S.{0,40})?$")

#: The fewest label rows among the lines right above (``LABEL_ROWS_SPAN``) that make a block.
LABEL_ROWS_MIN = 3

#: How many lines above a line are read for label rows.
LABEL_ROWS_SPAN = 8


def label_row(text: str) -> bool:
    """A label row: "Label:" alone or before a short value (``_LABEL_ROW``)."""
    return bool(_LABEL_ROW.match(normalize_text(text).strip()))


def under_label_rows(paras: list[Paragraph], i: int) -> bool:
    """Line ``i`` stands right under a block of label rows: the line above is a label row or
    the value under one, and ``LABEL_ROWS_MIN`` label rows stand among the lines above."""
    if i < 2 or label_row(paras[i].text):
        return False
    above = paras[max(0, i - LABEL_ROWS_SPAN) : i]
    last = label_row(paras[i - 1].text) or label_row(paras[i - 2].text)
    return last and sum(label_row(p.text) for p in above) >= LABEL_ROWS_MIN


def _bare_label(text: str) -> bool:
    """A label alone, closed by its colon ("Release Date:"), its value on the next line."""
    text = normalize_text(text).strip()
    return text.endswith(":") and label_row(text)


def field_label(paras: list[Paragraph], i: int) -> bool:
    """Line ``i`` is a label alone, closed by its colon ("Document Release Date:"), with
    ``LABEL_ROWS_MIN`` such labels (itself among them) within ``LABEL_ROWS_SPAN`` lines
    around it: a record's field name, not a headline ("Follow us on:" alone is no block;
    "Talks end: what next" has no closing colon)."""
    if not _bare_label(paras[i].text):
        return False
    near = paras[max(0, i - LABEL_ROWS_SPAN) : i + LABEL_ROWS_SPAN + 1]
    return sum(_bare_label(p.text) for p in near) >= LABEL_ROWS_MIN
