"""The journal a document's own citation line names, on a document host's page.

A journal article uploaded to a document host (pdffox, readkong, Scribd, ...) keeps, near
its head, the line that tells readers how to cite it: its authors, the year, its title,
then the journal, volume, issue and pages ("Name, A. (2013), <Title>, in: Journal of X,
32, 2, 55-83. ISSN ..."; "Name, Name. <Title>-- X Journal Of Y 19(2), 1402-1431."; the
APA form "... <Title>. Journal of X, 12(3), 45-67."). The zoo's rule
(``tests/data/layouts/README.md``): a document on a document-sharing host keeps the
publisher it names, and the journal is the article's publisher. When the host's page
names no outlet and its cover names none (``document_publishers``), the first such
citation among the page's first lines names the journal: the run of capitalised words
(small words such as "of" and "and" allowed) between the citation's last break ("in:",
"--", a full stop) and its volume, issue and pages. A volume without an issue and pages
("Volume 6 of the series"), a sentence's figures ("rose by 12 (3), 45 ..."), a run with a
word in lower case, one word, or a citation further down (a reference list's) name
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import normalize_text

#: How many of the page's first paragraphs are read for the citation (the host's
#: furniture first, then the document's cover; a reference list comes much later).
CITATION_REACH = 30

#: What follows the journal's name in a citation: "19(2), 1402-1431", ", 12(3), 45-67",
#: ", Vol. 12 (3): 45-67", or after "in: Name" the bare ", 32, 2, 5583" (volume, issue,
#: pages; a PDF's text may drop the pages' dash).
_TAIL = re.compile(
    r"(?:,\s*|\s+)(?:vol\.?\s*)?\d{1,4}\s*\(\s*\d{1,4}(?:\s*[-–/]\s*\d{1,4})?\s*\)\s*[,:]\s*"
    r"(?:pp?\.\s*)?\d{1,5}(?:\s*[-–]\s*\d{1,5})?\b"
    r"|(?P<bare>,\s*\d{1,4},\s*\d{1,4},\s*(?:pp?\.\s*)?\d{1,5}(?:\s*[-–]\s*\d{1,5})?\b)",
    re.I,
)
#: The citation's last break before the journal's name: "in:", "--", a full stop, "?" or
#: "!" closing the title, each followed by a space or not ("Diplomacy-- X Journal").
_BREAK = re.compile(r"(?:\bin:|--|[.?!])\s*")
#: The fewest and most words of a journal's name.
NAME_WORDS = (2, 12)
#: Small words a journal's name keeps in lower case ("Journal of X and Y").
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "&", "de", "du", "des"})


def _journal_name(before: str, bare: bool) -> str:
    """The journal's name closing ``before`` (the citation up to its volume), after the
    citation's last break; "" unless it is a run of capitalised words. After "in:" alone
    may a name run into the bare volume, issue and pages (``bare``)."""
    breaks = list(_BREAK.finditer(before))
    if not breaks or (bare and not breaks[-1].group(0).casefold().startswith("in:")):
        return ""
    name = before[breaks[-1].end() :].strip()
    words = name.split()
    low, high = NAME_WORDS
    if not low <= len(words) <= high or any(c.isdigit() for c in name):
        return ""
    capitalised = all(w[:1].isupper() or w.casefold() in _SMALL_WORDS for w in words)
    return name if capitalised and words[0][:1].isupper() else ""


def cited_journal(line: str) -> str:
    """The journal a citation line names before its volume, issue and pages, or "".

    >>> cited_journal("Lam, T. (2013), Storm Talks, in: Journal of Delta Affairs, 32, 2, 5583.")
    'Journal of Delta Affairs'
    >>> cited_journal("Lam, Vu. Ferry Talks-- Harbour Journal Of River Studies 19(2), 140-143.")
    'Harbour Journal Of River Studies'
    >>> cited_journal("Exports rose by 12 (3), 45 tonnes more than in May.")
    ''
    """
    text = normalize_text(line)
    for tail in _TAIL.finditer(text):
        name = _journal_name(text[: tail.start()], bool(tail.group("bare")))
        if name:
            return name
    return ""


def self_cited_journal(texts: Sequence[str]) -> str:
    """The journal the first citation line among the first ``CITATION_REACH`` ``texts``
    names (``cited_journal``), or "".

    >>> self_cited_journal(["Transcript", "Ngo, A. (2019). Ports. Delta Review, 4(1), 1-9."])
    'Delta Review'
    >>> self_cited_journal(["Volume 6 of the series", "The Delta Review"])
    ''
    """
    return next((n for n in map(cited_journal, texts[:CITATION_REACH]) if n), "")
