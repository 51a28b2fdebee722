"""A day and a month's name with the year cut to two digits: after an apostrophe
("Mar 3 '24", a forum or comment stamp) or run together with them ("19jun03", an old
forum's or a military message's date line) (rules ``month_day_short_year`` and
``day_month_short_year_glued`` of ``data/date_rules.yaml``; fix40b)."""

import pandas as pd
import pytest

from analysis.dates import find_dates
from tests.date_helpers import one_date, page_header_date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("posted by river_walker Mar 3 '24", "2024-03-03"),
        ("3 Mar '24 at the landing", "2024-03-03"),
        ("Sept. 14, ’98", "1998-09-14"),
        ("19jun03", "2003-06-19"),
        ("dated 07NOV99 by the clerk", "1999-11-07"),
    ],
)
def test_a_two_digit_year_with_a_month_name_is_a_day(text: str, day: str) -> None:
    found = one_date(text)
    assert (found.date_start, found.precision) == (pd.Timestamp(day), "day")


@pytest.mark.parametrize(
    "text",
    ["Mar 3 24 hours later", "room ab19jun03", "the '90s", "serial 19jun03x", "may 3 '24"],
)
def test_near_forms_are_no_two_digit_year_day(text: str) -> None:
    assert not [m for m in find_dates(text) if m.precision == "day" and m.date_start is not None]


def test_a_glued_day_month_year_line_under_the_headline_dates_the_page() -> None:
    page = (
        "Ferry crossing reopens on the river bend\n\n19jun03\n"
        "A NEW BOAT and a new landing on each bank opened the old crossing on Monday, "
        "thirty years after the last ferry ran between the two villages.\n\n"
        "The county council said the boat would run every hour from dawn to dusk.\n\n"
        "Regards,\n\nTom\n"
    )
    assert page_header_date(page) == (pd.Timestamp("2003-06-19"), "day")
