"""(held-out 93) The byline of a quoted article's citation under the quotation.

A blog post quoting another site's article prints the quotation, then its citation, one
piece a line: the quoted site's name, its date, the quoted article's title and "By
<Name>" (its writer); then the blogger's own comment and signature. The "By" line names
the quoted article's writer, not the post's: when another line of the page is a byline
(the signature), its role becomes ``QUOTED_ROLE``, as does the quoted site's name when it
reads as a byline. A citation is up to ``CITATION_MAX_LINES`` lines that are no prose,
one of them a date line, right under a text paragraph wholly in quotation marks.
"""

from __future__ import annotations

import re

from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import Paragraph, is_prose

#: The role of a quoted article's byline (no writer of the page).
QUOTED_ROLE = "quoted_writer"

#: The most lines of a citation under a quotation (source, date, title, byline).
CITATION_MAX_LINES = 5

#: A paragraph wholly in quotation marks (straight or curly, double).
_QUOTATION = re.compile(r'^[“"].{40,}[”"]$', re.S)


def _citation(paras: list[Paragraph], j: int) -> list[int]:
    """The lines of the citation under quotation ``j``: the short lines up to the next
    paragraph of prose (``CITATION_MAX_LINES`` at most), when one is a date line; else []."""
    if paras[j].kind not in ("lede", "body") or not _QUOTATION.match(normalize_text(paras[j].text)):
        return []
    block: list[int] = []
    for k in range(j + 1, min(len(paras), j + 2 + CITATION_MAX_LINES)):
        if paras[k].kind in ("lede", "body") and is_prose(paras[k].text):
            break
        block.append(k)
    dated = any(paras[k].kind == "dateline" for k in block)
    return block if dated and len(block) <= CITATION_MAX_LINES else []


def unmark_quoted_writers(paras: list[Paragraph]) -> None:
    """The bylines of a quoted article's citation (see the module's docstring) are no
    writers of the page when another line is a byline: their role becomes ``QUOTED_ROLE``."""
    cited = {k for j in range(len(paras)) for k in _citation(paras, j)}
    quoted = [i for i in cited if paras[i].role == "author"]
    if len(quoted) < sum(p.role == "author" for p in paras):
        for i in quoted:
            paras[i].role = QUOTED_ROLE
