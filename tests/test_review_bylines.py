"""A review essay's "Review by Name, College" line under the reviewed book's citation names
the review's writer (held-out 112: ``byline_prefixes`` of ``data/page_layout.yaml`` takes
"review by" as it takes "reviewed by")."""

from __future__ import annotations

import pytest

from analysis.ingest.bylines import clean_author
from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules

_ESSAY = """Review Essay 48

2 May 2024

Rosa Imbert and Karl Fenn, eds. Rivers and Rulers: Water and Power in the Andes.
Quito: Sierra Press, 2023. ISBN: 9781501700001

Review by Marta Quiroga, Lakeside College

Water has rarely been the main character in histories of the Andean states. This volume
changes that by following three rivers from their glaciers to the coast.

The editors have gathered eleven chapters by historians and engineers, and the strongest of
them stay with a single valley across several decades.
"""


def test_review_by_names_the_writer() -> None:
    article = read_article(_ESSAY)
    assert article.author == "Marta Quiroga"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Review by Marta Quiroga, Lakeside College", "Marta Quiroga"),
        ("Reviewed by Tran Thi Mai", "Tran Thi Mai"),
        ("Review Essay II: Karl Fenn", "Karl Fenn"),
        # negatives: a sentence opening with the noun, a byline, an agency dateline
        ("Review by the ministry found no fault with the contract.", ""),
        ("By Nguyen Van Dien, Hanoi", "Nguyen Van Dien"),
        ("Hanoi, May 5 (VNA) - The review ended on Friday.", ""),
    ],
)
def test_review_bylines(byline: str, authors: str) -> None:
    assert clean_author(byline, load_rules()) == authors
