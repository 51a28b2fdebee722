"""A facts table's rows, each label and value parted by a run of spaces, are no headline.

An embassy's or a portal's country page prints its facts as a table copied to text: each
row a label, a run of spaces where the cell ended, and the value ("Official language
Vietnamese", "Government   Socialist Republic"; held-out 128's hosting-country page). The
first row was read as the headline. A line with such a gap (``_GAP``: a word, two spaces or
more, a capital or a digit) among ``ROWS_MIN`` such lines within ``ROWS_SPAN`` lines of
it, no blank line between, is a row; so is a line between two rows (a row whose cells ran
together, "Other major citiesHo Chi Minh City"). Such rows are the page's text (kind
``body``, ``label_table_rows``), never a header line. A sentence's two spaces after its
full stop are no gap, nor a year's before an event (a chronology's "1998     Event").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.metadata import Para

#: A cell's end inside a line: a letter, digit or closing bracket, two spaces or more, then
#: a capital or a digit (not the two spaces after a sentence's full stop).
_GAP = re.compile(r"[\w)]\s{2,}[A-Z0-9]")

#: The fewest gapped lines around a line (itself counted) that make a table.
ROWS_MIN = 3

#: How many lines on either side of a line are read for other rows.
ROWS_SPAN = 3


def _gapped(text: str) -> bool:
    """Whether ``text`` holds a cell's gap (``_GAP``) after a label without a digit (a
    chronology's "1998     Event" is dated text, no facts table)."""
    found = _GAP.search(text.strip())
    return bool(found) and not any(ch.isdigit() for ch in text.strip()[: found.start() + 1])


def _run(paras: Sequence[Para], index: int) -> list[int]:
    """The indexes within ``ROWS_SPAN`` of ``index`` on consecutive printed lines (no blank
    line between them and ``index``)."""
    found = [index]
    for step in (-1, 1):
        j = index
        while 0 <= j + step < len(paras) and abs(j + step - index) <= ROWS_SPAN:
            if abs(paras[j + step].line - paras[j].line) != 1:
                break
            j += step
            found.append(j)
    return found


def table_row(paras: Sequence[Para], index: int) -> bool:
    """Whether line ``index`` is a row of a facts table (see the module's docstring)."""
    run = _run(paras, index)
    rows = sum(1 for j in run if _gapped(paras[j].text))
    if rows < ROWS_MIN:
        return False
    if _gapped(paras[index].text):
        return True
    above, below = index - 1, index + 1
    return (
        above in run and below in run and _gapped(paras[above].text) and _gapped(paras[below].text)
    )


def label_table_rows(paras: list[Paragraph]) -> None:
    """Label ``body`` (text of the page, no header line) every facts table row with no kind
    yet (``table_row``)."""
    rows = [i for i, p in enumerate(paras) if not p.kind and table_row(paras, i)]
    for i in rows:
        paras[i].kind = "body"
