"""Tests of ``writers_in_text`` (``data/header_scoring.yaml``): a writer named after
"writes" closing a standfirst keeps every word of a three-word name (placeholder pages)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

PAGE = """River Post

Ferry links across the border river reopen after the floods

{standfirst}

Boats carrying traders and their goods crossed the river again on Monday, three weeks after the floods closed both landing stages.

Officials of the two border districts said the timetable would return to four crossings a day by the end of the month.
"""


@pytest.mark.parametrize(
    ("standfirst", "writer"),
    [
        ("The crossings matter more than the bridges, writes Hoang Thi Ngoc.", "Hoang Thi Ngoc"),
        ("The crossings matter more than the bridges, writes Anna Berg.", "Anna Berg"),
        (
            "The crossings matter more than the bridges, writes river trader Hoang Thi Ngoc.",
            "Hoang Thi Ngoc",
        ),
    ],
)
def test_the_whole_name_after_writes(standfirst, writer):
    assert read_article(PAGE.format(standfirst=standfirst)).author == writer


def test_a_quoted_speaker_is_no_writer():
    standfirst = "The crossings matter more than the bridges, said Hoang Thi Ngoc on Monday."
    assert read_article(PAGE.format(standfirst=standfirst)).author == ""
