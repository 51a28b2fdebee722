"""Tests of ``analysis.ingest.layout.masthead_dates``: a newspaper issue's day read from the
masthead run of a document host's front-page text (fix81)."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.masthead_dates import masthead_run_day

# A document host's copy of a paper's front page (held-out 81's layout, placeholder text):
# the host's rows, then the front page run together, the masthead inside it.
FRONT_PAGE = (
    "Harbour dredging starts before the monsoon\n\n"
    "Size: px\n\n"
    "Transcription\n\n"
    "1 FERRY TIMETABLES CHANGE PAGE-4 (LOCAL) Vol. II, No. 40, Issue of the Month "
    "www.harbourdaily.example Tuesday, 3 March 2020 HARBOUR DREDGING STARTS BEFORE THE "
    "MONSOON The port authority began dredging the main channel yesterday so that larger "
    "ships can berth before the rains. Crews will work through the night for two weeks.\n"
)


def test_the_day_after_the_papers_address_in_a_masthead_run_dates_the_page() -> None:
    article = read_article(FRONT_PAGE)
    assert str(article.header_date.date_start.date()) == "2020-03-03"


def test_without_the_address_before_it_the_weekday_date_is_not_read() -> None:
    # negative: the same run without the paper's address gives no date
    page = FRONT_PAGE.replace("www.harbourdaily.example ", "")
    assert read_article(page).header_date is None
    assert masthead_run_day("Seen at the harbour on Tuesday, 3 March 2020 by crews") is None


@settings(max_examples=60, deadline=None)
@given(
    host=st.text(string.ascii_lowercase, min_size=3, max_size=15),
    day=st.integers(1, 28),
    month=st.sampled_from(["January", "March", "July", "October"]),
    year=st.integers(1995, 2030),
    before=st.text(string.ascii_letters + " ,.", max_size=40),
    after=st.text(string.ascii_letters + " ,.", max_size=40),
)
def test_any_address_then_weekday_and_date_is_read(
    host: str, day: int, month: str, year: int, before: str, after: str
) -> None:
    day_text = f"Friday, {day} {month} {year}"
    assert masthead_run_day(f"{before} www.{host}.example {day_text} {after}") == day_text
