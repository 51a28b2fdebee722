"""Tests of ``analysis.ingest.layout.closing_dates``: a headline closed by its day after its
own full stop on one line (held-out 136's ASEM press release)."""

from __future__ import annotations

from analysis.ingest.layout.closing_dates import without_closing_date
from tests.page_reading import read_page

# A press-release page of our own: the title and its day on one line.
RELEASE = (
    "River towns open a shared ferry timetable for the dry season. 14 February 2021\n\n"
    "Six river towns have agreed one timetable for their ferries, so that travellers can "
    "change boats without waiting overnight.\n\n"
    "The timetable starts next month and will be reviewed after the rains.\n"
)


def test_the_day_closing_the_headline_line_leaves_the_title() -> None:
    document = read_page(RELEASE)
    assert document["title"] == "River towns open a shared ferry timetable for the dry season."
    assert str(document["published"])[:10] == "2021-02-14"


def test_a_month_or_words_after_the_stop_stay_in_the_title() -> None:
    assert without_closing_date("Ferry towns agree. February 2021") == (
        "Ferry towns agree. February 2021"
    )
    assert without_closing_date("Ferry towns agree. Then 14 February 2021") == (
        "Ferry towns agree. Then 14 February 2021"
    )
    assert without_closing_date("Ferry timetable. 14 February 2021") == (
        "Ferry timetable. 14 February 2021"
    )
