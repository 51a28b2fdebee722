"""A page whose text gives only a month is dated by its address's day inside that month
(``ingest/address_day_refines.py``; fix42b, held-out 139's blog copy of a report); an
address's day of another month changes nothing. Placeholder pages."""

from __future__ import annotations

import pytest

from tests.date_helpers import published_with_address

PAGE = (
    "Clearing the Old Minefields Together\n\n\n"
    "Joint Working Group on River Safety\n\n"
    "Hanoi and Vientiane • June 2010\n\n"
    "Since the war ended, the two countries have cleared many of the fields along the "
    "river, yet the work left still shapes the lives of farming families on both banks.\n"
)


@pytest.mark.parametrize(
    ("url", "dated"),
    [
        ("https://blog.example.org/2010/06/01/clearing-the-old-minefields/", ("2010-06-01", "day")),
        (
            "https://blog.example.org/2010/08/01/clearing-the-old-minefields/",
            ("2010-06-01", "month"),
        ),
        ("https://blog.example.org/clearing-the-old-minefields/", ("2010-06-01", "month")),
    ],
)
def test_the_address_day_refines_the_texts_month(url: str, dated: tuple[str, str]) -> None:
    assert published_with_address(PAGE, url) == dated


def test_a_day_in_a_files_name_is_no_posts_day() -> None:
    url = "https://docs.example.org/doc/123/4412-articletext-1-10-20100614"
    assert published_with_address(PAGE, url) == ("2010-06-01", "month")
