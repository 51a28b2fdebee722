"""A publisher's price blocks after a chapter's preview ("Hardcover Book" / "USD 99.99" /
"Price excludes VAT (USA)") name no writer (held-out 112: ``not_name_words`` of
``data/header_scoring.yaml`` gain a book's formats)."""

from __future__ import annotations

import pytest

from analysis.ingest.bylines import clean_author
from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules

_PREVIEW = """Rivers and Rulers: Water Boards in the Andes, 1950-1990

Abstract

Water boards in the Andean valleys settled quarrels between towns long before the capitals took an interest. This chapter follows three boards through four decades of drought and flood.

This is a preview of subscription content, log in via an institution to check access.

eBook
USD 79.99
Price excludes VAT (USA)
Hardcover Book
USD 99.99
Price excludes VAT (USA)

Institutional subscriptions
"""


def test_a_price_block_is_no_writer() -> None:
    assert read_article(_PREVIEW).author == ""


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Hardcover Book", ""),
        ("Softcover Book", ""),
        ("Paperback Edition", ""),
        # negatives: writers, one of them a Book or a Cover
        ("By Anna Book", "Anna Book"),
        ("By Tom Cover and Lisa East", "Tom Cover; Lisa East"),
        ("By Nguyen Van Dien, Hanoi", "Nguyen Van Dien"),
    ],
)
def test_book_formats_in_bylines(byline: str, authors: str) -> None:
    assert clean_author(byline, load_rules()) == authors
