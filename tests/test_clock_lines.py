"""Tests of ``analysis.ingest.clock_lines`` (fix88b, held-out 88 and 56): a date alone on
the page's first line with the same line again or a bulleted list's item under it is the
site's clock, not the page's date."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.clock_lines import clock_marks, dated_item_twice, unheaded_clock
from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines

# Our own page in the layout of held-out 88's old theory-journal list: the site's clock,
# then items "  • title" each with a summary indented four spaces, no item dates.
LIST_PAGE = (
    "Monday, 14/3/2016\n"
    "  • Commune reading rooms get a shelf of theory journals\n\n"
    "    The editorial board has drafted a plan to send back issues to reading rooms in "
    "the hill districts before the rainy season.\n\n"
    "  • Two national libraries agree to swap catalogues every year\n\n"
    "    The libraries signed their first exchange agreement many years ago and now plan "
    "to share their catalogues online.\n"
)

# Our own page in the layout of held-out 56's ministry paper pasted from its header: the
# clock twice (header and menu bar), the hotline, the story's paragraphs, no headline.
TWICE_PAGE = (
    "June 3, 2025 | 08:41 GMT +7\n"
    "June 3, 2025 | 08:41 GMT +7\n"
    "Hotline: 0900.000.000\n"
    "A team of librarians spent five days visiting reading rooms in three provinces to "
    "check how the new book vans are used.\n"
    "The visit is the last step before the vans start their weekly rounds next month.\n"
)

# The same date over a headline: a paper's (or a blog's) date line, the page's date.
HEADED_PAGE = (
    "Monday, 14/3/2016\n"
    "Commune reading rooms get a shelf of theory journals\n\n"
    "The editorial board has drafted a plan to send back issues to reading rooms in the "
    "hill districts before the rainy season.\n\n"
    "Officials said the first parcels would leave the capital next week.\n"
)


def test_a_clock_over_a_bulleted_list_dates_nothing() -> None:
    article = read_article(LIST_PAGE)
    assert article.header_date is None


def test_a_clock_printed_twice_over_the_header_dates_nothing() -> None:
    article = read_article(TWICE_PAGE)
    assert article.header_date is None


def test_the_same_date_over_a_headline_stays_the_page_date() -> None:
    # negative: a date line over a headline is no clock by this rule
    article = read_article(HEADED_PAGE)
    assert article.header_date is not None
    assert article.header_date.date_start.date() == dt.date(2016, 3, 14)


def test_the_marks_name_the_feature_only_for_the_first_lines() -> None:
    paras = split_lines(TWICE_PAGE)
    assert clock_marks(paras, 0, "dateline") == ["unheaded_clock"]
    assert clock_marks(paras, 1, "dateline") == ["unheaded_clock"]
    assert clock_marks(paras, 2, "dateline") == []
    assert clock_marks(paras, 0, "header_line") == []  # a date inside other words


@given(st.sampled_from(["Hotline: 0900.000.000", "Readers share their book lists", "1. First"]))
def test_a_first_line_over_anything_else_is_no_unheaded_clock(second: str) -> None:
    paras = split_lines(f"Monday, 14/3/2016\n{second}\nA sentence of text follows here.\n")
    assert not unheaded_clock(paras, 0, "dateline")


# (held-out 101) A listing's first item titled by its day: its title twice over its teaser,
# the next item printed the same way. Our own lines in the layout of a broadcaster's search
# results page.
DATED_ITEM_PAGE = (
    "Wednesday October 7, 2020\n"
    "Wednesday October 7, 2020\n"
    "(VOVWORLD) - Greetings to our listeners. This week we read letters from Kenya and Peru "
    "and answer a question about the first broadcasts in Lao, which...\n"
    "Ferry towns open a shared reading room\n"
    "Ferry towns open a shared reading room\n"
    "(VOVWORLD) - Two ferry towns on the Red River have opened a reading room on the "
    "landing stage, with books given by the provincial library and...\n"
)


def test_a_listings_first_item_titled_by_its_day_is_no_clock() -> None:
    paras = split_lines(DATED_ITEM_PAGE)
    assert dated_item_twice(paras)
    assert not unheaded_clock(paras, 0, "dateline")
    assert read_article(DATED_ITEM_PAGE).header_date is not None


def test_a_clock_twice_over_a_hotline_or_a_headline_stays_a_clock() -> None:
    # negatives: the clock twice over the hotline, or over a headline printed twice and its
    # lede (a story page, not a listing: no teaser right under the clock)
    assert not dated_item_twice(split_lines(TWICE_PAGE))
    assert unheaded_clock(split_lines(TWICE_PAGE), 0, "dateline")
    story = TWICE_PAGE.replace(
        "Hotline: 0900.000.000\n",
        "Book vans reach the hill districts\nBook vans reach the hill districts\n",
    )
    assert not dated_item_twice(split_lines(story))
    # a dated pair over its teaser with no later item: not enough to call it a listing
    assert not dated_item_twice(split_lines(DATED_ITEM_PAGE.split("Ferry towns")[0]))
