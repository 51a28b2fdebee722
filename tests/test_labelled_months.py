"""A record's publication-date field holding a month and a year in digits dates a page
with no other date (``layout/labelled_months.py``; fix36e)."""

import pandas as pd
import pytest

from analysis.ingest.layout.labelled_months import labelled_month
from tests.date_helpers import page_header_date

TITLE = "Dredging the inner channel: a harbour board's second contract"
ABSTRACT = (
    "Abstract: The harbour board has hired a second dredger to deepen the inner channel, "
    "which has silted up since the spring floods and now turns away the larger barges."
)


def test_a_catalogue_record_is_dated_by_its_numeric_publication_month() -> None:
    page = (
        "Search Results\n\n  • Author: Lan Pham\n  • Publication Date: 03-2022\n"
        f"  • Content Type: Policy Brief\n  • {ABSTRACT}\n"
        "  • Author: Minh Vo\n  • Publication Date: 01-2022\n"
    )
    assert page_header_date(page) == (pd.Timestamp("2022-03-01"), "month")  # the first item's


def test_a_repository_field_label_over_its_value_dates_the_page() -> None:
    page = f"{TITLE}\n\nAuthors\nPham, Lan\nDate of Issue\n2019-12\nPublisher\nPort Press\n\n{ABSTRACT}\n"
    assert page_header_date(page) == (pd.Timestamp("2019-12-01"), "month")


@pytest.mark.parametrize(
    ("text", "following"),
    [
        ("Season 2010-11", ""),  # no label: a season
        ("Publication Date: 2010-11-31", ""),  # no such day, and more than a month
        ("Publication Date", "03-2022 saw the channel silt up again"),  # a sentence under it
        ("Report number: 03-2022", ""),  # a code under another label
        ("Publication Date: 13-2022", ""),  # no thirteenth month
    ],
)
def test_near_cases_are_no_labelled_month(text: str, following: str) -> None:
    assert labelled_month(text, following) is None


def test_a_date_the_page_gives_keeps_its_reading() -> None:
    page = f"{TITLE}\nBy Lan Pham\n12 March 2024\n\n{ABSTRACT}\n\nPublication Date: 03-2022\n"
    assert page_header_date(page) == (pd.Timestamp("2024-03-12"), "day")
    assert page_header_date(f"{TITLE}\n\n{ABSTRACT} The 2010-11 season was the worst.\n") == (
        None,
        "",
    )
