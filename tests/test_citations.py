"""Tests of ``analysis.ingest.layout.citations``: a repository cover page's suggested
citation gives the writers and the full title; a publisher's citation line names the
journal (outlet evidence of kind ``publisher``)."""

from __future__ import annotations

from pathlib import Path

from analysis.ingest.layout import read_article
from analysis.ingest.layout.citations import journal_hit
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.url_outlets import outlet_from_url

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
        "Harbours And Hinterlands Vietnam S Port Reforms And The Logistics Of Export Growth\n"
        "To cite this article: Pham Thi Lan (2021) Harbours and hinterlands: Vietnam's port "
        "reforms and the\nlogistics of export growth, The Pacific Review, 34:6, 1012-1040,\n"
        "DOI: 10.1080/09512748.2020.1877431\nABSTRACT\n"
        "Ports decide how much of a factory's advantage survives the journey to the buyer, and "
        "this article traces how Vietnam has reorganised its deep-water ports.\n"
    )
    article = read_article(page)
    assert article.author == "Pham Thi Lan"
    assert article.title.startswith("Harbours And Hinterlands Vietnam S Port")


def test_the_journal_a_wrapped_citation_names_is_publisher_evidence() -> None:
    """'To cite this article: ... , The Pacific Review, 34:6, 1012-1040,' wrapped over two
    lines names the journal: outlet evidence of kind ``publisher``, which a document on a
    document-sharing host keeps as its outlet (held-out 53)."""
    text = (
        "Harbours and hinterlands\n\n"
        "To cite this article: Pham Thi Lan (2021) Harbours and hinterlands: Vietnam's port\n\n"
        "reforms and exports, The Pacific Review, 34:6, 1012-1040,\n\n"
        "Ports decide how much of a factory's advantage survives the journey to the buyer, and "
        "this article traces how Vietnam has reorganised its deep-water ports.\n"
    )
    paras = split_lines(text)
    hit = journal_hit(paras, 1)
    assert hit is not None and (hit[1], hit[4]) == ("The Pacific Review", "publisher")
    article = read_article(text)
    assert (article.outlet, article.outlet_kind) == ("The Pacific Review", "publisher")
    url = "https://www.scribd.com/document/811203447/Harbours-and-Hinterlands"
    kept = outlet_from_url(url, article.outlet, "", article.outlet_source, "", "publisher")
    assert kept is None  # the uploaded document keeps the journal it names
    # negative: the same words without a citation label name no journal
    assert (
        journal_hit(split_lines("the port reforms, The Pacific Review, 34:6, 1012-1040,\n"), 0)
        is None
    )


def test_a_cover_pages_article_in_journal_line_is_publisher_evidence() -> None:
    """The document-sharing copy of held-out 56: a research network's cover page over the
    article, 'Article in <journal> · Month YYYY', names the journal, which the uploaded
    document keeps as its outlet (the host was taken before). A line without the month and
    year after the dot, or in running text, names none."""
    line = "Article in Journal of Asian Political Studies · March 2022"
    hit = journal_hit(split_lines(line + "\n"), 0)
    assert hit is not None and (hit[1], hit[4]) == (
        "Journal of Asian Political Studies",
        "publisher",
    )
    article = read_article(
        "Vietnam's Labour Diplomacy in the Gulf States\n" + line + "\nCITATIONS\nREADS\n"
        "About 11,000 Vietnamese work in the six Gulf states, mostly in construction, domestic "
        "work and hospitality, and this article traces how Vietnam's diplomacy protects them.\n"
    )
    assert article.outlet == "Journal of Asian Political Studies"
    url = "https://studylib.net/doc/26011347/4412-articletext-20931-1-10-20220315"
    kept = outlet_from_url(url, article.outlet, "", article.outlet_source, "", "publisher")
    assert kept is None
    assert journal_hit(split_lines("Article in Journal of Asian Political Studies\n"), 0) is None
    assert journal_hit(split_lines("An article in the Straits Times · 2022\n"), 0) is None


def test_a_research_networks_cover_page_over_an_uploaded_article() -> None:
    """Held-out 56's document-sharing copy, read whole: the cover page's upload notes are
    furniture (the note was read as the lede, so the article's author line fell in the
    body), the upload day is no publication date (the month of 'Article in ... · March
    2022' is), and the author line with affiliation numbers names the three writers."""
    root = Path(__file__).resolve().parent / "data" / "layouts"
    name = (
        "studylib_uploaded_by_researchgate_cover_citations_reads_authors_including_caps_title"
        "_keywords_abstract.txt"
    )
    article = read_article((root / name).read_text(encoding="utf-8"))
    assert article.author == "Tran Minh Khoa; Le Thi Ngoc Anh; Pham Quoc Bao"
    date = article.header_date
    assert date is not None and date.precision == "month"
    assert date.date_start.strftime("%Y-%m") == "2022-03"
    notes = [p for p in article.paragraphs if "uploaded by" in p.text or "enhancement" in p.text]
    assert notes and all(p.kind == "boilerplate" for p in notes)


def test_an_online_first_citation_wrapped_over_three_lines_names_its_journal() -> None:
    """held-out 67: a publisher's cover page on a document host wraps its citation over
    three lines and, the article being online before its issue, gives the DOI where the
    volume would stand."""
    text = (
        "To cite this article: Pham Thu Ha, Daniel Whitcombe & Le Van Son (2022): Provincial "
        "trade\noffices and the search for export markets in northern Vietnam, Journal of "
        "Contemporary Asia,\nDOI: 10.1080/00472336.2022.2051187\n"
    )
    hit = journal_hit(split_lines(text), 0)
    assert hit is not None and (hit[1], hit[4]) == ("Journal of Contemporary Asia", "publisher")
    two_lines = "\n".join(text.splitlines()[:2]) + "\n"  # no volume, no DOI: no journal
    assert journal_hit(split_lines(two_lines), 0) is None
