"""A forum post's subject under its icon's line (``layout/post_icons.py``, fix38a):
"Default <subject>" over "<subject>" makes the subject the headline, over a contents
list whose first item the article prints twice. A line that only starts like the subject,
a line under "Default" alone and a headline opening with the word "default" are not
taken."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.post_icons import under_post_icon
from tests.page_reading import read_page

PAGE = [
    "River Forums",
    "",
    "Go Back   River Forums > General",
    "  #1  ",
    "Old 04-12-2004, 10:15 AM",
    "lan_h77",
    "Guest",
    "Posts: n/a",
    "Default The River Ports of the Delta",
    "",
    "The River Ports of the Delta",
    "A note drafted for the members",
    "",
    "Barges and quays",
    "The customs posts",
    "",
    "Barges and quays",
    "",
    "The delta's river ports handled more barges last year than ever before, and the quays "
    "built in the 1990s are now too short for the new boats.",
    "Port managers want the two provinces to share the cost of longer quays.",
]


def test_the_subject_under_the_post_icon_line_is_the_headline() -> None:
    assert read_page("\n".join(PAGE) + "\n")["title"] == "The River Ports of the Delta"


@pytest.mark.parametrize(
    "text",
    [
        "Default The River Ports of the Delta\nThe River Ports of the Delta and their quays",
        "Default\nThe River Ports of the Delta",
        "Default risk rises for port builders\nDefault risk rises for port builders",
        "default River Ports\nRiver Ports",  # the alt text is "Default" as printed
    ],
)
def test_lines_that_are_no_post_subject(text: str) -> None:
    assert under_post_icon(split_lines(text), 1) == []
