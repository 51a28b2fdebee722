"""Tests of ``analysis.ingest.title_days`` and the slug date of ``url_dates``: a digest's
day in its title, the year in its address (held-out 76, fix76b)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from analysis.dates import DateMatch
from analysis.ingest.title_days import title_day_in_year, title_month_day
from analysis.ingest.url_dates import url_date
from tests.page_reading import read_page

LAYOUTS = Path(__file__).parent / "data" / "layouts"

# A daily digest of our own: the title names the month and day, the address the year.
DIGEST = (
    "DAILY CRAFT NEWS MAY 17\n\n"
    "16:02\n\n"
    "Potters in the Red River villages open a shared kiln for school visits this summer.\n\n"
    "A weaving cooperative in the central highlands sells its first scarves abroad.\n"
)


def _fixture(pattern: str) -> str:
    (path,) = LAYOUTS.glob(pattern)
    return path.read_text(encoding="utf-8")


def test_a_slug_with_a_month_name_day_and_year_is_read() -> None:
    found = url_date("https://vietnamnet.vn/en/craft-news-headlines-march-6-2024-2257113.html")
    assert str(found.date_start.date()) == "2024-03-06" and found.precision == "day"
    found = url_date("https://example.org/en/news-6-march-2024-in-brief")
    assert str(found.date_start.date()) == "2024-03-06"


def test_a_slug_without_a_month_name_is_not_a_day() -> None:
    assert url_date("https://example.org/en/top-10-2024-awards.html") is None


def test_the_title_day_takes_the_address_year() -> None:
    row = read_page(DIGEST, "https://crafts.blogspot.com/2023/05/blog-post_9.html")
    assert str(row["published"].date()) == "2023-05-17"
    assert row["published_precision"] == "day"
    assert "title's day" in row["date_reason"] and "DAILY CRAFT NEWS" in row["date_evidence"]


def test_the_title_day_must_agree_with_the_address_month() -> None:
    row = read_page(DIGEST, "https://crafts.blogspot.com/2023/06/blog-post_9.html")
    assert str(row["published"].date()) == "2023-06-01"
    assert row["published_precision"] == "month"


def test_a_title_with_a_year_or_no_closing_day_gives_nothing() -> None:
    assert title_month_day("Craft news May 17, 2023") is None
    assert title_month_day("May 17 fair draws potters from three provinces") is None
    assert title_month_day("Ten ferries start work") is None


def test_the_digest_fixtures() -> None:
    page = _fixture("kinhbac_blogger_caps_digest_title_month_day_*.txt")
    row = read_page(page, "https://kinhbacenglish.blogspot.com/2021/09/blog-post_23.html")
    assert str(row["published"].date()) == "2021-09-23"
    page = _fixture("vietnamnet_en_news_headlines_digest_title_day_*.txt")
    row = read_page(
        page, "https://vietnamnet.vn/en/vietnam-news-headlines-march-6-2024-2257113.html"
    )
    assert str(row["published"].date()) == "2024-03-06"


@given(st.text(max_size=60), st.integers(1990, 2030))
def test_a_title_day_keeps_the_address_year(title: str, year: int) -> None:
    first = pd.Timestamp(year, 1, 1)
    found = title_day_in_year(
        title, DateMatch(0, 4, str(year), first, pd.Timestamp(year, 12, 31), "year")
    )
    assert found is None or (found.date_start.year == year and found.precision == "day")
