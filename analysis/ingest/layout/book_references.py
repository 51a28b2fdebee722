"""A reviewed book's reference under a review's headline: its byline is the book's
(held-out 128).

A capsule review prints the reviewed book as its headline, then the book's reference one
item a line: "By <the book's author>", then the publisher, the year and the pages
("Westview Press, 1986, 288 pp"); the review itself is often unsigned. The "By" line sits
inside the reference, so it names the book's author, not the review's writer, even when no
other byline names a writer (``unmark_book_authors`` of ``layout/not_writers.py`` needs one).
A byline right under the headline and right over such a publication line (a name, the
year and the pages, nothing between) takes the role "book_author". A reviewer's byline
over a details box that names its own book and author ("Hanoi Days, by John Doe, Hurst,
2020, 352 pages") or over a standfirst stays the writer's.
"""

from __future__ import annotations

import re

from analysis.ingest.layout.lines import Paragraph

#: A publication line: a publisher's name (no "by"), the year, maybe roman-numbered front
#: pages, then the page count: "Westview Press, 1986, 288 pp", "Hurst, 2020, xiv, 352 pages".
_PUBLICATION = re.compile(
    r"^(?!.*\bby\b)[A-Z][^,]{1,60},\s*(?:1[89]|20)\d{2},\s*(?:[xivlc]+,\s*)?\d{2,4}\s*(?:pp\.?|pages)\b",
    re.I,
)


def unmark_book_references(paras: list[Paragraph]) -> None:
    """Give the role "book_author" to a byline standing between the headline (the line
    above) and a publication line (the line below, see ``_PUBLICATION``)."""
    for i in range(1, len(paras) - 1):
        p, above, below = paras[i], paras[i - 1], paras[i + 1]
        if p.role != "author" or above.kind != "title":
            continue
        if below.line == p.line + 1 and _PUBLICATION.match(below.text.strip()):
            p.role = "book_author"
