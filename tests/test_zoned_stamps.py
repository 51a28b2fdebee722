"""A headline under the page's date line closed by a clock and its zone
(``layout/zoned_stamps.py``, held-out 130): an old portal's page ("Tuesday, 26 December,
2000, 09:12 GMT" over the headline, a long menu one item a line above) gets its headline,
not the portal's bar. A stamp opening with the clock ("17:03' 07/11/2007 (GMT+7)"), a date
line without a clock or zone, text after the zone and a blank line between are no such
stamp."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.zoned_stamps import under_zoned_stamp
from tests.page_reading import read_page

MENU = ["Front Page", "World", "Africa", "Americas", "Asia-Pacific", "Europe", "Middle East"]
MENU += ["-------------", "Letter From Abroad", "UK", "Business", "Sci/Tech", "Health"]
MENU += ["Education", "Entertainment", "Talking Point", "In Depth", "AudioVideo", "", "", ""]
PAGE = [
    "Corporation Homepage World Service Learning",
    "Corporation Homepagelow graphics version | feedback | help",
    "Daily Wire Online",
    " You are in: World: Asia-Pacific",
    *MENU,
    "Our reporter Anna Field in Hanoi",
    '"The harbour talks took three years"',
    " real 28k",
    "",
    "Monday, 5 March, 2001, 10:05 GMT",
    "River ports open to barges from Laos",
    "Barges moored at a river quay",
    "The first barges are due next month",
    "Vietnam and Laos have agreed to open three river ports to each other's barges, "
    "officials said on Monday after talks in Vientiane.",
    "The ports will handle rice, timber and fertiliser, and customs staff of both "
    "countries will work side by side at each of them.",
]


def test_the_headline_under_a_zoned_stamp_beats_the_portal_bar() -> None:
    row = read_page("\n".join(PAGE) + "\n")
    assert row["title"] == "River ports open to barges from Laos"


@pytest.mark.parametrize(
    "stamp",
    [
        "Monday, 5 March, 2001, 10:05 GMT",
        "5 March 2001 10:05 UTC",
        "Monday, March 5, 2001 10.05 GMT",
    ],
)
def test_zoned_stamps(stamp: str) -> None:
    paras = split_lines(f"{stamp}\nRiver ports open to barges from Laos\n")
    paras[0].kind = "dateline"
    assert under_zoned_stamp(paras, 1) == ["under_zoned_stamp"]


@pytest.mark.parametrize(
    "stamp",
    [
        "17:03' 07/11/2007 (GMT+7)",  # the clock first: printed under the headline
        "Monday, 5 March, 2001",  # no clock, no zone
        "Monday, 5 March, 2001, 10:05",  # no zone
        "Monday, 5 March, 2001, 10:05 GMT | Updated 11:20",  # text after the zone
    ],
)
def test_no_zoned_stamps(stamp: str) -> None:
    paras = split_lines(f"{stamp}\nRiver ports open to barges from Laos\n")
    paras[0].kind = "dateline"
    assert under_zoned_stamp(paras, 1) == []


def test_a_blank_line_or_no_dateline_above_is_no_stamp() -> None:
    paras = split_lines("Monday, 5 March, 2001, 10:05 GMT\n\nRiver ports open to barges\n")
    paras[0].kind = "dateline"
    assert under_zoned_stamp(paras, 1) == []
    paras = split_lines("Monday, 5 March, 2001, 10:05 GMT\nRiver ports open to barges\n")
    assert under_zoned_stamp(paras, 1) == []  # the line above not read as a dateline
    assert under_zoned_stamp(paras, 0) == []
