"""Tests for ``layout.photo_credit_tails.caption_rest``: a headline printed again as its
lead picture's caption, with the photo credit after it, is a copy of the headline, not a
longer headline the first line would cut (fix34a), on placeholder pages."""

from __future__ import annotations

import re

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.photo_credit_tails import caption_rest

_NONE = re.compile("(?!)")

_TEXT = (
    "Ferry crews on the lower river now read the gauges at each landing before they "
    "cast off, after two boats ran aground in a week of low water last spring."
)


@pytest.mark.parametrize("label", ["Photo", "Fotoğraf"])
def test_a_headline_captioned_again_with_its_credit_stays_the_headline(label):
    page = "\n".join(
        [
            "World",
            "",
            "Delta ferry crews learn to read river gauges",
            "",
            "Crews check the water at each landing before they cast off, as floods come earlier.",
            "",
            "Nguyen Van An  | 12.09.2025",
            "",
            f"Delta ferry crews learn to read river gauges {label}: Tran Binh/VNA",
            "",
            "Can Tho",
            "",
            _TEXT,
        ]
    )
    assert read_article(page).title == "Delta ferry crews learn to read river gauges"


@pytest.mark.parametrize(
    ("rest", "caption"),
    [
        (" photo: tran binh/vna", True),
        (" fotoğraf: emre yalçın/aa", True),
        (" (vna)", True),
        # the longer headline a category's name or a cut teaser opens
        (" to read river gauges", False),
        (" as talks resume in hanoi", False),
        (" by nguyen van an", False),
        (", hanoi, may 5", False),
    ],
)
def test_what_makes_the_longer_line_a_caption(rest, caption):
    assert caption_rest(rest, _NONE) is caption
