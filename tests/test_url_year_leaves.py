"""A year's folder over an article's number dates a page that prints no date of its own,
to the year (``ingest/url_year_leaves.py``; fix41b): placeholder addresses."""

from __future__ import annotations

import pytest

from analysis.ingest.url_dates import url_date


@pytest.mark.parametrize(
    ("url", "year"),
    [
        ("http://uk.example.com/news/WIRE/2016/article/70316542", "2016"),
        ("https://portal.example.net/en/Pages/2019/Functions-and-structure-911817.aspx", "2019"),
        ("https://example.org/press/2013/218790.htm", "2013"),
    ],
)
def test_a_year_folder_over_an_article_number(url: str, year: str) -> None:
    found = url_date(url)
    assert found is not None
    assert (found.text, found.precision) == (year, "year")


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/news/army-news/2025/a-story-without-a-number",
        "https://example.org/2019/reports/annual/70316542",
        "https://example.org/news/2019/index.html",
    ],
)
def test_no_year_without_the_pages_number_right_under_it(url: str) -> None:
    assert url_date(url) is None
