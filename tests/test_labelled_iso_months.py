"""A reader tool's labelled ISO month (rule ``labelled_iso_month`` of
``data/date_rules.yaml``, held-out 131): a copy saved by a reader tool opens with the
page's date after the word "date", and when the page's metadata holds only a year and a
month the tool writes " date 2024-09" glued before the lede. Such a page is dated to the
month. A year and month without the label ("the 2011-12 season", "2024-09" alone), a
label glued to a longer word ("update 2024-09") and an impossible month are no such date.
"""

from __future__ import annotations

import pytest

from analysis.dates import find_dates
from tests.page_reading import read_page

PAGE = [
    " date 2024-09 THE FOREIGN MINISTER will host his Vietnamese counterpart in the "
    "capital next week for the first round of political talks in six years.",
    "",
    "The two ministers are due to sign a plan on farm research and student exchanges, "
    "officials said, and will visit a port that handles most of the trade between them.",
    "",
    "A joint statement is expected at the end of the visit, according to the ministry.",
]


def test_a_reader_copy_with_a_labelled_month_is_dated_to_the_month() -> None:
    row = read_page("\n".join(PAGE) + "\n")
    assert (str(row["published"])[:7], row["published_precision"]) == ("2024-09", "month")


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (" date 2024-09 THE MINISTER will host", "2024-09"),
        ("date 1998-12 Talks resume on the river border", "1998-12"),
        (" Date 2016-07 Ministers meet in Vientiane", "2016-07"),
    ],
)
def test_the_labelled_month_is_read(text: str, month: str) -> None:
    found = [m for m in find_dates(text) if not m.relative]
    assert found and found[0].precision == "month"
    assert str(found[0].date_start)[:7] == month


@pytest.mark.parametrize(
    "text",
    [
        "2024-09 THE MINISTER will host",  # no label
        "the update 2024-09 of the plan",  # the label glued to a longer word
        " date 2024-13 Talks resume",  # no such month
        " date 2024-09-31 Talks resume",  # a day, not a month: left to the ISO rule
    ],
)
def test_no_month_is_read_without_the_label(text: str) -> None:
    assert not [m for m in find_dates(text) if not m.relative and m.precision == "month"]


def test_a_season_of_two_years_stays_a_period() -> None:
    found = [m for m in find_dates("in the 2011-12 season") if not m.relative]
    assert [m.precision for m in found] != ["month"]
