"""Tests of ``analysis.ingest.layout.month_lists``: a month's list of dated items with no
headline is dated by its month."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article

#: A portal's news list for one month, of our own: each item a date alone on its line,
#: two blank lines, its excerpt; the items' titles lost.
_LIST = """May 28th, 2010


The new footbridge over the canal has opened to cyclists and walkers a month before its
official inauguration, and residents crossed it in the evening to look at the lights on the...


May 24th, 2010


The coffee growers of the highlands are preparing for their festival next spring, with
growers from five provinces invited to show their beans and their roasting methods.


May 19th, 2010


A reading room for the blind has opened in the city library, with recorded books.


May 12th, 2010


The ferry between the two islands will run twice a day from June.
"""


def _date(text: str) -> tuple[str, str]:
    found = read_article(text).header_date
    assert found is not None
    return str(found.date_start.date()), found.precision


def test_a_months_list_is_dated_by_its_month() -> None:
    assert _date(_LIST) == ("2010-05-01", "month")


def test_a_list_across_months_or_under_a_headline_keeps_its_day() -> None:
    across = _LIST.replace("May 12th, 2010", "April 30th, 2010")
    assert _date(across) == ("2010-05-28", "day")
    headed = "Footbridge opens to cyclists\n\n" + _LIST
    assert read_article(headed).title == "Footbridge opens to cyclists"
    assert _date(headed)[1] == "day"
    two = _LIST.split("May 19th")[0]
    assert _date(two) == ("2010-05-28", "day")  # two items: too few


@given(days=st.lists(st.integers(1, 28), min_size=3, max_size=8, unique=True))
def test_any_items_of_one_month_give_the_month(days: list[int]) -> None:
    excerpt = (
        "The ferry between the two islands ran on time that day, and the harbour office said "
        "the new timetable would stay in force until the end of the dry season..."
    )
    items = [f"June {day}, 2012\n\n\n{excerpt}\n\n\n" for day in days]
    assert _date("".join(items)) == ("2012-06-01", "month")
