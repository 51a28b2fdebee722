"""Tests of ``analysis.ingest.layout.dated_sources``: a date line closed by the story's
source credit ("June 8, 2019 | Source: VNA") is the story's date line, not a caption, so
it dates the page; a caption that names a date in its words stays a caption (fix38d)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.dated_sources import date_before_credit
from analysis.ingest.page_rules import load_rules

#: A placeholder story: headline, the date line with its source, two paragraphs.
STORY = """Border commission agrees on the last markers

{line}

The joint border commission agreed on Friday to finish marking the last section of the land border before the end of next year.

Survey teams of both sides will return to the field in November, when the rivers go down.
"""

#: A placeholder reader tool's copy: its stamp glued to the site's source line, no headline.
READER_COPY = """ date 2019-06-08 Source: KN

The joint border commission agreed on Friday to finish marking the last section of the land border before the end of next year.

Survey teams of both sides will return to the field in November, when the rivers go down.
"""


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("June 8, 2019 | Source: VNA", "2019-06-08"),
        ("08/06/2019 Source: VNA", "2019-06-08"),
        ("June 8, 2019 - Photo: VNA", "2019-06-08"),
        ("Saturday, 8 June 2019 Source: Xinhua", "2019-06-08"),
    ],
)
def test_a_date_line_with_its_source_dates_the_page(line: str, day: str) -> None:
    article = read_article(STORY.format(line=line))
    assert article.paragraphs[1].kind != "caption"
    assert str(article.header_date.date_start.date()) == day
    assert article.title == "Border commission agrees on the last markers"


def test_a_reader_stamp_before_a_source_line_dates_the_copy() -> None:
    article = read_article(READER_COPY)
    assert str(article.header_date.date_start.date()) == "2019-06-08"
    assert article.title == ""


@pytest.mark.parametrize(
    "line",
    [
        "Officials meet in Siem Reap on June 8, 2019 (Photo: VNA)",
        "Survey teams at marker 12, June 8, 2019. Photo: VNA",
        "Hanoi, June 8, 2019 - Photo: VNA",
    ],
)
def test_a_caption_naming_a_date_stays_a_caption(line: str) -> None:
    article = read_article(STORY.format(line=line))
    assert article.paragraphs[1].kind == "caption"


def test_the_words_before_the_credit() -> None:
    rules = load_rules()
    assert date_before_credit("June 8, 2019 | Source: VNA", rules) == "June 8, 2019"
    assert date_before_credit(" date 2019-06-08 Source: KN", rules) == "date 2019-06-08"
    assert date_before_credit("Officials meet in Hanoi. Source: VNA", rules) == ""
    assert date_before_credit("Source: VNA", rules) == ""
    assert date_before_credit("June 8, 2019", rules) == ""
