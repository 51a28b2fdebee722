"""A live page's kicker run into its headline (``layout/glued_kickers.py``, held-out 104)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.glued_kickers import without_glued_kicker


def test_a_kicker_glued_to_the_headline_is_dropped_from_the_title() -> None:
    page = "\n".join(
        [
            "Ferry StrikeKeepers Walk Out on the Lower River for Two Days",
            "",
            "Keepers on the lower river stopped work on Tuesday, the first strike on the ferry "
            "line since it opened in 1998, and the board said talks would resume next week.",
        ]
    )
    assert read_article(page).title == "Keepers Walk Out on the Lower River for Two Days"
    assert (
        without_glued_kicker("Strike in SaigonFerry Board Meets the Strikers on Friday Night")
        == "Ferry Board Meets the Strikers on Friday Night"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Russia and PetroVietnam Extend Their Gas Deal in the South",  # brand: "etro"
        "Meet the New VinFast Chief Who Wants a Ferry Line",  # brand: "in"
        "Ferry keepers watch the YouTube clips of the strike",  # one word, sentence case
        "Ferry KeepersStrike over the new roster on the lower river",  # rest in sentence case
        "Hanoi, May 5 (VNA) - The ferry board met the keepers.",
        "By Anna BergPublished : April 12, 2024 - 10:05",
        "Ferry SummitLeaders Meet",  # too short a rest
    ],
)
def test_a_title_without_a_glued_kicker_is_left_whole(title: str) -> None:
    assert without_glued_kicker(title) == title
