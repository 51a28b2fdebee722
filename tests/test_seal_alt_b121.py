"""A seal's or emblem's alt text naming its body, after a spaced dash, is page chrome
(fix36a, held-out 121): "U.S. Department of State - Great Seal" over the body's name and
motto was read as the headline (a chrome entry of ``header_scoring.yaml``)."""

import pytest

from analysis.ingest.layout import read_article
from tests.page_reading import line_kinds

PAGE = """{seal}

Ministry of River Transport

Safe Crossings for All

Briefing on the Minister's Visit to the Delta Ports

Special Briefing
Office of the Spokesperson
Hanoi, Vietnam
March 14, 2013


MODERATOR: Thanks for coming. We have a few minutes before the boats leave, so I will keep this short and take questions after.

OFFICIAL: The minister wants to see the new ferry landings himself, and he will meet the crews who trained on them this spring.
"""


@pytest.mark.parametrize(
    "seal",
    [
        "Ministry of River Transport - Great Seal",
        "Ministry of River Transport – Emblem",
        "Ministry of River Transport - Coat of Arms",
    ],
)
def test_a_seals_alt_text_is_chrome_not_the_headline(seal: str) -> None:
    article = read_article(PAGE.format(seal=seal))
    kinds = line_kinds(article)
    assert kinds[seal] == "boilerplate"
    assert article.title == "Briefing on the Minister's Visit to the Delta Ports"


@pytest.mark.parametrize(
    "headline",
    [
        "Vietnam - a seal on the river deal",  # words of its own after the dash
        "Ferry Crews Seal Deal on New Landings",  # no dash
        "Emblem of the river towns unveiled in Can Tho",  # the word first
    ],
)
def test_a_headline_with_the_word_stays_the_headline(headline: str) -> None:
    text = f"{headline}\n\nFerry crews in the delta provinces signed a two-year agreement with the port authority on Monday, officials said.\n"
    assert read_article(text).title == headline
