"""Tests of ``analysis.ingest.layout.citations``: a repository cover page's suggested
citation gives the writers and the full title; a publisher's citation line names the
journal (outlet evidence of kind ``publisher``)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.citations import journal_hit
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.outlets import outlet_from_url

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


def test_a_publishers_citation_line_without_quotes_gives_the_writer() -> None:
    """held-out 53: 'To cite this article: Name (YYYY) Title, Journal, vol:issue, pages,'
    over a journal PDF names the writer; its unquoted title is not taken."""
    page = (
        "Quiet Alignment Vietnam S Answers To The U S Indo Pacific Economic Framework\n"
        "To cite this article: Pham Thi Lan (2021) Quiet alignment: Vietnam's answers to the "
        "U.S. Indo-Pacific\neconomic framework, The Pacific Review, 34:6, 1012-1040,\n"
        "DOI: 10.1080/09512748.2020.1877431\nABSTRACT\n"
        "Small states caught between two large powers rarely choose a side outright, and this "
        "article follows how Vietnam has answered a new economic framework.\n"
    )
    article = read_article(page)
    assert article.author == "Pham Thi Lan"
    assert article.title.startswith("Quiet Alignment Vietnam S Answers")


def test_the_journal_a_wrapped_citation_names_is_publisher_evidence() -> None:
    """'To cite this article: ... , The Pacific Review, 34:6, 1012-1040,' wrapped over two
    lines names the journal: outlet evidence of kind ``publisher``, which a document on a
    document-sharing host keeps as its outlet (held-out 53)."""
    text = (
        "Quiet alignment on trade\n\n"
        "To cite this article: Pham Thi Lan (2021) Quiet alignment: Vietnam's answers to\n\n"
        "the economic framework, The Pacific Review, 34:6, 1012-1040,\n\n"
        "Small states caught between two large powers rarely choose a side outright, and this "
        "article follows how Vietnam has answered the framework.\n"
    )
    paras = split_lines(text)
    hit = journal_hit(paras, 1)
    assert hit is not None and (hit[1], hit[4]) == ("The Pacific Review", "publisher")
    article = read_article(text)
    assert (article.outlet, article.outlet_kind) == ("The Pacific Review", "publisher")
    url = "https://www.scribd.com/document/811203447/Quiet-Alignment"
    kept = outlet_from_url(url, article.outlet, "", article.outlet_source, "", "publisher")
    assert kept is None  # the uploaded document keeps the journal it names
    # negative: the same words without a citation label name no journal
    assert (
        journal_hit(split_lines("the framework, The Pacific Review, 34:6, 1012-1040,\n"), 0) is None
    )
