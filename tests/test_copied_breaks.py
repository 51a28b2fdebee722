"""Tests for ``analysis.ingest.layout.copied_breaks``: a headline broken over two short
lines that the page prints whole elsewhere (fix34a), on placeholder pages."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.copied_breaks import broken_copy
from analysis.ingest.layout.lines import Paragraph

_TEXT = (
    "River ferries in the delta carry more passengers every year, and the provinces "
    "have asked for a shared plan in case one of them sinks with many people aboard."
)


def _paras(*texts: str) -> list[Paragraph]:
    return [Paragraph(raw=t + "\n", text=t, line=n + 1, block=0) for n, t in enumerate(texts)]


def test_a_title_page_broken_over_two_lines_and_printed_whole_is_the_headline():
    page = "\n".join(
        [
            "Vous êtes sur la page 1 de 9",
            "BRIEFING NOTE NO.",
            "12",
            "A Night-Time",
            "River Crossing",
            "Tran Minh Hoa",
            "March 2019",
            "",
            "A Night-Time River Crossing",
            "",
            _TEXT,
        ]
    )
    assert read_article(page).title == "A Night-Time River Crossing"


def test_halves_printed_whole_elsewhere_are_joined():
    ps = _paras("A Night-Time", "River Crossing", "Tran Minh Hoa", "A Night-Time River Crossing")
    assert broken_copy(ps, 0)
    assert not broken_copy(ps, 1)  # "River Crossing Tran Minh Hoa" is printed nowhere


@pytest.mark.parametrize(
    "texts",
    [
        # no whole copy on the page: left to the other joins
        ("A Night-Time", "River Crossing", _TEXT),
        # the copy marks the break: a headline over its subtitle, not one broken headline
        (
            "A Pact for the River",
            "Hard Duties or Soft Pledges?",
            "A Pact for the River: Hard Duties or Soft Pledges?",
        ),
        # a dateline over a byline; a place closed by its comma over a day
        ("Hanoi, May 5 (VNA) -", "By Nguyen Van An", _TEXT),
        ("Hanoi,", "May 5", "Hanoi May 5"),
        # too short once joined, or a half too long to be a headline's piece
        ("Ferry", "Plan", "Ferry Plan"),
        (
            "The provinces of the delta have asked the ministry",
            "for a plan",
            "The provinces of the delta have asked the ministry for a plan",
        ),
    ],
)
def test_lines_without_a_whole_copy_or_not_headline_pieces_stay_apart(texts):
    assert not broken_copy(_paras(*texts), 0)


def test_lines_apart_in_the_file_or_labelled_stay_apart():
    ps = _paras("A Night-Time", "River Crossing", "A Night-Time River Crossing")
    ps[1].line = 4  # a blank line between: two paragraphs
    assert not broken_copy(ps, 0)
    ps = _paras("A Night-Time", "River Crossing", "A Night-Time River Crossing")
    ps[0].kind = "boilerplate"
    assert not broken_copy(ps, 0)
