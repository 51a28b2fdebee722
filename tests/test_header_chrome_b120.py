"""Tests of the ``chrome`` entry of ``data/header_scoring.yaml`` added for held-out 120: a
donation button's words ("Buy me a coffee") closing a web archive's capture header over the
page it holds. They are never the headline; headlines holding the same words stay
headlines."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.metadata import load_scoring

ARCHIVED_POST = (
    "archive.ph\nwebpage capture\nSaved from\nhttp://riverblog.example.com/2021/03/post.html\n"
    "history←prior next→\n12 Mar 2021 04:10:22 UTC\nAll snapshots from host riverblog.example.com\n"
    "Webpage\nScreenshot\nshare\ndownload .zip\nreport bug or abuse\nBuy me a coffee\n"
    "Thursday, March 11, 2021\n\n"
    "Ferry crews on the upper river ask for new life jackets\n\n"
    "Crews of the ferries that cross the river near the border asked the province on Tuesday "
    "for new life jackets and radios before the flood season.\n\n"
    "The province said it would buy the equipment with money from a provincial fund.\n"
)


def test_the_donation_button_over_an_archived_post_is_no_headline() -> None:
    article = read_article(ARCHIVED_POST)
    assert article.title == "Ferry crews on the upper river ask for new life jackets"


@pytest.mark.parametrize("line", ["Buy me a coffee", "buy me a coffee", "Support me on Ko-fi"])
def test_donation_buttons_are_chrome(line: str) -> None:
    assert load_scoring().chrome.fullmatch(line.strip())


@pytest.mark.parametrize(
    "line",
    [
        "Buy me a coffee, said the minister, and the talks began",
        "Why Hanoi's cafes buy more coffee from the Central Highlands",
        "Coffee exporters ask ministry for support",
    ],
)
def test_headlines_about_coffee_are_not_chrome(line: str) -> None:
    assert not load_scoring().chrome.fullmatch(line)
