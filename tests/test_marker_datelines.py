"""Tests of ``analysis.ingest.layout.marker_datelines``: a date line opened by the place and
the site's own name in brackets (fix80, held-out 80's East Sea page)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.marker_datelines import marker_date
from analysis.ingest.page_rules import load_rules

RULES = load_rules()

#: A diaspora site's story: place, its name in brackets, weekday, ordinal day and time over
#: the headline and the text.
_STORY = (
    "Lyon (HILL NEWS) Tuesday, March 3rd, 2020 / 08:45 AM\n\n"
    "Orchard fair: growers share their presses\n\n"
    "The third fair of the upland orchards opened in Da Lat on Monday with forty growers.\n\n"
    "The growers agreed to share their cider presses for the coming season.\n"
)


def test_a_place_and_bracketed_name_before_a_date_is_a_date_line() -> None:
    article = read_article(_STORY)
    assert article.paragraphs[0].kind == "dateline"
    assert article.title == "Orchard fair: growers share their presses"


def test_a_lede_after_a_place_and_agency_is_no_date_line() -> None:
    lede = "HANOI (VNA) The growers met on Tuesday, March 3, 2020, in Da Lat."
    assert marker_date(lede, RULES) is None
    assert marker_date("Tuesday, March 3rd, 2020 / 08:45 AM", RULES) is None  # no place


@given(
    st.sampled_from(["Lyon", "Da Lat", "New Delhi", "HANOI"]),
    st.sampled_from(["HILL NEWS", "VNA", "EAST SEA"]),
    st.text(alphabet="abcdefg ", min_size=3, max_size=40),
)
def test_words_after_the_bracketed_name_are_no_date_line(place: str, name: str, words: str) -> None:
    """Running words after the bracketed name, with no date, never make a date line."""
    assert marker_date(f"{place} ({name}) {words}", RULES) is None
