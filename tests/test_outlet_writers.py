"""Tests of ``analysis.ingest.layout.outlet_writers``: the page's own outlet named where a
writer stands is no writer (placeholder pages)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import Article, Paragraph
from analysis.ingest.layout.outlet_writers import drop_outlet_writers, outlet_key

PAGE = """Fruit Trade Weekly

Ferry links across the border river reopen after the floods

{credit}

June 3, 2024

Boats carrying traders and their goods crossed the river again on Monday, three weeks after the floods closed both landing stages.

Officials of the two border districts said the timetable would return to four crossings a day by the end of the month.
"""


def test_the_site_crediting_itself_names_no_writer():
    article = read_article(PAGE.format(credit="By Fruit Trade Weekly"))
    assert article.outlet == "Fruit Trade Weekly"
    assert article.author == ""


def test_the_writer_beside_the_site_stays():
    article = read_article(PAGE.format(credit="Hoang Thi Ngoc, Fruit Trade Weekly"))
    assert article.author == "Hoang Thi Ngoc"


def _article(author: str, outlet: str, *lines: tuple[str, str]) -> Article:
    """An article read so far: its lines (text, kind), writers and outlet."""
    paras = [Paragraph(text, text, k + 1, k, kind) for k, (text, kind) in enumerate(lines)]
    return Article(paras, author=author, outlet=outlet)


MASTHEAD = ("Fruit Trade Weekly", "boilerplate")


def test_near_cases():
    # an organisation other than the outlet and a person stay
    article = _article("Fruit Trade Weekly Trust; Hoang Thi Ngoc", "Fruit Trade Weekly", MASTHEAD)
    drop_outlet_writers(article)
    assert article.author == "Fruit Trade Weekly Trust; Hoang Thi Ngoc"
    # the outlet with "The" is the outlet
    article = _article("The Fruit Trade Weekly; Hoang Thi Ngoc", "Fruit Trade Weekly", MASTHEAD)
    drop_outlet_writers(article)
    assert article.author == "Hoang Thi Ngoc"
    # no outlet read
    article = _article("Hoang Thi Ngoc", "", MASTHEAD)
    drop_outlet_writers(article)
    assert article.author == "Hoang Thi Ngoc"
    # the outlet printed on the writer's line only (a sender read as the site): kept
    sender = ("From: Fruit Trade Weekly <news@example.com>", "byline")
    article = _article("Fruit Trade Weekly", "Fruit Trade Weekly", sender)
    drop_outlet_writers(article)
    assert article.author == "Fruit Trade Weekly"


def test_outlet_key():
    assert outlet_key("The River  Post") == outlet_key("river post")
    assert outlet_key("Theodore Post") == "theodore post"


def test_an_outlet_read_from_the_writers_line_proves_nothing():
    # the writer's name alone read as the site's name: the writer stays
    page = """ISBN: 978-0-00-000000-0

Hoang Thi Ngoc

River Studies Institute

Read more about this book at

This collection follows the ferry crossings of the border river through three decades, from the first timetables to the floods of last year, and gives the traders' own accounts.
"""
    article = read_article(page)
    if article.outlet == "Hoang Thi Ngoc":  # the outlet misread: no reason to drop the writer
        assert article.author == "Hoang Thi Ngoc"
