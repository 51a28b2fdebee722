"""Test of the Wikipedia entry added to ``data/outlets.yaml`` for held-out 100: an article
read from its address on any language's edition is the encyclopedia's (its own printed
name), not a bare host's; the encyclopedia named inside a text credits nothing, and other
hosts are read as before (placeholder addresses and lines)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import load_rules, read_article
from analysis.ingest.url_sites import url_outlet


@pytest.mark.parametrize(
    "url",
    [
        "https://en.wikipedia.org/wiki/Ferry_links_between_the_outer_islands",
        "https://vi.wikipedia.org/wiki/Ph%C3%A0",
        "https://en.m.wikipedia.org/wiki/Ferry",
    ],
)
def test_an_edition_of_the_encyclopedia_is_wikipedia(url: str) -> None:
    found = url_outlet(url, load_rules())
    assert found is not None and found[0] == "Wikipedia" and found[3]


@pytest.mark.parametrize(
    "url", ["https://wikimirror.example.io/wiki/Ferry", "https://vietnamnews.vn/society/1.html"]
)
def test_other_hosts_are_not_the_encyclopedia(url: str) -> None:
    found = url_outlet(url, load_rules())
    assert found is None or found[0] != "Wikipedia"


@pytest.mark.parametrize(
    "page",
    [
        "Ferry links reopen\n\nHanoi, May 5 (VNA) - The ferry line reopened, according to "
        "an entry on Wikipedia (Wikipedia) and the port office.\n",
        "Ferry links reopen\n\nBy Nguyen Van An\n\nThe ferry line reopened on Monday, the "
        "port office said, citing figures also given by Wikipedia.\n",
    ],
)
def test_the_encyclopedia_cited_in_a_text_is_no_outlet(page: str) -> None:
    assert read_article(page).outlet != "Wikipedia"
