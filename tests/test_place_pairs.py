"""A heading naming places as a pair ("India-Vietnam Relations", "France and Vietnam") on a
page's first line is a bilateral topic's heading, never the site's own name (held-out 133:
a defence institute's topic page and a foreign ministry's country file): the address
names the site. A site's name on its first line is still read."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.place_pairs import place_pair_heading
from tests.page_reading import read_page

#: A topic page's form: the pair of countries, then items as title and teaser.
PAGE = (
    "{heading}\n"
    "\n"
    "Harbour Pilots From Two Navies Compare Notes in Cam Ranh\n"
    "\n"
    "Officers from the two navies spent a week together on pilotage drills and chart work. "
    "The paper describes what each side learned and what the next round will cover.\n"
    "\n"
    "Rice Research Links Between Two Delta Regions\n"
    "\n"
    "Seed banks in both countries swapped samples of salt-tolerant varieties last year. "
    "The authors list the trials planned for the coming seasons.\n"
)

URL = "https://topics.example-institute.org/topics/pair"


@pytest.mark.parametrize(
    "heading",
    ["India-Vietnam Relations", "France and Vietnam", "Vietnam – Laos Ties", "Japan & Vietnam"],
)
def test_a_pair_of_places_is_no_site_name(heading: str) -> None:
    row = read_page(PAGE.format(heading=heading), URL)
    assert row["outlet"] == "example-institute.org"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("India – Vietnam", True),
        ("Vietnam-Laos-Cambodia Border", True),
        ("Vietnam", False),  # one place
        ("Vietnam-Korea Times", False),  # a name's word closes it
        ("Saigon Giai Phong", False),
        ("Vietnam and Vietnam", False),  # one place twice
    ],
)
def test_which_lines_are_pairs(text: str, pair: bool) -> None:
    assert place_pair_heading(text) is pair


def test_a_site_name_line_is_still_read() -> None:
    row = read_page(PAGE.format(heading="Harbour Review"), URL)
    assert row["outlet"] == "Harbour Review"
