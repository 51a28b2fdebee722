"""A fact sheet's dated fact line ("Date of establishment of diplomatic relations with
<country>: DD/MM/YYYY") gives the day of the fact, not the page's (``today_labels`` of
``data/header_scoring.yaml``; fix43b, held-out 145's embassy page): placeholder pages."""

from __future__ import annotations

import pandas as pd

from tests.page_reading import read_page

FACTS = (
    "    Delegations have gone both ways since then, at minister and deputy level.\n"
    "    A general accord on trade and technical cooperation was signed later.\n"
)


def test_a_fact_lines_day_is_no_page_date() -> None:
    text = "1. Date of establishment of diplomatic relations with Freedonia: 21/10/1999\n\n" + FACTS
    row = read_page(text, "https://mission.example.gov.vn/en-us/Pages/default.aspx")
    assert pd.isna(row["published"])


def test_a_page_date_label_still_dates_the_page() -> None:
    """Negative: a plain "Date:" line over the same facts dates the page."""
    row = read_page(
        "Date: 21/10/2019\n\n" + FACTS, "https://mission.example.gov.vn/en-us/Pages/a.aspx"
    )
    assert str(row["published"].date()) == "2019-10-21"
