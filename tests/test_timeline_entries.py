"""A timeline's entries are dated by their events: the first entry's day does not date a
page that prints none of its own (held-out 128)."""

from tests.page_reading import read_page

TIMELINE = """Timeline: Vietnam and Its Neighbours

The two neighbours fought in 1979 and restored ties in the early 1990s. This timeline follows the long road between.

February 17, 1979: Troops cross the northern border, and the fighting lasts about a month.

November 1991: The party leader travels to Beijing and the two countries restore relations.

1999: The two governments sign a treaty on their land border after years of talks.

December 31, 2008: Survey teams finish planting markers along the whole border.
"""


def test_the_entries_dates_do_not_date_the_page() -> None:
    assert str(read_page(TIMELINE)["published"]) == "NaT"


def test_a_lone_dated_paragraph_is_no_timeline() -> None:
    page = "Envoys meet on border trade\n\nMay 3, 2021: the two envoys met in Lang Son to discuss the reopening of border gates for fruit trucks.\n\nThey agreed to meet again in the autumn.\n"
    assert str(read_page(page)["published"])[:10] == "2021-05-03"


def test_a_dateline_keeps_its_day() -> None:
    page = "Envoys meet on border trade\n\nHANOI, May 3, 2021 - The two envoys met in Lang Son to discuss the reopening of border gates.\n\nThey agreed to meet again in the autumn.\n"
    assert str(read_page(page)["published"])[:10] == "2021-05-03"
