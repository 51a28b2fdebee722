"""Tests of a lone bulleted heading in capitals (fix31, held-out 95's miss): a mission's page
copied from a content system opens with "    • SCHOOL LINKS VIETNAM - NEW ZEALAND:" over a
subheading ending in a colon. With no bulleted line next to it the line is the page's
heading, not an item of a list (title feature ``list_item``), and its closing colon is
dropped past the bullet and the dash (``title_shapes.without_closing_colon``).
Placeholder pages; bulleted lists and lone bulleted lines in sentence case stay items."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.title_shapes import without_closing_colon

BODY = (
    "    Ferry operators in Harbour Town and Port Lia began sharing timetables in the late "
    "1990s, when two small companies agreed to meet each other's boats at the river mouth.\n\n"
    "    Cooperation now covers ticketing, safety drills and short exchanges of crews during "
    "the summer season.\n"
)


def test_a_lone_bulleted_heading_in_capitals_is_the_headline() -> None:
    page = f"    • FERRY LINKS HARBOUR TOWN - PORT LIA:\n\n    The ferry links at glance:\n\n{BODY}"
    assert read_article(page).title == "FERRY LINKS HARBOUR TOWN - PORT LIA"


@pytest.mark.parametrize(
    "header",
    [
        # a menu's items: bulleted lines next to each other
        "  • HOME\n  • NEWS\n\nFerry operators agree to share timetables\n",
        # a lone bulleted line in sentence case: a list's item
        "  • Read more about the ferry links\n\nFerry operators agree to share timetables\n",
    ],
)
def test_bulleted_items_stay_items(header: str) -> None:
    assert read_article(f"{header}\n{BODY}").title == "Ferry operators agree to share timetables"


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("• FERRY LINKS HARBOUR TOWN - PORT LIA:", "• FERRY LINKS HARBOUR TOWN - PORT LIA"),
        ("Mekong Water Centre:", "Mekong Water Centre"),
        ("The minister said in a statement:", "The minister said in a statement:"),
        ("Harbour Town - the ferry links at glance:", "Harbour Town - the ferry links at glance:"),
    ],
)
def test_the_closing_colon_of_a_topic_heading(title: str, kept: str) -> None:
    assert without_closing_colon(title) == kept
