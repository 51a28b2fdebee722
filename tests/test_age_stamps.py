"""A date shown with its age in brackets (a mail client's sending time) weighs as a clock
(fix37b): the pasted story's own date outranks it; alone, it still dates the page; an age
in running text or a date without an age changes nothing."""

from dataclasses import dataclass

import pandas as pd
import pytest

from analysis.ingest.age_stamps import age_marks, aged_stamp
from tests.page_reading import read_page

MAIL = """Delta ferry boards: three provinces and one shared repair yard
Inbox

Lan Pham <lan.pham@example.org>
\t{stamp}
to me

Delta ferry boards: three provinces and one shared repair yard
https://www.river-institute.example.org/blog/ferry-boards-share-their-repair-yards/

Shared from the river institute's site, for the delta file.

Delta ferry boards: three provinces and one shared repair yard
Minh Anh Vo
{story_date}
Three provinces on the lower river agreed to pool their repair yards, so that a ferry damaged on one bank can be fixed on the other without waiting for a new permit.
The agreement also sets one price list for spare parts and a shared roster of mechanics for the busy season.
"""


def _published(stamp: str, story_date: str) -> str:
    found = read_page(MAIL.format(stamp=stamp, story_date=story_date))
    return "" if pd.isna(found["published"]) else str(found["published"].date())


def test_the_storys_date_outranks_the_aged_mail_stamp() -> None:
    assert _published("Thu, Oct 10, 2024, 9:12 PM (2 days ago)", "Oct 7, 2024") == "2024-10-07"


def test_an_aged_stamp_alone_still_dates_the_page() -> None:
    assert _published("Thu, Oct 10, 2024, 9:12 PM (2 days ago)", "") == "2024-10-10"


@dataclass
class _Line:
    text: str
    kind: str = "dateline"
    line: int = 1


@pytest.mark.parametrize(
    ("lines", "marks"),
    [
        (["Thu, Oct 10, 2024, 9:12 PM", "(2 days ago)"], ["site_clock"]),  # split off
        (["Thu, Oct 10, 2024, 9:12 PM (2 days ago)", "to me"], ["site_clock"]),
        # no age beside the sending time, or an age in running text: no mark
        (["Thu, Oct 10, 2024, 9:12 PM", "to me"], []),
        (["Oct 7, 2024", "The boards met two days ago (Monday) in Can Tho."], []),
    ],
)
def test_the_marks(lines: list[str], marks: list[str]) -> None:
    assert age_marks([_Line(t) for t in lines], 0) == marks


def test_the_stamp() -> None:
    assert aged_stamp("10/10/2024 21:12 (about an hour ago)")
    assert not aged_stamp("(2 days ago)")
    assert not aged_stamp("The board met two days ago (Monday) in Can Tho")
