"""Tests of ``analysis.ingest.layout.agency_datelines``: a lede's dateline of a place with no
comma after it, a full date and an agency's initials closed by a full stop (fix81), and of
the caption marker for a picture's credit in square brackets (``caption_markers``)."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.agency_datelines import agency_dateline
from analysis.ingest.metadata import load_scoring

# An agency's list page (held-out 81's layout, placeholder text): headline, then the lede
# opened by "Place Month D, YYYY, XX." with no comma after the place; a second item below.
AGENCY_LIST = (
    "Harbour pilots from two countries compare tide tables\n"
    "Haiphong March 14, 2022, XN. Pilots from the port authority met visiting colleagues to "
    "compare the tide tables they use when guiding container ships up the river.\n\n"
    "Lighthouse keepers trade notes on lamps\n"
    "Vung Tau March 9, 2022, XN. Keepers of three coastal lighthouses showed a visiting "
    "delegation how they service the lamps before the rainy season.\n"
)


def test_a_place_without_a_comma_a_full_date_and_agency_initials_date_the_page() -> None:
    article = read_article(AGENCY_LIST)
    assert article.header_date is not None
    assert str(article.header_date.date_start.date()) == "2022-03-14"


def test_the_opening_through_the_date_is_returned() -> None:
    assert agency_dateline("Haiphong March 14, 2022, XN. Pilots met.") == "Haiphong March 14, 2022"
    assert (
        agency_dateline("Ho Chi Minh City 4 May 2021, ABC. Text.") == "Ho Chi Minh City 4 May 2021"
    )


def test_without_the_initials_and_full_stop_no_dateline_is_read() -> None:
    # negative: a sentence opening with a capitalised word and a date is no dateline
    assert agency_dateline("Ministers March 14, 2022, met in the port city.") is None
    assert agency_dateline("Haiphong March 14, 2022. Pilots met.") is None
    assert agency_dateline("Haiphong Marsh 14, 2022, XN. Pilots met.") is None  # no month
    page = AGENCY_LIST.replace(", XN.", ".")
    assert read_article(page).header_date is None


@settings(max_examples=60, deadline=None)
@given(
    place=st.text(string.ascii_lowercase, min_size=2, max_size=12),
    day=st.integers(1, 28),
    year=st.integers(1990, 2030),
    initials=st.text(string.ascii_uppercase, min_size=2, max_size=6),
    tail=st.text(string.ascii_letters + " ,.", max_size=40),
)
def test_any_place_and_initials_give_the_opening(
    place: str, day: int, year: int, initials: str, tail: str
) -> None:
    opening = f"{place.capitalize()} April {day}, {year}"
    assert agency_dateline(f"{opening}, {initials}. {tail}") == opening
    assert agency_dateline(f"{opening}, {initials.lower()}x. {tail}") is None


# A national paper's editorial page (held-out 81's layout, placeholder text): the host and
# "| Updated:" under the headline, share buttons, a caption dated the day before closed by a
# picture's credit in square brackets.
EDITORIAL = (
    "Opinion\n"
    "Home / Opinion / Editorials\n\n"
    "Ferry rules show river towns can agree: editorial\n\n"
    "papernews.example | Updated: 2023-06-08 18:40\n"
    "Share\n"
    "A ferry crosses the river at dawn near a market town, June 7, 2023. [Photo/Agency]\n\n"
    "The new ferry rulebook agreed by the river towns sets one timetable for the crossings "
    "and one fare for passengers and bicycles on either bank.\n\n"
    "Boatmen had asked for years for the same rules on both banks of the river.\n"
)


def test_a_caption_closed_by_a_bracketed_photo_credit_gives_way_to_the_header() -> None:
    article = read_article(EDITORIAL)
    assert str(article.header_date.date_start.date()) == "2023-06-08"


def test_only_a_bracketed_credit_closing_the_line_marks_a_caption() -> None:
    marker = load_scoring().caption_marker
    assert marker.search("A ferry crosses the river, June 7, 2023. [Photo/Agency]")
    assert marker.search("Boats at the pier. [Photo by Name Surname/Paper Daily]")
    # negative: the credit inside the sentence, or a bracket of another kind, is no mark
    assert not marker.search("The [Photo/Agency] archive opened on June 7, 2023 to readers.")
    assert not marker.search("Ferry fares rise on June 7, 2023. [Updated]")
