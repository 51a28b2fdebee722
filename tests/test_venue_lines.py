"""A transcript's venue line under its headline ("Presidential Palace, Banquet Hall" over
"Hanoi, Vietnam" and the clock time) names neither a writer nor the site (held-out 108:
``not_name_words`` and ``site_name.not_outlet_words`` of ``data/header_scoring.yaml``)."""

from __future__ import annotations

import pytest

from analysis.ingest.bylines import clean_author
from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules

_TRANSCRIPT = """Remarks by President Aldana and Prime Minister Ruiz at a State Luncheon

Presidential Palace, Reception Room
Lima, Peru

1:15 P.M. PET

PRESIDENT ALDANA: Prime Minister, friends, welcome to our table. We meet today to celebrate thirty years of trade between our two ports.

PRIME MINISTER RUIZ: Thank you, Mr. President, for your kind words and for this fine lunch.

END 1:40 P.M. PET
"""


def test_the_venue_is_no_writer_and_no_site() -> None:
    article = read_article(_TRANSCRIPT)
    assert article.author == ""
    assert "Palace" not in (article.outlet or "")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Presidential Palace, Banquet Hall", ""),
        ("Government House, State Dining Room", ""),
        # negatives: writers whose names a venue word could catch
        ("By Anna Hall", "Anna Hall"),
        ("By Tom Roomes and Lisa East", "Tom Roomes; Lisa East"),
        ("By Nguyen Van Dien, Hanoi", "Nguyen Van Dien"),
    ],
)
def test_venue_words_in_bylines(byline: str, authors: str) -> None:
    assert clean_author(byline, load_rules()) == authors
