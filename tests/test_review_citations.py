"""Tests for ``analysis.ingest.layout.review_citations``: a book review's opening citation
split into the book's title and the reference (fix33c), on placeholder pages."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.review_citations import split_review_citation

_CITATION = (
    "RIVER TOWNS: FERRIES, MARKETS AND THE DELTA. By Anna Berg. Leiden: Harbour Academic "
    "Press, 2019. xii, 310pp. US$29.50, paper. ISBN 978-1-23456-789-0."
)
_TEXT = [
    "Few books on the delta's towns have been written from the point of view of the "
    "ferry crews who link them, and this one sets out to fill that gap.",
    "Its first half compares how the towns kept their landings open during the floods of "
    "the 1990s, and its second half turns to the markets that grew around them.",
]


def test_review_page_title_is_the_book_title():
    page = "\n".join(["Content area", "Full Text", _CITATION, *_TEXT])
    article = read_article(page)
    assert article.title == "RIVER TOWNS: FERRIES, MARKETS AND THE DELTA"
    assert "Anna Berg" not in article.author  # the book's writer wrote no review


def test_split_pieces():
    paras = split_lines("\n".join([_CITATION, *_TEXT]))
    split_review_citation(paras)
    assert paras[0].text == "RIVER TOWNS: FERRIES, MARKETS AND THE DELTA"
    assert paras[0].kind == ""
    assert paras[1].kind == "boilerplate"
    assert paras[1].text.startswith(". By Anna Berg")


@pytest.mark.parametrize(
    "line",
    [
        "HANOI, May 5 (VNA) - By Nguyen Van An the talks went on for 2019 pages.",
        "BREAKING NEWS. By Nguyen Van An",  # no reference after the name
        "FERRY TALKS. By Anna Berg, Hanoi correspondent, May 5, 2019",  # no ISBN, no pages
        "River Towns: Ferries and Markets. By Anna Berg. Leiden: Press, 2019. 310pp.",  # no caps
        "TWO WORDS. By Anna Berg. Leiden: Press, 2019. ISBN 978-1-23456-789-0.",  # too short
    ],
)
def test_lines_that_are_no_review_citation(line):
    paras = split_lines("\n".join([line, *_TEXT]))
    split_review_citation(paras)
    assert paras[0].text == line.strip() or paras[0].text == line
    assert len(paras) == 3
