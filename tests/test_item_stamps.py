"""A listing saved with each item on one line closed by its stamp (held-out 129,
``layout/item_stamps.py``): the first item's date. Placeholder pages."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.item_stamps import closing_stamp, stamped_item_date
from analysis.ingest.page_rules import load_rules

LISTING = """Ferry crossing reopens after repairs The river ferry between the two districts resumed service on Monday after a month of repairs to its landing stages. 16:42 | 15/03/2023
Border market adds a weekend session Traders on both sides of the border will be able to sell at the joint market on Sundays from next month. 10:05 | 02/03/2023
"""


def _day(page: str) -> str:
    found = read_article(page).header_date
    return "" if found is None else str(found.date_start)[:10]


def test_first_stamped_item_dates_the_listing() -> None:
    assert _day(LISTING) == "2023-03-15"


def test_stamp_forms() -> None:
    assert closing_stamp("Title. Teaser ends here. 02/03/2023 10:05") == "02/03/2023 10:05"
    assert closing_stamp("Title. Teaser ends here. 2.3.2023") == "2.3.2023"
    assert closing_stamp("The deal was signed on 15/03/2023.") == ""


def test_one_stamped_line_is_no_listing() -> None:
    page = (
        "Ferry crossing reopens after repairs\n\n"
        "The river ferry resumed service on Monday after repairs, officials said 15/03/2023\n"
        "The district will add a second boat in the summer, when traffic peaks.\n"
    )
    article = read_article(page)
    article.header_date = None  # the rule alone: one stamped line is no listing
    stamped_item_date(article, load_rules())
    assert article.header_date is None
