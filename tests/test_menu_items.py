"""A menu's items are no names of the site (fix36d, held-out 121; placeholder pages): a line
inside a stack of short menu lines ("About the Office" / "Delta & UN" / "Press Releases")
is dropped from ``site_names``, so a menu item that spells the address does not name the
outlet; a masthead over or under the menu, and a name standing alone, are kept."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.menu_items import menu_items
from tests.page_reading import read_page

_STORY = """
Regular press briefing on the ferry talks

The spokesperson answered questions on the ferry talks between the two river provinces.

The talks resume next month in the port city, the office said.
"""
#: A clock line, then the menu, then the story.
MENU_PAGE = (
    "Monday, March 27 2017, 05:16 PM (GMT - 5)\nAbout the Office\nDelta & UN\n"
    "Press Releases\nConsular Services\n" + _STORY
)
#: The same name as the site's masthead over the menu.
MASTHEAD_PAGE = "Delta & UN\nAbout the Office\nPress Releases\nConsular Services\n" + _STORY

URL = "http://www.delta-un.org/en/news.php?id=1"


def test_a_menu_item_that_spells_the_address_is_no_site_name() -> None:
    page = read_article(MENU_PAGE)
    assert "Delta & UN" not in page.site_names
    assert read_page(MENU_PAGE, URL)["outlet"] == "delta-un.org"


def test_a_masthead_over_the_menu_is_kept() -> None:
    assert read_page(MASTHEAD_PAGE, URL)["outlet"] == "Delta & UN"


def test_only_lines_inside_a_stack_are_items() -> None:
    page = read_article(MENU_PAGE)
    items = menu_items(page.paragraphs)
    assert "Delta & UN" in items and "Press Releases" in items
    # negatives: the stack's first and last lines, the clock line, the story
    assert "About the Office" not in items and "Consular Services" not in items
    assert not any(any(c.isdigit() for c in item) for item in items)


def test_a_documents_heading_in_capitals_is_no_menu() -> None:
    page = read_article(
        "PDF - Delta Rights Watch\n\nadvertisement\nDELTA RIGHTS WATCH\nPUBLIC STATEMENT\n"
        "7 October 2015\n" + _STORY
    )
    assert menu_items(page.paragraphs) == set()
