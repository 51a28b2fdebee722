"""Tests of ``analysis.ingest.layout.header_years``: header lines whose years are the
subject of the text, or a figure's year, are no date of the page."""

from __future__ import annotations

from analysis.ingest.layout.header_years import years_in_prose


def test_a_standfirsts_years_are_its_subject() -> None:
    line = (
        "- The common fishing zone in the gulf expired in 2019, and fishermen now ask for a new one"
    )
    assert years_in_prose(line)


def test_a_citations_bracketed_year_and_a_date_line_stay_dates() -> None:
    assert not years_in_prose(
        "To cite this article: Le Thi Hoa (2021) River ports, Journal of Trade"
    )
    assert not years_in_prose("12 March 2021")


def test_a_figures_bracketed_year_is_the_figures() -> None:
    from analysis.ingest.layout.header_years import figure_years

    for line in (
        "about 650,000 (2021 estimate)[1]",
        " Japan 210,000 (2020) [3]",
        "1,799,632 (2010)",
    ):
        assert figure_years(line), line
    for line in (
        "Journal of Trade, Vol. 12 (2021)",  # an issue's year: the work's date
        "Le Thi Hoa (2021) River ports",  # a citation's year
        "650,000 workers in 2021",  # no brackets: left to the other rules
        "Updated 12 March 2021 (2,400 views)",  # a full date
    ):
        assert not figure_years(line), line


def test_an_infobox_copied_by_a_blog_leaves_the_page_undated() -> None:
    from analysis.ingest.layout import read_article

    page = (
        "Vietnamese Teachers Abroad (Giáo Viên Việt Nam Ở Nước Ngoài)\n\n"
        "Language Teachers\n\n"
        "From Wikipedia, the free encyclopedia\n"
        "Total number\n"
        "about 12,000 (2021 estimate)[1]\n"
        " Laos 4,000 (2019) [2]\n"
        " Cambodia 3,500 (2020) [3]\n\n"
        "Vietnamese teachers abroad work in schools for the Vietnamese community and in "
        "universities that teach the language, most of them on contracts of two years.[4]\n"
    )
    article = read_article(page)
    assert article.header_date is None and article.footer_date is None
