"""Tests of ``page_rules.TIME_OF_DAY``: a time closed by an hour mark ("07:25h."), as a
widely copied news template prints its "Posted on:" line, is a time (fix43e)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import dateline_date
from analysis.ingest.page_rules import TIME_OF_DAY, load_rules

#: A post's header (held-out 149's layout, placeholder words): the posted and updated
#: lines with an hour mark after each time, no headline, the text.
_POSTED = "\n\n".join(
    [
        "Posted on: March 4, 2021, 18:05h. ",
        "Last updated on: March 5, 2021, 09:10h.",
        "Ferry crews on the lower river asked the town for longer landing hours before the "
        "dry season, saying night crossings had doubled since the new toll.",
        "The town's clerk said the council would answer them at its next monthly meeting.",
    ]
)


def test_a_time_with_an_hour_mark_is_a_time() -> None:
    assert TIME_OF_DAY.search("March 4, 2021, 18:05h.")
    assert not TIME_OF_DAY.search("18:05hours")
    assert dateline_date("Posted on: March 4, 2021, 18:05h.", load_rules()) is not None


def test_a_posted_on_line_with_an_hour_mark_dates_the_page() -> None:
    article = read_article(_POSTED)
    assert article.header_date is not None
    assert article.header_date.text == "March 4, 2021"
