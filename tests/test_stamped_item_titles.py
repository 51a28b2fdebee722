"""A listing of one-line items closed by stamps is titled by its first item (held-out
129, fix43a), on placeholder pages."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.stamped_item_titles import item_head

LISTING = (
    "Lao Cai and Hekou agree on weekend market hours Officials of the two border towns "
    "agreed on Monday to keep the market open on Sundays. 09:12 | 04/04/2022\n"
    "Bat Xat and Jinping plan joint flood drill Districts on both banks of the river will "
    "hold a joint drill in June, the first in three years. 15:30 | 28/03/2022\n"
)


def test_a_listing_of_stamped_one_line_items_is_titled_by_its_first_item():
    article = read_article(LISTING)
    assert article.title == "Lao Cai and Hekou agree on weekend market hours"


def test_stamped_items_in_title_case_give_no_title():
    page = LISTING.replace("agree on weekend market hours", "Agree On Weekend Market Hours")
    page = page.replace("plan joint flood drill", "Plan Joint Flood Drill")
    assert read_article(page).title == ""


def test_item_head_needs_a_teaser_sentence():
    assert item_head("Ports of Ha and Lo agree on night clearance Officials met 1/3/2023") == ""
