"""A headline with its writer's name glued after it in capitals ("<Headline> by NAME",
held-out 117) is split into the headline and a byline; headlines that merely hold "by"
stay whole."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.byline_tails_caps import caps_byline_start
from analysis.ingest.page_rules import load_rules

HEADLINE = "River Ports Agree to Share Their Tide Readings Every Hour"

TEXT = (
    "Two river ports agreed on Monday to share the readings of their tide gauges every "
    "hour, a step their mayors said would help barge crews plan their trips.\n\n"
    "The readings will be posted on a common board at both harbours. A clerk in each town "
    "will check the gauges twice a day during the rainy season.\n"
)


def test_a_writer_glued_after_the_headline_is_a_byline() -> None:
    page = f"Monday, March 2, 2015\n\n• {HEADLINE} by ANNA LIM\n\nHANOI — {TEXT}"
    article = read_article(page)
    assert article.title == HEADLINE
    assert article.author == "Anna Lim"


@pytest.mark.parametrize(
    "line",
    [
        f"{HEADLINE} by REUTERS",  # an agency, one word
        "EXPORTS LIFTED BY STRONG DEMAND FROM ASIA",  # a headline in capitals
        "Ports Hit by TYPHOON",  # too short a head
        f"{HEADLINE}: by ANNA LIM",  # the head closes with a colon
        f"{HEADLINE} by Anna Lim",  # a name in title case: left to the scoring
    ],
)
def test_near_cases_are_not_split(line: str) -> None:
    assert caps_byline_start(line, load_rules()) == -1


def test_running_text_is_never_split() -> None:
    sentence = "The letters were carried across the border on Monday by ANNA LIM"
    page = f"{HEADLINE}\n\n{sentence}, a courier, who said the trip took two days.\n\n{TEXT}"
    article = read_article(page)
    assert article.title == HEADLINE
    assert article.author == ""
