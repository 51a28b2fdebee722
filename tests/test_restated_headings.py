"""Tests of ``analysis.ingest.layout.restated_headings``: a copied document's own heading
under the page's date, restating the page's headline, loses to that headline (fix36a,
held-out 121)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.restated_headings import (
    content_words,
    restated_heading_features,
    restates,
)

_PAGE = """Columns | Parliament Today | Video | Search


Minister's Address: Dinner for the Visiting River Engineers

Address From the Minister
Monday, 09 May 2005
{heading}

Our river engineers have now swapped posts for ten years, and this dinner marks that.


We are glad to host forty engineers today. Their work on the dykes has changed a great deal.
"""


class _P:
    def __init__(self, text: str, kind: str = "") -> None:
        self.text, self.kind = text, kind


def test_the_pages_headline_beats_the_restated_heading() -> None:
    page = _PAGE.format(heading="Parliamentary Dinner for River Engineers of a Partner Country")
    assert read_article(page).title == "Minister's Address: Dinner for the Visiting River Engineers"


@pytest.mark.parametrize(
    ("upper", "lower", "expected"),
    [
        (
            "Dinner for the Visiting River Engineers",
            "Parliamentary Dinner for River Engineers",
            True,
        ),
        ("Dinner for the Visiting River Engineers", "Dinner for River Crews", False),  # two shared
        ("Dinner for River Engineers", "Dinner for River Engineers", False),  # the same line
        (
            "River Engineers Meet in Hanoi",
            "Engineers from Six Provinces Sign a Plan on River Dykes and Flood Gauges",
            False,  # two shared words of many
        ),
    ],
)
def test_restates(upper: str, lower: str, expected: bool) -> None:
    assert restates(upper, lower) is expected


def test_content_words() -> None:
    assert content_words("The Dinner of the Engineers, 2005") == {"dinner", "engineers"}


def test_features() -> None:
    paras = [
        _P("Dinner for the Visiting River Engineers"),
        _P("Address From the Minister"),
        _P("Monday, 09 May 2005", "dateline"),
        _P("Parliamentary Dinner for River Engineers"),
        _P("Our river engineers have now swapped posts for ten years."),
    ]
    assert restated_heading_features(paras, 3, 4) == ["restates_headline_above"]
    assert restated_heading_features(paras, 0, 4) == ["restated_below"]
    assert restated_heading_features(paras, 1, 4) == []  # restated by nothing
    # a line a feature weighs down already (a site's name over its menu) gains nothing
    assert restated_heading_features(paras, 0, 4, ["over_menu_run"], {"over_menu_run": -1.5}) == []
    assert restated_heading_features(paras, 0, 4, ["good_length"], {"good_length": 1.0}) == [
        "restated_below"
    ]
    paras[2].kind = ""  # no date line between them: a headline and its subtitle
    assert restated_heading_features(paras, 3, 4) == []
    assert restated_heading_features(paras, 0, 4) == []


def test_a_heading_of_its_own_under_the_date_stays() -> None:
    """A line above the date that the heading does not restate changes nothing."""
    page = _PAGE.replace(
        "Minister's Address: Dinner for the Visiting River Engineers", "Notes From the Capital"
    )
    heading = "Parliamentary Dinner for River Engineers of a Partner Country"
    assert read_article(page.format(heading=heading)).title == heading
