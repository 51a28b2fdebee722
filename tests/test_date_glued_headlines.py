"""Tests of ``analysis.ingest.layout.date_glued_headlines``: a list's numeric date glued before a
headline ("12.16.22How Well ...") is cut off the page's title (held-out 93)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.date_glued_headlines import without_glued_stamp

#: A magazine's topic page copied as text: each item's type label, then its day glued to
#: its title, then its teaser (placeholder items).
TOPIC_PAGE = """Conversation
11.04.21How Are the Delta Towns Sharing Their Ferry Landings?
The ferry board met the town councils last month to agree on the landings of the new night service. The meetings came after a year of disputes over the timetable...
Viewpoint
02.19.20Why the River Commission Keeps Its Gauges Open
The commission's engineers said the readings would stay public, whatever the upstream towns decide...
"""


def test_a_topic_page_headline_loses_its_glued_day() -> None:
    article = read_article(TOPIC_PAGE)
    assert article.title == "How Are the Delta Towns Sharing Their Ferry Landings?"


def test_a_headline_opened_by_a_spaced_date_keeps_it() -> None:
    text = "30.4.1975 The day the ferries stopped\n\nThe ferries stopped at noon, the crews said.\n"
    assert without_glued_stamp("30.4.1975 The day the ferries stopped") == (
        "30.4.1975 The day the ferries stopped"
    )
    assert read_article(text).title.startswith("30.4.1975")


def test_a_stamp_that_is_no_day_or_leaves_too_few_words_stays() -> None:
    assert without_glued_stamp("13.13.13Three towns agree on fares") == (
        "13.13.13Three towns agree on fares"
    )
    assert without_glued_stamp("2023-05-01Talks") == "2023-05-01Talks"


_WORDS = st.lists(
    st.sampled_from(["Ferry", "Towns", "Agree", "River", "Landing", "Fares", "Night"]),
    min_size=3,
    max_size=8,
).map(" ".join)


@given(day=st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)), words=_WORDS)
def test_any_real_day_glued_before_a_headline_is_cut(day: dt.date, words: str) -> None:
    for stamp in (
        day.strftime("%m.%d.%y"),
        day.strftime("%d.%m.%Y"),
        day.strftime("%Y-%m-%d"),
        day.strftime("%d/%m/%Y"),
    ):
        assert without_glued_stamp(stamp + words) == words
        assert without_glued_stamp(f"{stamp} {words}") == f"{stamp} {words}"
