"""A book review's opening citation: a journal's review (as a database serves it) opens
with the reviewed book's reference on one line, the title in capitals closed by a stop,
then the writer, the place and press, the year, the pages, a price and the ISBN
("HARBOUR STATES: ... OF THE SEA. By Name. Place: Press, 2021. xiv, 248pp. ... ISBN
978-..."). The book's title is the review's headline; the rest of the line is a
reference, neither a byline (the book's writer did not write the review) nor a date
(fix33c, session 33).

Only one of the first ``REVIEW_REACH`` paragraphs is split, and only when the capitals
are ``REVIEW_TITLE_MIN_WORDS`` words or more, "By" and a capitalised name follow, and the
rest holds a year and an ISBN or a page count ("248pp.", "248 pp.")."""

from __future__ import annotations

import re

from analysis.ingest.layout.lines import Paragraph, raw_offset, split_paragraph

#: How many of the page's first paragraphs may hold the review's citation.
REVIEW_REACH = 6

#: The fewest words of the book's title in capitals.
REVIEW_TITLE_MIN_WORDS = 3

#: The book's title in capitals, its stop, and "By" with a capitalised name.
_CITATION = re.compile(r"^(?P<title>[A-Z][A-Z0-9 ,:;'’&()–-]+[A-Z)?!])[.?!]?\s+By\s+[A-Z][a-z]")

#: The reference's tail: a year, then an ISBN or a page count.
_REFERENCE = re.compile(r"\b(?:19|20)\d{2}\b.*(?:\bISBN\b|\b\d{2,4}\s?pp?\.)", re.I)


def split_review_citation(paras: list[Paragraph]) -> None:
    """Split the first review citation among the first ``REVIEW_REACH`` unlabelled
    paragraphs into the book's title (unlabelled: a headline candidate) and the reference
    (boilerplate)."""
    for i, p in enumerate(paras[:REVIEW_REACH]):
        if p.kind or "By " not in p.text:  # cheap gate before the regexes
            continue
        m = _CITATION.match(p.text)
        if m is None or len(m.group("title").split()) < REVIEW_TITLE_MIN_WORDS:
            continue
        if not _REFERENCE.search(p.text[m.end() :]):
            continue
        at = raw_offset(p, m.end("title"))  # the stop goes with the reference
        split_paragraph(paras, i, at, ("", "boilerplate"))
        return
