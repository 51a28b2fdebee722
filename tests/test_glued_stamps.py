"""Tests of ``analysis.ingest.glued_stamps`` (fix88b, held-out 88): of two time stamps run
together on one line, the first is a related item's (the line above is its title) and the
second the page's."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.glued_stamps import first_glued_stamp, over_glued_stamps, run_marks
from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines

# Our own page in the layout of held-out 88's ministry paper saved without its headline: a
# related item's title, its stamp glued to the page's own and the section, the text.
PAGE = (
    "\n"
    "Reading vans to visit three more districts\n"
    "08:40 | 02/05/2025 15:22 | 14/06/2025News and Events\n"
    "Speaking at a meeting on reading corners for workers, the deputy director praised the "
    "unions that keep the rooms open after their shifts.\n"
    "The meeting heard that forty reading corners now operate in the industrial parks of "
    "the northern provinces.\n"
)


def test_the_second_of_two_glued_stamps_is_the_page_date() -> None:
    article = read_article(PAGE)
    assert article.header_date is not None
    assert article.header_date.date_start.date() == dt.date(2025, 6, 14)


def test_a_labelled_pair_has_words_between_and_no_mark() -> None:
    # negative: "Published ... Updated ..." is left to the labels
    line = "Published 08:40 | 02/05/2025 Updated 15:22 | 14/06/2025"
    assert not first_glued_stamp(line, 18, 28)
    assert run_marks(line, 18, 28) == []


def test_a_span_keeps_its_mark() -> None:
    line = "Founder of the library (3/2/1930 - 3/2/2019)"
    assert "date_span" in run_marks(line, 24, 32)


@given(st.sampled_from([" | ", " , ", " "]), st.integers(0, 23), st.integers(1, 28))
def test_only_the_first_stamp_is_marked(sep: str, hour: int, day: int) -> None:
    first = f"{hour:02d}:15{sep}{day:02d}/05/2025"
    second = f"{hour:02d}:40{sep}{day:02d}/06/2025"
    line = f"{first} {second}News"
    date_at = first.index(f"{day:02d}/")
    assert first_glued_stamp(line, date_at, date_at + 10)
    second_at = len(first) + 1 + second.index(f"{day:02d}/")
    assert not first_glued_stamp(line, second_at, second_at + 10)


def test_the_line_over_glued_stamps_is_no_headline() -> None:
    assert read_article(PAGE).title == ""


def test_a_headline_over_one_stamp_stays_the_headline() -> None:
    # negative: the page's own headline over its own stamp alone
    page = PAGE.replace("08:40 | 02/05/2025 15:22 | 14/06/2025", "15:22 | 14/06/2025")
    assert read_article(page).title == "Reading vans to visit three more districts"
    paras = split_lines(page)
    assert not over_glued_stamps(paras, 0)
