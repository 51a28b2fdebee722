"""A headline printed twice on one line, the image's alt text glued to the title
(analysis.ingest.layout.alt_twins; held-out 125)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.alt_twins import without_alt_twin


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Ferry rules for Mekong crossings Ferry rules for Mekong crossings",
            "Ferry rules for Mekong crossings",
        ),
        # the alt text loses the apostrophe; the title as printed keeps it
        ("Laos’s new dry port opens Laoss new dry port opens", "Laoss new dry port opens"),
        ("Hanois river parks Hanoi’s river parks", "Hanoi’s river parks"),
    ],
)
def test_the_second_half_of_a_doubled_line_is_the_headline(line: str, title: str) -> None:
    assert without_alt_twin(line) == title


@pytest.mark.parametrize(
    "line",
    [
        "Hanoi Hanoi",  # too short to be two titles
        "Talks go on, talks go on",  # a headline repeating itself with a comma stays whole
        "Border gates open as border gates close",  # halves differ
        "Ports and roads ports and rails",
    ],
)
def test_other_lines_stay_whole(line: str) -> None:
    assert without_alt_twin(line) == line
