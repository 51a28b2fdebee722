"""Tests of ``analysis.ingest.layout.citations``: a repository cover page's suggested
citation gives the writers and the full title."""

from __future__ import annotations

from analysis.ingest.layout import read_article

COVER = (
    "Journal of Mekong Studies\n\n"
    "Volume 3 Issue 2 Journal of Mekong Studies, Article 7 and Regional Development Review\n\n"
    "2019\n\n"
    "Vietnam - Chile Trade Ties Ten Years of Free Trad\n\n"
    "Le Thu Hanh\n\n"
    "Follow this and other works at: https://repository.example.edu/jms\n\n"
    'Recommended Citation Le Thu Hanh and Marta Ibarra (2019) "Vietnam - Chile Trade Ties: '
    'Ten Years of Free Trade," Journal of Mekong Studies: Vol. 3 : Iss. 2 , Article 7.\n\n'
    "Abstract\n\n"
    "Vietnam and Chile signed a free trade agreement in 2011. This article asks which exports "
    "grew under it and argues that fruit and seafood did, while machinery did not.\n"
)


def test_a_suggested_citation_gives_the_writers_and_the_full_title() -> None:
    article = read_article(COVER)
    assert article.author == "Le Thu Hanh; Marta Ibarra"
    assert article.title == "Vietnam - Chile Trade Ties: Ten Years of Free Trade"
    assert "citation" in article.author_source


def test_a_citation_of_another_work_leaves_the_title_alone() -> None:
    other = COVER.replace(
        '"Vietnam - Chile Trade Ties: Ten Years of Free Trade,"',
        '"Rice Exports and the Mekong Delta,"',
    )
    article = read_article(other)
    assert article.title == "Vietnam - Chile Trade Ties Ten Years of Free Trad"


def test_no_citation_no_change() -> None:
    article = read_article(COVER.replace("Recommended Citation ", "We thank "))
    assert article.author != "Le Thu Hanh; Marta Ibarra"
