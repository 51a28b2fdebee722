"""Tests of ``analysis.ingest.layout.masthead_dates``: a newspaper issue's day read from the
masthead run of a document host's front-page text (fix81)."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.date_memo import absolute_dates
from analysis.ingest.layout import read_article
from analysis.ingest.layout.masthead_dates import _ADDRESS_THEN_DAY, masthead_run_day

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
    # The run's "Vol. II, No. 40 ... 2020" may still give the year (fix36e's
    # citation_years, a volume and issue with a year near them), never the weekday's day.
    date = read_article(page).header_date
    assert date is None or (date.precision, date.text) == ("year", "2020")
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


def _masthead_run_day_slow(text: str) -> str | None:
    """``masthead_run_day`` without perf30's "day" gate: the pattern run on every line."""
    found = _ADDRESS_THEN_DAY.search(text)
    if found is None:
        return None
    dates = absolute_dates(found.group("day"))
    return found.group("day") if dates and dates[0].precision == "day" else None


@given(
    st.sampled_from(["", "Vol. IV 1379 ME ", "HEAD ", "today "]),
    st.sampled_from(["www.paper.example", "paper.example.mm", "paper", "www.x"]),
    st.sampled_from([" ", "  ", "", "\n"]),
    st.sampled_from(["Monday, ", "MONDAY ", "sunday ", "TueSDay,", "Fri ", "ToDay, ", ""]),
    st.sampled_from(["25 September 2017", "July 15, 2018", "15 July", "31 February 2017"]),
    st.sampled_from(["", " HEAD", ".", " 2"]),
)
def test_the_day_gate_keeps_every_answer_of_the_pattern(
    head: str, address: str, space: str, weekday: str, day: str, tail: str
) -> None:
    # perf30: masthead runs of an address, a weekday in any case (or none) and a date
    text = head + address + space + weekday + day + tail
    assert masthead_run_day(text) == _masthead_run_day_slow(text)
