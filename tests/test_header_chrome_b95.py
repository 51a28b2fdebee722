"""Tests of the ``chrome`` entries of ``data/header_scoring.yaml`` added for held-out 95: a
toolbar row with a like button's count ("Email Print Like 0", on one line with the date)
and a portal's notice that it is under construction. Neither is ever the headline
(placeholder pages in the fixtures' layouts); headlines of the same words stay headlines."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.metadata import load_scoring

HEADLINE = "Ferry service to the outer islands resumes after repairs"
TEXT = (
    "Harbour Town, May 4 (VNA) – The ferry service to the outer islands resumed on Monday "
    "after two weeks of repairs to the landing stage, the port office said.\n\n"
    "The first boat left at seven in the morning with forty passengers and a load of rice.\n"
)

PAGES = {
    # an agency site's first line: date, time and the toolbar's labels with a like count
    "toolbar": f"05/05/2017 06:45 GMT+7 Email Print Like 0\n\n{HEADLINE}\n\n{TEXT}",
    "toolbar_alone": f"Email Print Like 12\n\n{HEADLINE}\n\n{TEXT}",
    # a ministry portal's construction notice over the headline and its date
    "notice": f"Ministry of Transport Portal is under construction\n\n{HEADLINE}\n\n"
    f"June, 04 2019\n{TEXT}",
    "notice_site": f"This website is currently under maintenance.\n\n{HEADLINE}\n\n{TEXT}",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_headline_under_the_chrome(name: str) -> None:
    assert read_article(PAGES[name]).title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "Metro line 3 is under construction",  # no site's noun
        "New ferry pier under construction in Harbour Town",
        "Harbour Town's ferry terminal is being upgraded",
        "Print like a pro: the ferry's new timetable",  # running words after the labels
        "People like ferries",
        "Like father, like son: two ferry captains",
    ],
)
def test_headline_shaped_lines_are_not_chrome(line: str) -> None:
    assert not load_scoring().chrome.fullmatch(line)


@given(st.integers(min_value=0, max_value=99999))
def test_any_like_count_in_a_toolbar_is_chrome(count: int) -> None:
    assert load_scoring().chrome.fullmatch(f"Email Print Like {count}")
