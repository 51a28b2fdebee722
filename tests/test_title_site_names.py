"""The headline's line that is the site's own name names the outlet when its words spell
the address's label (``title_site_names``, held-out 127)."""

import pytest

from analysis.ingest.title_site_names import title_line_name
from tests.page_reading import read_page

PAGE = """{first}

All the news about the change in the region

Ministers discuss labour and tourism links

Time: March 14, 2022

RIYADH: The labour minister held talks with a visiting Vietnamese deputy minister on Sunday on the rules for recruiting workers.

The two officials also discussed tourism and direct flights.

This article was first published in Arab News
"""


def test_the_site_name_heading_the_page_names_the_outlet() -> None:
    doc = read_page(
        PAGE.format(first="The Gulf Reform Digest"),
        "https://thegulfreformdigest.com/category/asia/",
    )
    assert doc["outlet"] == "The Gulf Reform Digest"


@pytest.mark.parametrize(
    ("first", "url"),
    [
        # a name that spells another site's label: the address names the outlet
        ("The Gulf Reform Digest", "https://gulfdigestnews.com/category/asia/"),
        # a headline, not a name
        ("Ministers Meet Again In Riyadh", "https://thegulfreformdigest.com/category/asia/"),
    ],
)
def test_a_line_that_does_not_spell_the_label_leaves_the_domain(first: str, url: str) -> None:
    doc = read_page(PAGE.format(first=first), url)
    assert doc["outlet"] != first


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The New Saudi Arabia", "The New Saudi Arabia"),
        ("Voice of the Delta", "Voice of the Delta"),
        ("Vietnam and Saudi ministers discuss labour links", ""),  # lower-case words
        ("Vietnam 2030 Forum", ""),  # a figure
        ("Digest", ""),  # one word
        ("The Very Long Name Of A Regional Monthly Review", ""),  # too many words
    ],
)
def test_title_line_name(text: str, name: str) -> None:
    assert title_line_name(text) == name
