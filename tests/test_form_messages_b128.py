"""A sign-up form's messages are chrome (held-out 128): a crawler's copy of a live page
kept "Please enter a valid email address" from the newsletter box, read as the headline of
a page stored without one."""

import pytest

from analysis.ingest.layout import read_article
from tests.page_reading import line_kinds

LEDE = "Watch live as the two prime ministers speak to reporters in Hanoi after their talks on trade, energy and the war in Europe.\n"


@pytest.mark.parametrize(
    "line",
    [
        "Please enter a valid email address",
        "Enter a valid e-mail address.",
        "Something went wrong. Please try again later",
        "Thanks for signing up to the Breaking News email",
    ],
)
def test_the_form_message_is_chrome_not_the_headline(line: str) -> None:
    article = read_article(f"{line}\n\n{LEDE}")
    assert line_kinds(article)[line] == "boilerplate"
    assert article.title == ""


@pytest.mark.parametrize(
    "headline",
    [
        "Thanks for the memories: envoy bids Hanoi farewell",
        "Please try the durian, Vietnam tells Chinese buyers",
    ],
)
def test_a_headline_with_the_words_stays_the_headline(headline: str) -> None:
    text = f"{headline}\n\nThe ambassador leaves after four years in which trade between the two countries doubled, officials said on Friday.\n"
    assert read_article(text).title == headline
