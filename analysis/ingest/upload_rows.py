"""A document host's upload row: the upload's date and its file name, copying the page's
first line.

Document hosts (pdfslide, fdocuments, ...) print an upload's file name in title case as
the page's title ("Imf Vn Soe Arrears 2011 Selected Issues") and again in the preview's
first row after the upload's date ("• 3/2/2018 Imf Vn Soe Arrears 2011 Selected Issues",
held-out 60); the document's own title stands further down, on its cover. A header line
whose text another header line repeats after a date alone (a bullet allowed) is that file
name: title feature ``upload_name``. A headline repeated as such (in a breadcrumb, glued to
a caption) has words, not a date, before its copy, and keeps ``repeated``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import normalize_text
from analysis.ingest.date_scoring import absolute_dates
from analysis.ingest.metadata import Para

#: The fewest words of a file name compared with the rows (a label of two words may recur).
MIN_NAME_WORDS = 3

#: How many header lines are searched for the upload row.
ROW_REACH = 12

#: What may stand around the upload's date before the name: bullets, bars, dashes, spaces.
_ROW_PUNCTUATION = " •·-–|"


def upload_row_copy(paras: Sequence[Para], index: int) -> bool:
    """Whether line ``index`` is copied by another header line that holds only a date
    before it: the upload row of a document host's preview.

    >>> from analysis.ingest.layout.lines import split_lines
    >>> paras = split_lines("Imf Vn Soe Arrears 2011\\n\\n  • 3/2/2018 Imf Vn Soe Arrears 2011\\n")
    >>> upload_row_copy(paras, 0), upload_row_copy(paras, 1)
    (True, False)
    """
    name = normalize_text(paras[index].text).casefold()
    if len(name.split()) < MIN_NAME_WORDS:
        return False
    for j, p in enumerate(paras[:ROW_REACH]):
        row = normalize_text(p.text).casefold()
        if j == index or not row.endswith(name) or len(row) <= len(name):
            continue
        before = row[: -len(name)].strip(_ROW_PUNCTUATION)
        if before and not re.search(r"[^\d/.\s-]", before) and absolute_dates(before):
            return True
    return False
