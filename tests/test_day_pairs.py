"""Two days of one month joined by "&" or "and" date a page to the first
(``ingest/day_pairs.py``; fix36e)."""

import pandas as pd
import pytest

from analysis.ingest.date_scoring import absolute_dates
from analysis.ingest.day_pairs import day_pair_dates
from analysis.ingest.layout import read_article


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("March 7 & 9, 2019", "2019-03-07"),
        ("Bulletin of Oct. 3 and 6, 2021", "2021-10-03"),
        ("7 and 9 March 2019", "2019-03-07"),
    ],
)
def test_the_first_of_two_days_is_read(text: str, day: str) -> None:
    assert [str(m.date_start.date()) for m in day_pair_dates(text)] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Rooms 7 & 9, 2019 edition",  # no month
        "March 9 & 7, 2019",  # the days out of order
        "Piers 3 and 4 March",  # no year
        "February 27 & 31, 2019",  # no such day
    ],
)
def test_near_cases_give_no_day(text: str) -> None:
    assert day_pair_dates(text) == []


def test_a_page_dated_by_two_days_gets_the_first_not_the_year_alone() -> None:
    assert [m.precision for m in absolute_dates("March 7 & 9, 2019")] == ["day"]
    page = (
        "River bulletin\n\n2019 March 6 - 12 [Ports]\n\nDredgers return to the inner channel\n"
        "March 7 & 9, 2019\n\nThe harbour board has hired a second dredger to deepen the inner "
        "channel, which has silted up since the spring floods and turns away larger barges.\n"
    )
    found = read_article(page).header_date
    assert found is not None and found.date_start == pd.Timestamp("2019-03-07")
