"""Tests of ``analysis.ingest.layout.document_in_title``: a post's headline that ends with
the whole heading of the document it copies, joined by a word such as "in", beats that
heading (fix36a, held-out 121)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.document_in_title import document_title_features, names_whole

_PAGE = """• Mon. Oct 3rd, 2022


News for the delta community in our city,

{headline}


May 19, 2016

SOURCE: The Ministry

The Ministry of River Transport
Office of the Spokesperson
For Immediate Release

May 18, 2016
Press Briefing by Spokesperson Lan Tran on Ferry Safety, 5/18/16

Briefing Room

1:12 P.M.

Q    Thanks. Will the new ferry landings open before the flood season, or later in the year?

MS. TRAN: I am not going to get ahead of the minister on that one, but the crews are ready.
"""

_HEADING = "Press Briefing by Spokesperson Lan Tran on Ferry Safety, 5/18/16"


class _P:
    def __init__(self, text: str, kind: str = "") -> None:
        self.text, self.kind = text, kind


def test_the_posts_headline_naming_the_briefing_wins() -> None:
    headline = f"Questions about the Delta in {_HEADING}"
    assert read_article(_PAGE.format(headline=headline)).title == headline


@pytest.mark.parametrize(
    ("upper", "lower", "expected"),
    [
        (f"Notes from the {_HEADING}", _HEADING, True),
        (f"Highlights of {_HEADING}", _HEADING, True),
        (f"News | {_HEADING}", _HEADING, False),  # a page title's bar
        (f"Home > Briefings > {_HEADING}", _HEADING, False),  # a breadcrumb
        (f"Briefings: {_HEADING}", _HEADING, False),  # a kicker's colon
        (f"Delta ferries in {_HEADING} again", _HEADING, False),  # not at the end
        ("Good news for ferry crews in Can Tho", "Ferry crews in Can Tho", False),  # no document
        ("Crews Praise Ferry Safety Report Week", "Ferry Safety Report Week", False),  # no joiner
        ("News in Safety Report", "Safety Report", False),  # a short heading
    ],
)
def test_names_whole(upper: str, lower: str, expected: bool) -> None:
    assert names_whole(upper, lower) is expected


def test_features_of_both_lines() -> None:
    paras = [
        _P(f"Notes from the {_HEADING}"),
        _P("May 18, 2016", "dateline"),
        _P(_HEADING),
        _P("Text."),
    ]
    assert document_title_features(paras, 0, 3) == ["names_document_below"]
    assert document_title_features(paras, 2, 3) == ["document_in_headline"]
    assert document_title_features(paras, 1, 3) == []  # a labelled line
    paras[0].kind = "boilerplate"  # a labelled line above names nothing
    assert document_title_features(paras, 2, 3) == []
