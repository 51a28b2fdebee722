"""The site's name opening a byline before the writer's names an unlisted site (fix37a;
placeholder pages): "By Harbour Journal Le Van Minh" on harbourjournal.kr; the near cases
(a writer's own site whose byline is the writer's name alone, a desk's credit "By Harbour
Journal Editor", a run that spells another address) keep what they had."""

from __future__ import annotations

import pytest

from analysis.ingest.byline_site_names import leading_runs
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.page_rules import load_rules
from tests.page_reading import read_page

PAGE = """World news

Choirs of two ports plan an autumn concert

By Harbour Journal Le Van Minh

The consul general said the children's choirs of the two port cities would sing together.
More than three hundred families have asked for places, the organisers said on Monday.
Rehearsals begin in June, and each choir will learn two songs in the other's language.
"""


def test_a_bylines_leading_name_that_spells_the_address_is_the_site() -> None:
    assert read_page(PAGE, "https://harbourjournal.kr/news/123")["outlet"] == "Harbour Journal"
    # negative: another address keeps its registrable domain
    assert read_page(PAGE, "https://portnews-example.kr/news/123")["outlet"] == (
        "portnews-example.kr"
    )


def test_a_writers_own_site_keeps_its_address() -> None:
    page = PAGE.replace("By Harbour Journal Le Van Minh", "By Harbour Journal")
    assert read_page(page, "https://harbourjournal.kr/news/123")["outlet"] == ("harbourjournal.kr")


def test_a_desks_credit_keeps_the_address() -> None:
    page = PAGE.replace("By Harbour Journal Le Van Minh", "By Harbour Journal Editor")
    assert read_page(page, "https://harbourjournal.kr/news/123")["outlet"] == ("harbourjournal.kr")


@pytest.mark.parametrize(
    ("byline", "runs"),
    [
        ("By Harbour Journal Le Van Minh", ["Harbour Journal"]),
        ("BY: Delta Times Nguyen Lan", ["Delta Times"]),
        # negatives: the writer alone, a desk's role after the name, a word in lower case,
        # figures, a photo credit
        ("By John Harbour", []),
        ("By Harbour Journal Staff Writer", []),
        ("By staff of Delta Times", []),
        ("By Delta Times 2024", []),
        ("Photo by Le Lam Nguyen", []),
    ],
)
def test_leading_runs(byline: str, runs: list[str]) -> None:
    assert leading_runs(byline, lambda rest: looks_like_name(rest, load_rules())) == runs
