"""Held-out 89's classes (session 30, b89): partner governments' and international bodies'
pages, read on placeholder pages written for these tests."""

from __future__ import annotations

from analysis.ingest.layout import read_article

BODY = (
    "The two libraries will share their catalogues of rare maps and train young conservators "
    "together over the next three years, the ministry said on Tuesday.\n\n"
    "The first group of six conservators will start work in the spring, and the catalogue "
    "will be open to readers of both libraries by the end of the year."
)


def test_a_sites_greeting_banner_is_no_headline():
    """A German mission's and the Foreign Office's pages open with "Willkommen auf den Seiten
    des Auswärtigen Amts", an embassy's with "Welcome to the official website of ...": the
    greeting was taken for the headline over the real one."""
    headline = "Grußwort von Staatsministerin Anna Berger zur Eröffnung der Bibliothekswoche"
    for banner in (
        "Willkommen auf den Seiten des Auswärtigen Amts",
        "Welcome to the official website of the Embassy of Sweden in Hanoi",
    ):
        article = read_article(f"{banner}\n\n{headline}\n\n22.09.2021 - Rede\n\n{BODY}\n")
        assert article.title == headline
        kinds = {p.text: p.kind for p in article.paragraphs}
        assert kinds[banner] == "boilerplate"


def test_a_welcome_in_the_text_stays_text():
    """A sentence welcoming guests is no banner: the pattern wants a site's pages."""
    line = "Welcome to the opening of the library week, said the director to the guests."
    article = read_article(f"Libraries open a week of readings\n\n{line}\n\n{BODY}\n")
    assert {p.text: p.kind for p in article.paragraphs}[line] in {"lede", "body"}
