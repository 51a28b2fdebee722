"""Tests for ``analysis.ingest.layout.listing_headings`` (fix35c, held-out 118): a
listing's heading is page chrome, and the first item's title under it is the headline of
a page whose header holds none; on placeholder pages in the fixtures' layouts."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.listing_headings import listing_heading, without_item_dash

BLURB = (
    "The Delta Ports Project follows the trade, the shipping and the river politics of the "
    "lower Mekong and what they mean for the region's coastal states, with field notes "
    "from its researchers in three countries."
)

TEASER = (
    "Vietnam's port authorities now publish their dredging plans a year ahead, and the "
    "neighbours have started to ask for the same courtesy on the upper river."
)


@pytest.mark.parametrize(
    "text",
    [
        "Latest publications",
        "Recent Analysis",
        "Featured Publications",
        "Latest Mekong Delta News",
        "More stories",
    ],
)
def test_listing_headings(text: str) -> None:
    assert listing_heading(text)


@pytest.mark.parametrize(
    "text",
    [
        "Latest on the Mekong: Lao leader visits Hanoi",
        "Recent Gains in Vietnam's Research",
        "New Publications",
        "Latest publications on the delta ports are online now",
    ],
)
def test_headlines_are_no_listing_headings(text: str) -> None:
    assert not listing_heading(text)


def test_first_item_under_the_heading_below_a_box_and_its_blurb() -> None:
    page = "\n\n".join(
        [
            "About the project",
            BLURB,
            "Latest publications",
            "Ports that learn from each other",
            "This post is part of the project's Delta Trade series.",
            TEASER,
        ]
    )
    assert read_article(page).title == "Ports that learn from each other"


def test_a_heading_over_the_first_item_on_a_tag_page() -> None:
    page = "\n".join(
        [
            "Latest Mekong Delta News",
            "Vietnam and Cambodia agree to share a ferry schedule on the border river",
            f"PHNOM PENH, Cambodia (AP) — {TEASER}",
            "Laos opens a second river port for container barges",
            f"VIENTIANE, Laos (AP) — {TEASER}",
        ]
    )
    title = read_article(page).title
    assert title == "Vietnam and Cambodia agree to share a ferry schedule on the border river"


def test_no_item_under_the_heading_gives_no_headline() -> None:
    # the heading stands over running text, not over an item's title
    page = "\n\n".join(["About the project", BLURB, "Latest publications", TEASER])
    assert read_article(page).title == ""


def test_a_page_with_its_own_headline_keeps_it() -> None:
    page = "\n\n".join(
        [
            "Delta ports agree on shared dredging plans",
            "By Lan Pham",
            TEASER,
            "Latest publications",
            "Ports that learn from each other",
        ]
    )
    assert read_article(page).title == "Delta ports agree on shared dredging plans"


def test_a_dashed_first_item_under_the_heading_loses_its_dash() -> None:
    page = "\n".join(
        [
            "Vietnam",
            BLURB,
            "Featured Event",
            "Recent Analysis",
            "- Mapping Old Ferry Routes Along the Central Coast",
            "- River Records as a Shared Public Good",
            "Featured Publications",
            "Field Schools on River Safety: A Year in Review",
            TEASER,
        ]
    )
    assert read_article(page).title == "Mapping Old Ferry Routes Along the Central Coast"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("- Mapping Old Ferry Routes", "Mapping Old Ferry Routes"),
        ("– River Records as a Public Good", "River Records as a Public Good"),
        ("Hanoi - Vientiane rail talks resume", "Hanoi - Vientiane rail talks resume"),
        ("-40 degrees in the north", "-40 degrees in the north"),
    ],
)
def test_without_item_dash(title: str, expected: str) -> None:
    assert without_item_dash(title) == expected
