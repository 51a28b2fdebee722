"""A month-first day with a space before the day's comma (``month_day_year`` of
``data/date_rules.yaml``, held-out 130): hand-typed pages of the 2000s print "OCTOBER 23rd ,
2003" and "April 15th , 2005"; the day is read, not the year alone. A month and year with a
comma after them, and a day with no year, stay as they were."""

from __future__ import annotations

import pytest

from analysis.dates import find_dates
from tests.page_reading import read_page


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("TO CORRESPONDENTS ON OCTOBER 23rd , 2003", "2003-10-23"),
        ("Date: April 15th , 2005", "2005-04-15"),
        ("on May 3 , 2004 the talks resumed", "2004-05-03"),
        ("October 23, 2003", "2003-10-23"),
    ],
)
def test_the_day_is_read(text: str, day: str) -> None:
    found = [d for d in find_dates(text) if d.precision == "day"]
    assert found and str(found[0].date_start.date()) == day


@pytest.mark.parametrize("text", ["in March 2005 , they met", "on May 3 , 1200 ships docked"])
def test_a_comma_not_before_a_year_joins_nothing(text: str) -> None:
    assert all("," not in d.text for d in find_dates(text))


def test_an_answer_page_is_dated_by_its_day() -> None:
    page = "\n".join(
        [
            "Deputy minister's visit to Chile",
            "",
            "ANSWER BY THE SPOKESPERSON, MR. NGUYEN VAN AN,",
            "TO CORRESPONDENTS ON MARCH 4th , 2004",
            "",
            "Many correspondents: Could you tell us the aims of the visit?",
            "",
            "Answer:",
            "",
            "The visit will open talks on fruit exports and on a direct shipping line between "
            "the two countries' ports.",
        ]
    )
    row = read_page(page + "\n")
    assert str(row["published"].date()) == "2004-03-04"
    assert row["published_precision"] == "day"
