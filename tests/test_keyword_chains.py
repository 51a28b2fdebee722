"""A site's tagline of keywords is never the headline (held-out 108)."""

from __future__ import annotations

import pytest

from analysis.ingest.keyword_chains import keyword_chain, parallel_tagline
from analysis.ingest.layout import read_article

_PAGE = """Obituaries – Funerals – Memorials – Death Notices Today.

Retired Harbour Master Lena Voss Dies at 91

Lena Voss, who ran the northern harbour for twenty years and trained a generation of pilots, died at her home on Sunday, her family said.

She was born in a fishing village on the coast and went to sea at sixteen.
"""


def test_the_tagline_over_the_headline_is_no_title() -> None:
    assert read_article(_PAGE).title == "Retired Harbour Master Lena Voss Dies at 91"


@pytest.mark.parametrize(
    ("line", "chain"),
    [
        ("Passed Away – Dead – Died – Cause of Death News.", True),
        ("News | Business | Sport | Culture", True),
        # negatives: headlines with dashes, a dateline, a byline with its outlet
        ("Hanoi – Vientiane – Bangkok rail link planned", False),
        ("Vietnam - China - Laos: three neighbours agree to share river data", False),
        ("Hanoi, May 5 (VNA) - The minister said", False),
        ("By Lan Anh - VNA - Hanoi", False),
        ("Vietnam-Laos-Cambodia development triangle meets", False),
    ],
)
def test_keyword_chains(line: str, chain: bool) -> None:
    assert keyword_chain(line) is chain


_MASTHEAD_PAGE = """News Videos
International Edition


June 2, 2018

Latest News, Island News and Business News.
About Us
Contact Us

Harbour town opens a night market for fishing families

KEELUNG, Taiwan -- A night market for fishing families opened on the harbour front Friday, the city government said.

Stalls sell the day's catch until midnight.
"""


def test_a_listed_tagline_over_the_headline_is_no_title() -> None:
    """A paper's old masthead (held-out 110): its tagline of kinds of news under the
    masthead's date, over the menu and the headline."""
    assert (
        read_article(_MASTHEAD_PAGE).title
        == "Harbour town opens a night market for fishing families"
    )


@pytest.mark.parametrize(
    ("line", "tagline"),
    [
        ("Breaking News, World News and Taiwan News.", True),
        ("Local Stories, Business Stories & Sports Stories", True),
        # negatives: headlines listing different things, a dateline, a byline, two pieces
        ("Rice, rubber and coffee lead the first quarter's exports", False),
        ("Hanoi, Vientiane and Phnom Penh agree to share river data", False),
        ("Vietnam, Laos and Cambodia", False),
        ("Hanoi, May 5 (VNA) - The minister said", False),
        ("By Lan Anh, Minh Chau and Dao Quang", False),
        ("World News and Local News", False),
        ("Trade news, investment news and tourism", False),
    ],
)
def test_parallel_taglines(line: str, tagline: bool) -> None:
    assert parallel_tagline(line) is tagline
