"""Tests of ``analysis.ingest.stacked_dates`` (title77b, held-out 77): of two bare dates
stacked above the headline, the first and later is the site's "today", the second the
story's day."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.date_scoring import absolute_dates
from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.stacked_dates import stacked_today

# Our own page in the layout of held-out 77's provincial radio: the station's name, the
# day the page was saved, the story's day, the headline, the byline, the text.
PAGE = (
    "Radio Riverside Weekly\n"
    "Thursday, March 7, 2024\n"
    "Tuesday, November 14, 2023\n\n"
    "Volunteer teachers open a reading room in a hill village\n\n"
    "By Marta Quiroga Lenz\n\n"
    "Eight volunteer teachers opened a small reading room in a hill village last week. "
    "The room holds about four hundred books in two languages.\n\n"
    "Parents said the room would stay open on weekends so that older pupils can study there.\n"
)


def _day(article) -> dt.date | None:
    found = article.header_date
    return found.date_start.date() if found is not None else None


def test_the_later_date_printed_first_is_the_site_clock() -> None:
    assert _day(read_article(PAGE)) == dt.date(2023, 11, 14)


def test_the_earlier_date_printed_first_is_left_to_the_other_features() -> None:
    # negative: stacked the other way round, the rule says nothing
    swapped = PAGE.replace("Thursday, March 7, 2024\nTuesday, November 14, 2023", "X").replace(
        "X", "Tuesday, November 14, 2023\nThursday, March 7, 2024"
    )
    paras = split_lines(swapped)
    for p in paras[1:3]:
        p.kind = "dateline"
    assert not stacked_today(paras, 1, 4, absolute_dates)


def test_a_blank_line_between_the_dates_or_the_headline_between_breaks_the_stack() -> None:
    paras = split_lines(PAGE.replace("2024\nTuesday", "2024\n\nTuesday"))
    for p in paras[1:3]:
        p.kind = "dateline"
    assert not stacked_today(paras, 1, 4, absolute_dates)  # not on consecutive lines
    paras = split_lines(PAGE)
    for p in paras[1:3]:
        p.kind = "dateline"
    assert stacked_today(paras, 1, 3, absolute_dates)
    assert not stacked_today(paras, 1, 2, absolute_dates)  # the second line is the headline's


@given(st.dates(dt.date(1995, 1, 1), dt.date(2030, 12, 31)), st.integers(-400, 400))
def test_only_a_later_first_date_is_the_clock(first: dt.date, shift: int) -> None:
    second = first + dt.timedelta(days=shift)
    if not dt.date(1995, 1, 1) <= second <= dt.date(2030, 12, 31):
        return
    text = f"Site\n{first:%B} {first.day}, {first.year}\n{second:%B} {second.day}, {second.year}\nHead\n"
    paras = split_lines(text)
    for p in paras[1:3]:
        p.kind = "dateline"
    assert stacked_today(paras, 1, 3, absolute_dates) == (first > second)
