"""Tests of ``analysis.ingest.series_numbers``: a page with no date of its own dated by
the year of the series number opening its headline's line (the zoo's ISEAS Perspective
web page, its lines)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.metadata import load_scoring
from analysis.ingest.series_numbers import series_year

SCORING = load_scoring()

_PAGE = (
    "{number}“Hanoi’s New Ring Road and the Politics of Land Compensation” by Tran Quynh Anh\n\n"
    "Workers lay asphalt on a section of a new ring road on the western edge of Hanoi on 9 "
    "January 2022. Households along the route have disputed the compensation offered for "
    "their land. Photo: Linh PHAM, AFP.\n\n"
    "EXECUTIVE SUMMARY\n\n"
    "  • Hanoi has begun building a fourth ring road that will cross seven districts and "
    "require the clearing of land from some 20,000 households.\n"
    "  • The city has raised compensation rates and promised resettlement housing before "
    "clearance begins, hoping to avoid the disputes that delayed earlier projects.\n\n"
    "* Tran Quynh Anh is Visiting Fellow in the Vietnam Studies Programme at the ISEAS – "
    "Yusof Ishak Institute.\n"
)


def test_the_series_numbers_year_dates_an_undated_page() -> None:
    article = read_article(_PAGE.format(number="2022/14 "))
    assert article.title == "Hanoi’s New Ring Road and the Politics of Land Compensation"
    assert article.footer_date is not None and article.footer_date.precision == "year"
    assert article.footer_date.date_start.year == 2022
    assert "series_year" in article.metadata_flags
    # without the number the page stays undated (the caption's day is the picture's)
    undated = read_article(_PAGE.format(number=""))
    assert undated.footer_date is None and undated.header_date is None


def test_the_series_number_shape() -> None:
    assert series_year("2024/12 “Title” by Name", SCORING) == (2024, 0, 4)
    assert series_year('  1998/3 "Title"', SCORING) == (1998, 2, 6)
    for text in ("2022/14 households were moved", "14/2022 “Title”", "No. 12 “Title”"):
        assert series_year(text, SCORING) is None, text
