"""(fix42c) A headline printed twice, its first copy closed by a tail the second drops.

Many sites print the headline twice at the head of the page: once in the page's title bar
or breadcrumb, where a section's label or the note's day is glued after it ("<Headline>
News", "<Headline>, 02.06.2017"), then as the article's own heading, alone. When the
chosen headline is such a first copy, and one of the ``TWIN_MAX_GAP`` paragraphs under it
prints its opening again whole (``TWIN_MIN_WORDS`` words or more), closed where the first
copy goes on with only a short tail (``_TAIL``: one or two capitalised words, or a day in
digits), the headline is the second copy: the tail is the page's furniture, never the
headline's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import Paragraph

#: How many paragraphs under the headline may hold its second copy (a photo credit or a
#: blank line may stand between them).
TWIN_MAX_GAP = 4

#: The fewest words of the second copy (a shorter line is a name or a label).
TWIN_MIN_WORDS = 4

#: The first copy's tail: a separator, then a section's label of one or two capitalised
#: words ("News", "Info Notes") or a day in digits ("02.06.2017", "2/6/2017").
_TAIL = re.compile(
    r"^(?:\s*[,|–—-]\s*|\s+)"
    r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))$"
)


def twin_without_tail(title: str, paras: Sequence[Paragraph]) -> str:
    """The second copy of ``title`` when the title is its first copy with a tail glued
    after it (see the module's docstring); else ``title`` unchanged.

    >>> p = [Paragraph("", "Ferries Return to the Delta News", 1, 0, kind="title"),
    ...      Paragraph("", "Ferries Return to the Delta", 2, 1)]
    >>> twin_without_tail("Ferries Return to the Delta News", p)
    'Ferries Return to the Delta'
    """
    at = next((i for i, p in enumerate(paras) if p.kind == "title"), None)
    if not title or at is None:
        return title
    for p in paras[at + 1 : at + 1 + TWIN_MAX_GAP]:
        twin = normalize_text(p.text).strip()
        long_enough = len(twin.split()) >= TWIN_MIN_WORDS
        if long_enough and title.startswith(twin) and _TAIL.match(title[len(twin) :]):
            return twin
    return title
