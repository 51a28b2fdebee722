"""A DOI's digits are no date (``ingest/doi_spans.py``; fix36e)."""

import pandas as pd
import pytest

from analysis.ingest.date_scoring import absolute_dates
from analysis.ingest.layout import read_article


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
