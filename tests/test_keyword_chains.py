"""A site's tagline of keywords is never the headline (held-out 108)."""

from __future__ import annotations

import pytest

from analysis.ingest.keyword_chains import keyword_chain
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
