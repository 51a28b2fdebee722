"""A dateline naming a town the gazetteer lacks beside its country and the day ("Baybay
City, Philippines — December 17, 2024", held-out 133's explainer saved from its dateline)
is no byline: a name closed by a place's word ("City", "Province") is a place. A writer's
name over the day is still a byline."""

from __future__ import annotations

import pytest

from analysis.ingest.country_names import closed_by_place_word
from tests.page_reading import read_page

PAGE = (
    "{first}\n"
    "\n"
    "Rice breeders, diplomats and fishermen each play a part in how the two capitals came to "
    "trust each other. What follows is a short guide, one decade at a time.\n"
    "\n"
    "Wary Neighbours: After the War (1975-1995)\n"
    "\n"
    "For twenty years the two governments kept their distance, each busy at home. Trade was "
    "small and visits were rare.\n"
)


@pytest.mark.parametrize(
    "first",
    [
        "Baybay City, Philippines — December 17, 2024",
        "Tuy Hoa City — December 17, 2024",
        "Kon Tum Province, Vietnam — December 17, 2024",
    ],
)
def test_a_dateline_of_an_unlisted_town_names_no_writer(first: str) -> None:
    row = read_page(PAGE.format(first=first))
    assert row["author"] == ""
    assert str(row["published"])[:10] == "2024-12-17"


def test_a_writer_over_the_day_is_still_read() -> None:
    row = read_page(PAGE.format(first="Maria Santos — December 17, 2024"))
    assert row["author"] == "Maria Santos"


@pytest.mark.parametrize(
    ("words", "place"),
    [("Baybay City", True), ("Quang Tri Province", True), ("Gareth Ward", False), ("Ha", False)],
)
def test_which_names_end_with_a_place_word(words: str, place: bool) -> None:
    assert closed_by_place_word(words.split()) is place
