"""A DOI's digits are no date (``ingest/doi_spans.py``; fix36e)."""

import pandas as pd
import pytest

from analysis.ingest.date_scoring import absolute_dates
from analysis.ingest.layout import read_article
from analysis.ingest.url_dates import url_date
from tests.page_reading import read_page


@pytest.mark.parametrize(
    "text",
    [
        "DOI: 10.1525/vs.2014.9.1.61",
        "https://doi.org/10.1525/vs.2014.9.1.61",
        "doi:10.3390/su2019.11.5.1234 (open access)",
    ],
)
def test_a_date_inside_a_doi_is_dropped(text: str) -> None:
    assert absolute_dates(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("DOI: 10.1525/vs.2014.9.1.61 Published 3 March 2014", "2014-03-03"),
        ("Released 2014.9.1 by the port authority", "2014-09-01"),  # no DOI
        ("Version 10.2 of 2014.9.1", "2014-09-01"),  # "10.2" is no registrant
    ],
)
def test_dates_beside_a_doi_or_without_one_stay(text: str, day: str) -> None:
    assert [str(m.date_start.date()) for m in absolute_dates(text)] == [day]


def test_a_journal_copy_is_dated_by_its_citation_line_not_its_doi() -> None:
    page = (
        "Consular offices and river ports\n\n"
        "61 Journal of Delta Studies, Vol. 9, Issue 1, pps. 61–98. ISSN 1559-372x. © 2014 by the "
        "Regents. DOI: 10.1525/ds.2014.9.1.61 research article The ministry opened three "
        "consular offices along the river in the 1990s and closed two of them again.\n"
    )
    found = read_article(page).header_date
    assert found is not None
    assert (found.date_start, found.precision) == (pd.Timestamp("2014-01-01"), "year")


# --- A DOI written into a web address (held-out 134) ---------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://article.example.org/10.5923.j.re.20190904.01.html",  # the slash as a dot
        "https://doi.org/10.5923/j.ijps.20211108.02",
        "https://example.com/doi/full/10.4567/js-2018-03-14-0042",
    ],
)
def test_a_day_inside_a_doi_in_the_address_is_no_date(url: str) -> None:
    assert url_date(url) is None


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://example.org/news/2019/09/04/a-title/", "2019-09-04"),
        ("https://example.org/a-title-20190904.html", "2019-09-04"),
        ("https://example.org/10.2019/2019-09-04-a-title", "2019-09-04"),  # no registrant
    ],
)
def test_address_days_without_a_doi_stay(url: str, day: str) -> None:
    found = url_date(url)
    assert found is not None and str(found.date_start.date()) == day


def test_a_journal_page_named_by_its_doi_is_dated_by_its_volume_line() -> None:
    page = (
        "Journal of River Studies\n\np-ISSN: 2163-0000    e-ISSN: 2163-0001\n\n"
        "2019;  9(4): 71-79\n\ndoi:10.5923/j.rs.20190904.01\n\n"
        "Ferries and Fish: A River Question for the Delta\n\nMinh Tran1, Lan Pham2\n\n"
        "Abstract\n\nThe paper follows three ferry routes and the fish markets along them over "
        "two dry seasons.\n"
    )
    row = read_page(page, url="http://article.example.org/10.5923.j.rs.20190904.01.html")
    assert (str(row["published"].date())[:4], row["published_precision"]) == ("2019", "year")
