"""A journal's citation line dates a page with no other date to its year
(``layout/citation_years.py``; fix36e)."""

import pandas as pd
import pytest

from analysis.ingest.layout.citation_years import citation_year
from tests.date_helpers import page_header_date

TITLE = "Ferry safety inspections on the delta's rivers"
ABSTRACT = (
    "Abstract. Since the 1990s the provincial transport offices have inspected river ferries "
    "twice a year, first for hulls and later for life jackets and crew training."
)


def test_a_document_host_copy_is_dated_by_its_journal_line_below_the_preview() -> None:
    page = (
        f"{TITLE}\n\n{ABSTRACT}\n9 pages |\nShared by: riverdocs | Views: 214 | Downloads: 0\n"
        f"You are viewing the preview of {TITLE}; click below to download the file.\n61\n"
        "DELTA JOURNAL OF SCIENCE DOI: 10.18173/2354-1067.2019-0031\n"
        "Social Sciences, 2019, Volume 64, Issue 4, pp. 61-70\n\n"
        f"{TITLE.upper()}\n\n{ABSTRACT}\n"
    )
    assert page_header_date(page) == (pd.Timestamp("2019-01-01"), "year")


def test_a_running_head_with_volume_issue_and_year_in_brackets_dates_the_page() -> None:
    page = f"{TITLE.upper()}          DJSS, 19 (2) (2022)\n\nLan Pham1, Minh Vo2\n\n{ABSTRACT}\n"
    assert page_header_date(page) == (pd.Timestamp("2022-01-01"), "year")


@pytest.mark.parametrize(
    "text",
    [
        "Article 19 (2) of the 2013 Constitution sets the rule",  # a law's clause
        "Volume 64 of the river survey",  # a volume with no issue
        "Vol. 9, Issue 1, pps. 61-98.",  # no year near it
        "ISSN 1559-2019, Vol. 9, Issue 1",  # digits of an ISSN are no year
        "The ferry carried 19 (2) passengers",  # no year in brackets
    ],
)
def test_near_cases_give_no_year(text: str) -> None:
    assert citation_year(text) is None


def test_a_date_the_page_gives_keeps_its_reading() -> None:
    page = f"{TITLE}\n12 March 2024\n\n{ABSTRACT}\n\nSocial Sciences, 2019, Volume 64, Issue 4, pp. 61-70\n"
    assert page_header_date(page) == (pd.Timestamp("2024-03-12"), "day")
