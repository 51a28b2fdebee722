"""A page the text dates to a year only takes the address's full day
(``layout/year_only_dates.py``; fix36e)."""

from analysis.ingest.layout import read_article
from analysis.ingest.layout.year_only_dates import with_year_only
from tests.date_helpers import published_with_address

PAGE = (
    "The Mekong ports and their neighbours\n\nDelta Review 9(2) (2023)\n\nLan Pham & Minh Vo\n\n"
    "Abstract\n\nThe river ports of the delta have grown since the new locks opened, and the "
    "provinces now compete for the barge traffic that used to go to the capital's port.\n"
)


def test_a_year_alone_is_flagged() -> None:
    assert "year_only" in with_year_only(read_article(PAGE))


def test_the_address_day_refines_a_year_alone() -> None:
    assert published_with_address(PAGE, "https://example.org/2023/06/30/the-mekong-ports") == (
        "2023-06-30",
        "day",
    )


def test_a_month_in_the_address_or_a_full_text_date_keeps_the_text_reading() -> None:
    assert published_with_address(PAGE, "https://example.org/2023/06/the-mekong-ports") == (
        "2023-01-01",
        "year",
    )
    dated = PAGE.replace("Delta Review 9(2) (2023)", "Delta Review, 12 March 2023")
    assert "year_only" not in with_year_only(read_article(dated))
    assert published_with_address(dated, "https://example.org/2023/06/30/the-mekong-ports") == (
        "2023-03-12",
        "day",
    )
