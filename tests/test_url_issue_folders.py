"""A bimonthly issue's folder in an address dates the page to its year
(``ingest/url_issue_folders.py``; fix36e)."""

import pytest

from analysis.ingest.url_dates import url_date
from analysis.ingest.url_issue_folders import issue_folder_year


@pytest.mark.parametrize(
    "url",
    [
        "https://example.mil/Journals/Review/English-Edition-Archives/Jul-Aug-2023/Coastal-Lights/",
        "https://example.org/magazine/nov_dec_2023/river-ports/",
    ],
)
def test_an_issue_folder_gives_the_year(url: str) -> None:
    found = url_date(url)
    assert found is not None and (found.text, found.precision) == ("2023", "year")


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/news/port-call-2023/a-title/",  # one word, not two months
        "https://example.org/news/ports-and-2023/a-title/",  # words that are no months
        "https://example.org/archive/Jul-Aug-2023.pdf",  # a file's name, not a folder
    ],
)
def test_near_cases_give_no_year(url: str) -> None:
    assert issue_folder_year(url) is None


def test_a_fuller_date_in_the_address_is_read_first() -> None:
    found = url_date("https://example.org/2023/07/14/jul-aug-2023/a-title/")
    assert found is not None and found.precision == "day"
