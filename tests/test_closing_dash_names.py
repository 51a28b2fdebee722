"""A writer's name glued after a dash to the text's last sentence is the writer where no
byline names one (held-out 126): "... fruit shipments. — Arnel Dizon Reyes"; an agency's or
a paper's credit, a place or a contributor's phrase there names no writer."""

import pytest

from analysis.ingest.layout import read_article

PAGE = """Manila and Hanoi to pool data on seed stores
MANILA, Philippines — The Philippines and Vietnam will share records on their seed banks under a plan agreed by farm officials on Tuesday.
Researchers will compare drought-tolerant varieties before the dry season, the agriculture department said.
The two sides also discussed faster checks on fruit shipments.{closing}
"""


def test_a_name_after_a_dash_closing_the_text_is_the_writer() -> None:
    article = read_article(PAGE.format(closing=" — Rosario Lim Tadeo"))
    assert article.author == "Rosario Lim Tadeo"


@pytest.mark.parametrize(
    "closing",
    [
        " — Bernama",
        " — Xinhua News Agency",
        " — The Star",
        " — Ho Chi Minh City",
        " — With reports from Lea Santo",
        "",
    ],
)
def test_a_credit_a_place_or_a_phrase_names_no_writer(closing: str) -> None:
    assert read_article(PAGE.format(closing=closing)).author == ""


def test_a_byline_keeps_its_writer() -> None:
    text = PAGE.format(closing=" — Rosario Lim Tadeo").replace(
        "Manila and Hanoi to pool data on seed stores\n",
        "Manila and Hanoi to pool data on seed stores\nBy Danilo Cruz Aquino\n",
    )
    assert read_article(text).author == "Danilo Cruz Aquino"
