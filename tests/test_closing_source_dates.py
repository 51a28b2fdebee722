"""A source's name and day closing the text's last paragraph ("... in both languages.  -
Harbour Times, October 16, 2008") dates a page that prints no date of its own, read as a
publication note (``layout/closing_source_dates.py``; fix40b). Placeholder pages."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.closing_source_dates import closing_source_date
from tests.date_helpers import page_header_date

PAGE = """River Weekly
The only weekly that follows the boatmen's unions of the lower river
Search our site:

Ferry unions agree on a shared timetable for the winter


Delegates of the two ferry unions met on the morning of October 14 at the harbour office to compare the winter timetables of their boats.


They found that three crossings overlap at the busiest hour and that no boat runs after nine in the evening on the east bank.


The two sides agreed to ask their clerks to draw up one timetable by the end of the month and to print it in both villages.  - Harbour Times, October 16, 2008


Copyright (c) River Weekly. All rights reserved.
Past issues
Mail to editor
"""


def test_a_closing_source_note_dates_a_page_without_a_date() -> None:
    found = read_article(PAGE).footer_date  # a publication note's day, the page's date
    assert found is not None and found.date_start == pd.Timestamp("2008-10-16")
    assert page_header_date(PAGE) == (None, "")


def test_the_page_own_date_line_outranks_the_closing_note() -> None:
    page = PAGE.replace(
        "Ferry unions agree on a shared timetable for the winter\n",
        "Ferry unions agree on a shared timetable for the winter\n\nPosted: October 20, 2008\n",
    )
    assert page_header_date(page) == (pd.Timestamp("2008-10-20"), "day")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The boats will run again on Monday. — The Harbour Times, 3 May 2024.", "3 May 2024"),
        ("The clerks agreed.  -- River Post, Jan. 5, 2011", "Jan. 5, 2011"),
        ("The talks began in 2008 - a year later, in May.", None),
        ("Delegates met on October 16, 2008 at the office.", None),
        ("He said the boats were late - Mr Tran, October 16", None),
    ],
)
def test_closing_source_note_forms(text: str, date: str | None) -> None:
    assert closing_source_date(text) == date
