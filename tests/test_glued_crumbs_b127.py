"""A breadcrumb behind "You are here:" whose separators were lost when the page was copied
as text ("You are here: HomeNews2003 02 14Article 31407", an archive page's crumbs glued to
"Home") is page furniture, never the headline (held-out 127)."""

import pytest

from analysis.ingest.layout import read_article
from tests.page_reading import line_kinds

PAGE = """{crumb}

General News of Monday, 3 March 2003

Hanoi offers cassava experts to coastal farmers

HANOI — Viet Nam will send cassava growing experts to a West African partner under a scheme with a food agency, an official said this week.

The experts will work with farmers near the coast for two seasons, advising on planting and storage.
"""


@pytest.mark.parametrize(
    "crumb",
    [
        "You are here: HomeNews2003 03 03Article 41210",
        "You are here: HomeWorldAsia",
        "Location: HOMENews",
        "You are here: Home > News > Asia",
    ],
)
def test_a_glued_breadcrumb_is_furniture_not_the_headline(crumb: str) -> None:
    article = read_article(PAGE.format(crumb=crumb))
    assert line_kinds(article)[crumb] == "boilerplate"
    assert article.title == "Hanoi offers cassava experts to coastal farmers"


@pytest.mark.parametrize(
    "line",
    [
        "Location: Homestead, Florida",  # a place: "Home" in a word, no capital after it
        "You are here: homeNews",  # the letter case a copied breadcrumb does not have
    ],
)
def test_a_label_before_a_word_opened_by_home_is_not_a_glued_crumb(line: str) -> None:
    from analysis.ingest.page_rules import load_rules

    assert load_rules().boilerplate.match(line) is None
