"""Tests of the ``dateline_words`` added to ``data/page_layout.yaml`` for held-out 105: a
think tank's report page prints the reading time and a download button beside the date
("May 19, 1992 20 min read Download Report"), and the writer's name under it; the line had
not read as a date line, so neither the date nor the name was taken (placeholder pages in
the fixture's layout)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

HEADLINE = "Twenty Years On, Rebuilding the Island Ferry Service"
TEXT = (
    "Few services suffered more from the end of foreign aid than the island ferries. Gone "
    "were the fuel shipments that ran the night boats, and gone were the spare engines.\n\n"
    "The provinces had no choice but to look elsewhere for help, and they did so quickly.\n"
)


@pytest.mark.parametrize(
    "date_line",
    [
        "June 2, 1994 18 min read Download Report",
        "June 2, 1994 5 mins read",
        "June 2, 1994 Download PDF",
    ],
)
def test_the_date_and_the_writer_under_it(date_line: str) -> None:
    page = f"{HEADLINE}\n\nReport\n\n{HEADLINE}\n\n{date_line}\nLan Pham\n...\n\n{TEXT}"
    article = read_article(page)
    assert article.title == HEADLINE
    assert article.author == "Lan Pham"
    assert article.header_date is not None
    assert str(article.header_date.date_start)[:10] == "1994-06-02"


@pytest.mark.parametrize(
    ("page", "author"),
    [
        (f"{HEADLINE}\n\nBy Lan Pham 5 min read\n\n{TEXT}", "Lan Pham"),
        (f"{HEADLINE}\n\nBy Lan Pham\n\nHanoi, May 5 (VNA) - {TEXT}", "Lan Pham"),
    ],
)
def test_bylines_with_a_reading_time_or_a_dateline_stay_bylines(page: str, author: str) -> None:
    assert read_article(page).author == author


def test_a_headline_about_a_download_is_no_date_line() -> None:
    headline = "Download Report Shows Ferry Use Doubled by June 2, 1994"
    page = f"{headline}\n\nBy Lan Pham\n\n{TEXT}"
    assert read_article(page).title == headline
