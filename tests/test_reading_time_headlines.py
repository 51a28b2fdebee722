"""Tests of ``analysis.ingest.layout.reading_time_headlines``: a headline printed right
over a reading time stays the headline; a name over it is still weighed down (fix36a,
held-out 121; held-out 73)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.reading_time_headlines import headline_over_reading_time
from analysis.ingest.metadata import load_scoring

_PAGE = """Flag

An official website of the United States government

U.S. Statement at the Committee on Fisheries on Viet Nam's Port Inspection Measures
6 MINUTE READ
November 8, 2022

Statement by the United States at the Committee on Fisheries

Thank you, Chair. We thank Viet Nam for the written replies it circulated last week on its port inspection measures, and for the briefing its delegation gave.

We would ask Viet Nam to notify the measures in full, with their expected duration.
"""


def test_a_headline_over_the_reading_time_wins() -> None:
    title = "U.S. Statement at the Committee on Fisheries on Viet Nam's Port Inspection Measures"
    assert read_article(_PAGE).title == title


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("On River Ferries", True),  # a publication's name
        ("Hanh Nguyen", True),  # a writer's name
        ("The Delta Ferry Policy Review", True),  # five words: still a name's length
        ("Why the delta ferries need a new timetable now", False),
    ],
)
def test_only_a_line_longer_than_a_name_drops_the_feature(text: str, kept: bool) -> None:
    features = headline_over_reading_time(
        ["good_length", "over_reading_time"], text, load_scoring()
    )
    assert ("over_reading_time" in features) is kept
    assert "good_length" in features


def test_no_feature_no_change() -> None:
    assert headline_over_reading_time(
        ["good_length"], "A long line of many words here", load_scoring()
    ) == ["good_length"]
