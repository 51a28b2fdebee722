"""A view counter under a page's first-line date (held-out 110): the post's statistics, so
the date over it is the post's own, not the site's clock."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.view_counters import view_counter

_BODY = (
    "Night markets on both sides of the pass stay open late for the lychee harvest\n\n"
    "Border markets have extended their hours into the evening as the harvest peaks, traders "
    "said, and a second row of cold-storage containers stands near the checkpoint.\n\n"
    "Officials said the longer hours had cut queues at the gate by almost half.\n"
)


def test_a_date_over_a_view_counter_dates_the_post() -> None:
    page = f"June 3, 2024, 9:40 a.m.\n\n\n  • views:812\n\n{_BODY}"
    date = read_article(page).header_date
    assert date is not None and str(date.date_start.date()) == "2024-06-03"


def test_a_date_over_a_listed_item_stays_the_sites_clock() -> None:
    """fix88b's form is kept: a first-line date over a bulleted item's title is a clock."""
    page = (
        "Monday, 3/6/2024\n  • Night markets stay open late for the lychee harvest\n"
        "Border markets have extended their hours into the evening, traders said.\n"
        "  • Ferry crossing adds a night service\nThe ferry will run all night.\n"
    )
    assert read_article(page).header_date is None


@pytest.mark.parametrize(
    ("line", "counter"),
    [
        ("  • views:4127", True),
        ("Views: 120", True),
        ("1,204 views", True),
        ("Reads 56", True),
        # negatives: headlines and items that only start or end with the words
        ("Views rise on a new border market", False),
        ("  • Night markets stay open late", False),
        ("Reads: the new law on river ports", False),
        ("1,204 views of the border posted online", False),
        ("Hanoi, May 5 (VNA) - 1,200 visitors", False),
    ],
)
def test_view_counters(line: str, counter: bool) -> None:
    assert view_counter(line) is counter
