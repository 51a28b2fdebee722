"""A site's address printed twice and glued over a page's headline is chrome (``chrome`` of
``data/header_scoring.yaml``, fix36c)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules, scoring_of

_PAGE = (
    "Riverpapers.eduRiverpapers.edu\n\n"
    "Ferry Routes of the Upper Delta – A Shared Crossing\n\n"
    "River Links in the Delta Provinces and Their Meaning for Local Trade\n\n"
    "Forming the heart of the delta, the upper river has become one of the busiest "
    "waterways of the region, and its ferries carry more people than its bridges.\n"
)


def test_the_headline_under_a_glued_address_is_the_title() -> None:
    assert read_article(_PAGE).title == "Ferry Routes of the Upper Delta – A Shared Crossing"


@pytest.mark.parametrize(
    "line",
    ["Riverpapers.eduRiverpapers.edu", "riverpapers.comriverpapers.org"],
)
def test_glued_addresses_are_chrome(line: str) -> None:
    assert scoring_of(load_rules()).chrome.match(line)


@pytest.mark.parametrize(
    "line",
    [
        # one address alone: a site's name the outlet reader may need
        "Riverpapers.edu",
        # a headline naming a site
        "Riverpapers.edu Opens Its Archive to Delta Schools",
    ],
)
def test_one_address_or_a_headline_is_no_such_chrome(line: str) -> None:
    assert not scoring_of(load_rules()).chrome.match(line)
