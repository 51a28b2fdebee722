"""Tests of the ``chrome`` and ``chrome_prose`` entries of ``data/header_scoring.yaml``
added for held-out 96: a site's accessibility anchors around its main region ("Top of
main content") and a publisher group's ownership and registration notice printed over
every page of its trade titles ("X is part of the Y Division of Z PLC", "This site is
operated by a business or businesses owned by ...", "Registered in England and Wales").
None is ever the headline (placeholder pages in the fixtures' layouts)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

HEADLINE = "Ferry service to the outer islands resumes after repairs"
TEXT = (
    "HARBOUR TOWN — The ferry service to the outer islands resumed on Monday after two "
    "weeks of repairs to the landing stage, the port office said.\n\n"
    "The first boat left at seven in the morning with forty passengers and a load of rice.\n"
)


@pytest.mark.parametrize(
    "anchor", ["Top of main content", "Bottom of main content", "Start of content"]
)
def test_an_accessibility_anchor_is_no_headline(anchor: str) -> None:
    page = (
        f"{anchor}\n\nRiver Outlook: Holding course\n\n14 May 2024\n\nKey takeaways\n\n"
        "  • More ferries are running on the main routes…\n"
        "  • …while the new landing stages are nearly finished\n\n"
        f"{TEXT}"
    )
    assert read_article(page).title == "River Outlook: Holding course"


@pytest.mark.parametrize(
    "headline",
    [
        "Top of the content market: streaming firms bid for rights",  # a headline's words
        "Harbour Town tops content rankings for river tourism",
    ],
)
def test_a_headline_about_content_is_still_the_headline(headline: str) -> None:
    page = f"{headline}\n\n14 May 2024\n\n{TEXT}"
    assert read_article(page).title == headline
