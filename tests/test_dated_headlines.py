"""A post's date printed before its headline on the headline's line
(``ingest/dated_headlines.py``, fix36c)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from analysis.ingest.dated_headlines import title_without_own_date, without_own_date
from analysis.ingest.layout import read_article

_PAGE = (
    "River Blogs\n\nMarch 9, 2010 Weekly Roundup\n\nFerry Fares\n\nFerry Fares\n\n"
    "Delta – Ferry operators woke up this morning to a new timetable. The river authority "
    "moved the first crossing forward by half an hour, and fares stay as they were:\n\n"
    '"Operators said the change would help market traders reach the far bank earlier."\n'
)


def test_the_post_s_date_opening_its_headline_is_left_out() -> None:
    article = read_article(_PAGE)
    assert article.title == "Weekly Roundup"
    assert article.header_date is not None and article.header_date.text == "March 9, 2010"


def test_the_title_is_mended_in_place() -> None:
    article = SimpleNamespace(
        title="March 9, 2010 Weekly Roundup",
        title_source="line 3",
        header_date=SimpleNamespace(text="March 9, 2010", precision="day"),
        header_evidence="March 9, 2010 Weekly Roundup",
    )
    title_without_own_date(article)
    assert article.title == "Weekly Roundup"
    assert "dated_headlines" in article.title_source


@pytest.mark.parametrize(
    ("title", "evidence", "date", "precision"),
    [
        # the page dated by another line: a date inside the headline is the headline's
        ("April 30, 1975 Ferries Remembered", "By Le Hoa, May 2, 2025", "May 2, 2025", "day"),
        # a year alone
        ("1975 Ferries Remembered", "1975 Ferries Remembered", "1975", "year"),
        # one word after the date
        ("March 9, 2010 Roundup", "March 9, 2010 Roundup", "March 9, 2010", "day"),
        # the words after the date go on in small letters: a sentence
        ("March 9, 2010 was a busy day", "March 9, 2010 was a busy day", "March 9, 2010", "day"),
        # the date inside the line, not opening it
        ("Roundup for March 9, 2010", "Roundup for March 9, 2010", "March 9, 2010", "day"),
    ],
)
def test_a_date_that_is_no_post_stamp_stays(
    title: str, evidence: str, date: str, precision: str
) -> None:
    assert without_own_date(title, evidence, date, precision) == title
