"""Interface banners over a carried story (held-out 117): a finance portal's market clock
("Canada Markets open in 5 hrs 41 mins") and a redesigned site's banner ("Visit the new
DW website" over "Take a look at the beta version of ..."), are page chrome (``chrome`` of
``data/header_scoring.yaml``), never the headline; a headline using the same words
stays the headline."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

HEADLINE = "Port towns trade weather data on the river's lower reaches"

TEXT = (
    "Two river ports agreed on Monday to share the readings of their tide gauges every "
    "hour, a step their mayors said would help barge crews plan their trips.\n\n"
    "The readings will be posted on a common board at both harbours. A clerk in each town "
    "will check the gauges twice a day during the rainy season.\n\n"
    "The two towns have traded rice and timber along the river for generations.\n"
)


@pytest.mark.parametrize(
    "banner",
    [
        "Canada Markets open in 5 hrs 41 mins",
        "U.S. Markets close in 2 hrs 3 mins",
        "Markets open in 45 mins",
        "Visit the new DW website",
        "Try our new Daily Ledger app",
    ],
)
def test_an_interface_banner_is_no_headline(banner: str) -> None:
    page = f"{banner}\n\n{HEADLINE}\n\n{TEXT}"
    article = read_article(page)
    assert article.title == HEADLINE
    assert article.paragraphs[0].kind == "boilerplate"


def test_a_beta_notice_under_the_banner_is_no_text() -> None:
    notice = "Take a look at the beta version of example.com. Your opinion can help us."
    page = f"Visit the new Example website\n\n{notice}\n\n{HEADLINE}\n\n{TEXT}"
    article = read_article(page)
    assert article.title == HEADLINE
    assert [p.kind for p in article.paragraphs[:2]] == ["boilerplate", "boilerplate"]


@pytest.mark.parametrize(
    "headline",
    [
        "Markets open in Hanoi as traders return after the holiday",
        "Visit the new river museum to see the old junks",
        "Stock markets close higher in Ho Chi Minh City",
    ],
)
def test_a_headline_with_the_same_words_stays(headline: str) -> None:
    assert read_article(f"{headline}\n\n{TEXT}").title == headline
