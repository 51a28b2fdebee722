"""Story ids that carry the day date a page that prints none (``ingest/url_stamp_ids.py``;
fix43b): a query's date-time stamp, an id of digits closing the address, a glued day
opening the slug read day first; placeholder pages and addresses."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.ingest.url_dates import url_date
from tests.page_reading import STORY, STORY_HEADLINE, read_page


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example.com/post.php?story=20240717153909525", "2024-07-17"),
        ("https://m.example.co.kr/amp/view.php?ud=20190612000811", "2019-06-12"),
        ("https://wire.example.com/article/idINIndia-57631820110612", "2011-06-12"),
        ("https://review.example.com/08122024-a-canal-and-a-balancing-act-analysis/", "2024-12-08"),
    ],
)
def test_a_story_id_holding_the_day_dates_an_undated_page(url: str, day: str) -> None:
    row = read_page(f"WORLD NEWS\n\n{STORY_HEADLINE}\n\n{STORY}", url)
    assert str(row["published"].date()) == day
    assert row["date_source"] == "url"


def test_a_glued_day_read_day_first_is_flagged() -> None:
    row = read_page(f"{STORY_HEADLINE}\n\n{STORY}", "https://review.example.com/08122024-a-title/")
    assert "ambiguous_day_month" in row["date_flags"].split(";")


@pytest.mark.parametrize(
    "url",
    [
        "https://wire.example.jp/jc/agt?g=partner&k=2025031400412",  # a bare serial
        "https://docs.example.top/document/15754715-a-student-report.htm",
        "https://news.example.com/post.php?story=2024071715",
    ],
)
def test_no_day_from_a_serial(url: str) -> None:
    assert url_date(url) is None
    row = read_page(f"{STORY_HEADLINE}\n\n{STORY}", url)
    assert pd.isna(row["published"])
