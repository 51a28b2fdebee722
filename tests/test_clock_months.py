"""A date above the headline in a later month than the page's address is the site's clock
(held-out 126): "March 2, 2020" printed over a story the address files under /2019/03/
gave the page's date; the address's month outranks it. A day above the headline in the
address's own month is kept (the more precise), and an address without a month changes
nothing."""

import pandas as pd
import pytest

from analysis.ingest.clock_months import clock_after_address_month
from analysis.ingest.url_dates import url_date
from tests.page_reading import read_page

PAGE = """{clock}

Can the Mekong commission still settle river disputes?
Its members share data more than ever, but its rulings bind no one
Few bodies bring all the lower Mekong countries to one table, and the river commission is one of them.Its secretariat has moved twice since the 1990s.
"""


def _published(clock: str, url: str) -> tuple[str, str]:
    found = read_page(PAGE.format(clock=clock), url)
    return str(found["published"].date()), str(found["published_precision"])


def test_a_later_months_clock_gives_way_to_the_address_month() -> None:
    url = "https://example.org/2019/03/can-the-mekong-commission-still-settle/"
    assert _published("March 2, 2020", url) == ("2019-03-01", "month")


@pytest.mark.parametrize(
    ("clock", "url", "expected"),
    [
        # the address's own month: the day above the headline is kept
        ("March 28, 2019", "https://example.org/2019/03/a-title/", ("2019-03-28", "day")),
        # no month in the address: nothing outranks the date
        ("March 2, 2020", "https://example.org/news/a-title/", ("2020-03-02", "day")),
    ],
)
def test_other_dates_above_the_headline_are_kept(
    clock: str, url: str, expected: tuple[str, str]
) -> None:
    assert _published(clock, url) == expected


def test_only_a_flagged_date_is_outranked() -> None:
    month = url_date("https://example.org/2019/03/a-title/")
    assert not clock_after_address_month(set(), month, pd.Timestamp("2020-03-02"))
    assert clock_after_address_month({"above_headline"}, month, pd.Timestamp("2020-03-02"))
