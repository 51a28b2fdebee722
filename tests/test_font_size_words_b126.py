"""A font-size tool's buttons spelt out on a line of their own are page chrome (held-out
126): "Large Medium Small |", the first line of an article's second page as stored, was
read as the writer's name of a page that prints none."""

import pytest

from analysis.ingest.layout import read_article
from tests.page_reading import line_kinds

PAGE = """Large Medium Small |
Hanoi and its neighbours have more to gain from the trade along their land border than from a quarrel over reefs, a point both capitals made again this week.
Officials from the two foreign ministries said the next round of border talks would open in the spring.
"""


@pytest.mark.parametrize(
    "tool",
    [
        "Large Medium Small |",
        "Large Medium Small",
        "Small / Medium / Large",
        "Larger Normal Smaller",
    ],
)
def test_the_font_size_words_are_chrome_not_a_writer(tool: str) -> None:
    article = read_article(PAGE.replace("Large Medium Small |", tool))
    kinds = line_kinds(article)
    assert kinds[tool] == "boilerplate"
    assert article.author == ""


@pytest.mark.parametrize(
    "headline",
    [
        "Small and medium firms eye Mekong corridor",
        "Large, medium and small ports join the hotline",
    ],
)
def test_a_headline_with_the_words_stays_the_headline(headline: str) -> None:
    text = f"{headline}\n\nSmall traders from the border provinces will get cheaper loans under a scheme announced on Monday, officials said.\n"
    assert read_article(text).title == headline
