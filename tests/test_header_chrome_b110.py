"""Tests of the ``chrome`` entries of ``data/header_scoring.yaml`` changed for held-out 110:
an old mobile page's font-size tool ("+ A") as its first line, and a breadcrumb's lone
label with its colon ("You are here:"). Neither is the masthead or the headline; headlines
holding the same letters or words stay headlines."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.metadata import load_scoring

PHOTO_ITEM = (
    "+ A\n\nRiver day\n\nJune 2,2017\n"
    "Rowers race past the old bridge on the first day of a river festival in Seoul on "
    "Thursday. Teams from six cities took part, and a crew from the Mekong Delta is invited "
    "for next year. [YONHAP]\n"
)


def test_the_font_tool_over_a_photo_item_is_neither_masthead_nor_headline() -> None:
    article = read_article(PHOTO_ITEM)
    assert article.paragraphs[0].kind == "boilerplate"
    assert article.title == "River day"
    assert article.outlet != "+ A"


@pytest.mark.parametrize("line", ["+ A", "A+ A-", "- A + A", "A-", "You are here:", "You are here"])
def test_font_tools_and_the_crumb_label_are_chrome(line: str) -> None:
    assert load_scoring().chrome.fullmatch(line.strip())


@pytest.mark.parametrize(
    "line",
    [
        "A+ grades for three Hanoi schools",
        "Vitamin A + zinc tablets for flood-hit villages",
        "You are here: a guide to the new border market",
        "A new ferry for the delta",
        "Hanoi, May 5 (VNA) - A",
    ],
)
def test_headline_shaped_lines_are_not_chrome(line: str) -> None:
    assert not load_scoring().chrome.fullmatch(line)
