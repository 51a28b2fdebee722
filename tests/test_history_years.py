"""A journal article's history row dates a page with no other date to its year
(``layout/history_years.py``; fix36e)."""

import pandas as pd
import pytest

from analysis.ingest.layout.history_years import history_year
from tests.date_helpers import page_header_date

TITLE = "River ports and the delta's new locks"
ABSTRACT = (
    "The river ports of the delta have grown since the new locks opened, and the provinces "
    "now compete for the barge traffic that used to go to the capital's port."
)


def test_a_store_copy_is_dated_by_its_history_row_year() -> None:
    page = (
        f"Home > Documents > Transport\n\n{TITLE}\n\n"
        + f"{ABSTRACT}\n\n" * 8
        + "ORIGINAL ARTICLE\n\n"
        "Received 14 December 2019 Revised 2 January 2020; Accepted 20 January 2020\n\n"
        f"{ABSTRACT}\n"
    )
    assert page_header_date(page) == (pd.Timestamp("2020-01-01"), "year")  # the acceptance's year


@pytest.mark.parametrize(
    "text",
    [
        "Received 14 May 2020 in Hanoi by the minister",  # one labelled date only
        "The delegation was received on 14 May 2020 and accepted the plan on 20 July.",
    ],
)
def test_near_cases_give_no_year(text: str) -> None:
    assert history_year(text) is None


def test_a_published_day_keeps_its_reading() -> None:
    page = (
        f"{TITLE}\n\nReceived: 2 February 2021; Accepted: 9 March 2021; Published: 14 March 2021"
        f"\n\n{ABSTRACT}\n"
    )
    assert page_header_date(page) == (pd.Timestamp("2021-03-14"), "day")
