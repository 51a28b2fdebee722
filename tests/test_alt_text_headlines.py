"""Tests of ``analysis.ingest.layout.alt_text_headlines``: a date line that the lead
photo's alt text repeats is the headline (held-out 63's radio letter box)."""

from __future__ import annotations

from analysis.ingest.layout import read_article

#: VOV World's letter box: the headline is the broadcast day, the photo's alt text repeats it.
_LETTER_BOX = (
    "Wednesday March 6, 2024\n\n"
    "(VOVWORLD) -  Photos of spring festivals from many towns filled our inbox in recent "
    "days, together with questions about the kite festivals held in northern provinces.\n\n"
    "Wednesday March 6, 2024 - ảnh 1\n\n"
    "B: Thank you all for the photos. We are especially pleased to see how many of you have "
    "visited Vietnam and still remember its spring markets.\n"
)


def test_a_date_line_repeated_as_the_photos_alt_text_is_the_headline() -> None:
    article = read_article(_LETTER_BOX)
    assert article.title == "Wednesday March 6, 2024"
    assert article.header_date is not None  # still the page's date


def test_a_date_line_without_the_alt_text_stays_the_date_line() -> None:
    page = _LETTER_BOX.replace("Wednesday March 6, 2024 - ảnh 1\n\n", "")
    assert read_article(page).title == ""
    # the alt text of another line is no repeat of the date line
    other = _LETTER_BOX.replace("2024 - ảnh 1", "2024 at the station - ảnh 1")
    assert read_article(other).title == ""


#: (held-out 101) Our own page in the layout of the broadcaster's search results page:
#: each item's title twice over its teaser, the first item a letter box titled by its day.
_SEARCH_PAGE = (
    "Wednesday October 7, 2020\n\n"
    "Wednesday October 7, 2020\n\n"
    "(VOVWORLD) - Greetings to our listeners. This week we read letters from Kenya and Peru "
    "and answer a question about the station's first broadcasts in Lao, which...\n"
    "Ferry towns open a shared reading room\n\n"
    "Ferry towns open a shared reading room\n\n"
    "(VOVWORLD) - Two ferry towns on the Red River have opened a reading room on the landing "
    "stage, with books given by the provincial library and by passengers who...\n"
)


def test_a_listings_first_item_titled_by_its_day_is_the_headline() -> None:
    article = read_article(_SEARCH_PAGE)
    assert article.title == "Wednesday October 7, 2020"
    assert article.header_date is not None  # the first item's day dates the page


def test_a_date_twice_over_a_teaser_with_no_item_after_it_stays_a_date_line() -> None:
    # negative: without a later item printed the same way, nothing says "listing"
    first_item = _SEARCH_PAGE.split("Ferry towns")[0]
    assert read_article(first_item).title == ""
