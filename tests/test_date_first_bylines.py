"""Tests of ``analysis.ingest.date_first_bylines``: a byline after the day on one line,
"June 3, 2024 | By Name", "03/06/2024 by Name" (placeholder pages)."""

from __future__ import annotations

import pytest

from analysis.ingest.date_first_bylines import label_after_date
from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules

PAGE = """River Post

Ferry links across the border river reopen after the floods

{meta}

Boats carrying traders and their goods crossed the river again on Monday, three weeks after the floods closed both landing stages.

Officials of the two border districts said the timetable would return to four crossings a day by the end of the month.
"""


@pytest.mark.parametrize(
    "meta",
    [
        "June 3, 2024 | By Hoang Thi Ngoc",
        "June 3, 2024 by Hoang Thi Ngoc",
        "03/06/2024 - By Hoang Thi Ngoc",
        "Posted on June 3, 2024 by Hoang Thi Ngoc",
        "By Hoang Thi Ngoc | June 3, 2024",
    ],
)
def test_the_writer_after_the_day(meta):
    assert read_article(PAGE.format(meta=meta)).author == "Hoang Thi Ngoc"


def test_shapes():
    rules = load_rules()
    assert label_after_date("June 3, 2024 | By A B", "By A B", rules) == "A B"
    # no date was taken out: the text is left as it is (a label there was read before)
    assert label_after_date("Story Musgrave", "Story Musgrave", rules) == "Story Musgrave"
    # a date taken out but no label after it
    assert label_after_date("June 3, 2024 Hoang Thi Ngoc", "Hoang Thi Ngoc", rules) == (
        "Hoang Thi Ngoc"
    )


def test_near_cases():
    # a day with a photographer's credit names no writer
    page = PAGE.format(meta="June 3, 2024 | Photos by Hoang Thi Ngoc")
    assert read_article(page).author == ""


def test_a_bullet_between_the_name_and_the_day():
    # "Name • <day>" (a bullet, as "Name | <day>" and "Name · <day>")
    page = PAGE.format(meta="Hoang Thi Ngoc • June 3, 2024")
    assert read_article(page).author == "Hoang Thi Ngoc"
    for meta in ("Business • June 3, 2024", "Hanoi Times • June 3, 2024"):  # a section, a paper
        assert read_article(PAGE.format(meta=meta)).author == ""
