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
