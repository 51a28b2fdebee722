"""A site's name printed with an article before it or a site word after it spells the
site's address (held-out 128): "The Independent Online" under an old obituary's headline,
"Orlando Sentinel Articles" at an archive page's foot, "Tapesearch Logo"."""

import pytest

from analysis.ingest.name_affixes import article_spelling, bare_site_name
from tests.page_reading import read_page

BODY = "A retired diplomat who served in three European capitals has died in Hanoi at the age of 88, his family said on Tuesday.\n"


@pytest.mark.parametrize(
    ("page", "url", "outlet"),
    [
        (
            f"Obituary: A Diplomat\n\nClick to follow\nThe Courier Online\n{BODY}",
            "http://www.courier.co.uk/news/people/obituary-1.html",
            "The Courier",
        ),
        (
            f"Envoy, 88, Dies\n\n{BODY}\nHarbour Gazette Articles\n",
            "http://articles.harbourgazette.com/1988-03-11/news/1_envoy",
            "Harbour Gazette",
        ),
        (
            f"Mekongcast Logo\nLog in\n\nEnvoy, 88, Dies\n\n{BODY}",
            "https://www.mekongcast.com/episode/envoy-dies",
            "Mekongcast",
        ),
    ],
)
def test_the_name_around_its_affix_is_the_outlet(page: str, url: str, outlet: str) -> None:
    assert read_page(page, url)["outlet"] == outlet


def test_a_heading_that_spells_no_domain_is_no_site() -> None:
    page = f"Envoy, 88, Dies\n\n{BODY}\nRiver Trade Archives\n"
    assert (
        read_page(page, "http://articles.harbourgazette.com/1988/1_envoy")["outlet"]
        == "harbourgazette.com"
    )


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Tapesearch Logo", "Tapesearch"),
        ("The Independent Online", "The Independent"),
        ("Online Safety Bill", "Online Safety Bill"),
    ],
)
def test_bare_site_name(name: str, bare: str) -> None:
    assert bare_site_name(name) == bare


def test_the_article_is_kept_but_another_word_is_no_spelling() -> None:
    assert article_spelling("independent", ["The Independent Online"]) == "The Independent"
    assert article_spelling("independent", ["The Independent Review"]) == ""
    assert article_spelling("independent", ["Independent Voices"]) == ""
