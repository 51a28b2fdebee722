"""Tests of ``analysis.ingest.item_openings``: a listing's items opened alike before their
dates are listed items' (fix81), the first item's teaser under the headline excepted (its day
is the listing page's, held-out 123)."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.date_scoring import absolute_dates
from analysis.ingest.item_openings import repeated_item_opening
from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines

# A writer's home page listing his columns (held-out 81's layout, placeholder text): each
# item a title, then the paper and the day glued to the column's first sentences.
LISTING = (
    "Rail gauges still divide the region's freight\n"
    "The Daily Ledger, 4 March 2019 Freight trains crossing the border still stop to change "
    "bogies, since the two networks were laid to different gauges a century ago.\n\n"
    "Bus routes that tie border markets together\n"
    "The Daily Ledger, 25 February 2019 A new bus route links three border markets, and "
    "traders say it has cut a day from their weekly trips to sell cloth and spices.\n"
)


def test_a_listing_is_dated_by_its_first_items_teaser() -> None:
    # (held-out 123) The zoo's listing rule dates a listing page by its first item (held-out
    # 81's gold was corrected to it after fix81): the teaser right under the page's headline
    # keeps its day; a later item's opening alike is still a listed item's.
    assert str(read_article(LISTING).header_date.date_start.date()) == "2019-03-04"
    alike = split_lines(LISTING)
    alike[1].kind = alike[3].kind = "body"
    first, later = absolute_dates(alike[1].text)[0], absolute_dates(alike[3].text)[0]
    prefix = "The Daily Ledger, "
    assert not repeated_item_opening(alike, 1, prefix, first, absolute_dates, title_index=0)
    assert repeated_item_opening(alike, 3, prefix, later, absolute_dates, title_index=0)
    assert repeated_item_opening(alike, 1, prefix, first, absolute_dates, title_index=2)


def test_a_single_item_keeps_its_date() -> None:
    # negative: the first item alone is a dated article
    page = LISTING.split("\n\n")[0] + "\n"
    assert str(read_article(page).header_date.date_start.date()) == "2019-03-04"


def test_items_opened_by_different_places_keep_the_first_date() -> None:
    # negative: "Place Date, XX." openings with different places are no repeated opening
    paras = split_lines(LISTING.replace("The Daily Ledger, 25", "The Weekly Post, 25"))
    paras[1].kind = paras[3].kind = "body"
    day = absolute_dates(paras[1].text)[0]
    assert not repeated_item_opening(paras, 1, "The Daily Ledger, ", day, absolute_dates)
    alike = split_lines(LISTING)
    alike[1].kind = alike[3].kind = "body"
    assert repeated_item_opening(alike, 1, "The Daily Ledger, ", day, absolute_dates)


def test_the_same_opening_and_day_printed_twice_is_no_list() -> None:
    # negative: a page's header line printed twice (a clip's "Clip: 3/4/2019" above both
    # copies of its description) keeps its date
    page = LISTING.replace("The Daily Ledger, 25 February 2019", "The Daily Ledger, 4 March 2019")
    assert str(read_article(page).header_date.date_start.date()) == "2019-03-04"


@settings(max_examples=40, deadline=None)
@given(
    paper=st.text(string.ascii_letters + " ", min_size=3, max_size=20).filter(
        lambda t: sum(c.isalpha() for c in t) >= 3 and t.strip() == t
    ),
    day=st.integers(1, 28),
)
def test_any_opening_repeated_before_a_date_is_read(paper: str, day: int) -> None:
    text = f"{paper}, {day} May 2020 Text of the first item.\n\n{paper}, 2 May 2020 Second.\n"
    paras = split_lines(text)
    for p in paras:
        p.kind = "body"  # the items' text, as the loader labels it
    first = absolute_dates(paras[0].text)[0]
    assert repeated_item_opening(paras, 0, f"{paper}, ", first, absolute_dates) == (day != 2)
    assert not repeated_item_opening(paras[:1], 0, f"{paper}, ", first, absolute_dates)
