"""A document record's field lines are no headline (fix41a, held-out 135): a legal
database's copy of a decree keeps its record's "Label: value" lines ("Number: 31-CP") and
its preamble's clauses ("Considering ...;") at the top, and prints no headline of its own."""

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.record_fields import record_field
from tests.page_reading import STORY, STORY_HEADLINE

DECREE = """  • Effective Date: 04/09/2001
Number: 17-XY
Independence - Freedom - Happiness
Can Tho , September 4, 2001



Considering the need to keep the river ferries of the province in service;

With a view to training more ferry pilots in the delta towns;

On the proposal of the Director of the Provincial Transport Department,


Article 1.- A Ferry Board is hereby formed to advise the Provincial Committee on the timetables of the river ferries.

Article 2.- The Board shall meet every quarter and report on the state of the ferries each year.
"""


def test_a_record_field_line_over_a_decree_is_no_headline() -> None:
    assert read_article(DECREE).title == ""


@pytest.mark.parametrize(
    "line",
    [
        "Number: 17-XY",
        "• Effective Date: 04/09/2001",
        "Issued by: Provincial Committee",
        "Date of issue: 4 September 2001",
        "Document type: Decree",
        "No.: 12/2001/ND-CP",
    ],
)
def test_record_field_lines(line: str) -> None:
    assert record_field(line)


@pytest.mark.parametrize(
    "line",
    [
        "Vietnam: ferries run again on the upper river",
        "Status of the river ferries",
        "Number of ferry pilots doubles in two years",
    ],
)
def test_headlines_are_no_record_field(line: str) -> None:
    assert not record_field(line)


def test_a_headline_over_a_record_field_keeps_its_place() -> None:
    text = f"{STORY_HEADLINE}\n\nType: News\n\n{STORY}"
    assert read_article(text).title == STORY_HEADLINE
